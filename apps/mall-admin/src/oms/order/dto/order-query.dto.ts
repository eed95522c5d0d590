import { PageQuery } from '@mall/common';
import { IntField, StringField } from '../../shared/dto-fields';

/** `OmsOrderQueryParam` + paging of `GET /order/list`. */
export class OrderQueryDto extends PageQuery {
  @StringField({ description: '订单编号 (exact)' })
  orderSn?: string;

  @StringField({ description: '收货人姓名/号码 (contains)' })
  receiverKeyword?: string;

  @IntField({
    description: '订单状态：0->待付款；1->待发货；2->已发货；3->已完成；4->已关闭；5->无效订单',
  })
  status?: number;

  @IntField({ description: '订单类型：0->正常订单；1->秒杀订单' })
  orderType?: number;

  @IntField({ description: '订单来源：0->PC订单；1->app订单' })
  sourceType?: number;

  @StringField({ description: '订单提交时间 prefix, e.g. 2020-02-25', example: '2030-01-01' })
  createTime?: string;
}
