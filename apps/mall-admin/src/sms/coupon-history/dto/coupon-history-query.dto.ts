import { PageQuery } from '@mall/common';
import { IntField, StringField } from '../../../oms/shared/dto-fields';

/** Query of `GET /couponHistory/list`. */
export class CouponHistoryQueryDto extends PageQuery {
  @IntField({ description: '优惠券id' })
  couponId?: number;

  @IntField({ description: '使用状态：0->未使用；1->已使用；2->已过期' })
  useStatus?: number;

  @StringField({ description: '订单编号' })
  orderSn?: string;
}
