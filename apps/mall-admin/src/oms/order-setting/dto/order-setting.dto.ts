import { IntField } from '../../shared/dto-fields';

/** Body of `POST /orderSetting/update/:id` (`OmsOrderSetting`; absent fields become NULL). */
export class OrderSettingDto {
  @IntField({ description: '秒杀订单超时关闭时间(分)', example: 60 })
  flashOrderOvertime?: number | null;

  @IntField({ description: '正常订单超时时间(分)', example: 120 })
  normalOrderOvertime?: number | null;

  @IntField({ description: '发货后自动确认收货时间（天）', example: 15 })
  confirmOvertime?: number | null;

  @IntField({ description: '自动完成交易时间，不能申请售后（天）', example: 7 })
  finishOvertime?: number | null;

  @IntField({ description: '订单完成后自动好评时间（天）', example: 7 })
  commentOvertime?: number | null;
}
