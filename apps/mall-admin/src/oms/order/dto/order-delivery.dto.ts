import { IsNotEmpty } from 'class-validator';
import { IntField, StringField } from '../../shared/dto-fields';

/** One entry of `POST /order/update/delivery` (`OmsOrderDeliveryParam`). */
export class OrderDeliveryDto {
  @IntField({ required: true, description: '订单id' })
  orderId!: number;

  // A shipped order without carrier or tracking number could never be traced by the shopper.
  @StringField({ required: true, description: '物流公司', example: '顺丰快递' })
  @IsNotEmpty()
  deliveryCompany!: string;

  @StringField({ required: true, description: '物流单号', example: 'SF1234567890' })
  @IsNotEmpty()
  deliverySn!: string;
}
