import { IdsParams } from '@mall/common';
import { AmountField, IntField, StringField } from '../../shared/dto-fields';

/** Body of `POST /order/update/receiverInfo` (`OmsReceiverInfoParam`). */
export class ReceiverInfoDto {
  @IntField({ required: true, description: '订单id' })
  orderId!: number;

  @StringField({ description: '收货人姓名' })
  receiverName?: string | null;

  @StringField({ description: '收货人电话' })
  receiverPhone?: string | null;

  @StringField({ description: '收货人邮编' })
  receiverPostCode?: string | null;

  @StringField({ description: '详细地址' })
  receiverDetailAddress?: string | null;

  @StringField({ description: '省份/直辖市' })
  receiverProvince?: string | null;

  @StringField({ description: '城市' })
  receiverCity?: string | null;

  @StringField({ description: '区' })
  receiverRegion?: string | null;

  @IntField({
    description: '订单状态 as the client saw it (the history records the stored status)',
  })
  status?: number | null;
}

/** Body of `POST /order/update/moneyInfo` (`OmsMoneyInfoParam`). */
export class MoneyInfoDto {
  @IntField({ required: true, description: '订单id' })
  orderId!: number;

  @AmountField({ description: '运费金额' })
  freightAmount?: number | null;

  @AmountField({ description: '管理员后台调整订单使用的折扣金额' })
  discountAmount?: number | null;

  @IntField({
    description: '订单状态 as the client saw it (the history records the stored status)',
  })
  status?: number | null;
}

/** Parameters of `POST /order/update/note`: all three are required, as in the original. */
export class OrderNoteParams {
  @IntField({ required: true, description: '订单id' })
  id!: number;

  @StringField({ required: true, description: '备注' })
  note!: string;

  @IntField({ required: true, description: '订单状态 as the client saw it' })
  status!: number;
}

/** Parameters of `POST /order/update/close`. */
export class OrderCloseParams extends IdsParams {
  @StringField({ required: true, description: '关闭原因' })
  note!: string;
}
