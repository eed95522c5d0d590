import { PageQuery } from '@mall/common';
import { AmountField, IntField, StringField } from '../../shared/dto-fields';

/** `OmsReturnApplyQueryParam` + paging of `GET /returnApply/list`. */
export class ReturnApplyQueryDto extends PageQuery {
  @IntField({ description: '服务单号' })
  id?: number;

  @StringField({ description: '收货人姓名/号码 (contains)' })
  receiverKeyword?: string;

  @IntField({ description: '申请状态：0->待处理；1->退货中；2->已完成；3->已拒绝' })
  status?: number;

  @StringField({ description: '申请时间 prefix, e.g. 2020-02-25' })
  createTime?: string;

  @StringField({ description: '处理人员' })
  handleMan?: string;

  @StringField({ description: '处理时间 prefix, e.g. 2020-02-25' })
  handleTime?: string;
}

/** Body of `POST /returnApply/update/status/:id` (`OmsUpdateStatusParam`; its `id` is ignored). */
export class ReturnApplyStatusDto {
  @IntField({ description: '收货地址关联id' })
  companyAddressId?: number | null;

  @AmountField({ description: '确认退款金额' })
  returnAmount?: number | null;

  @StringField({ description: '处理备注' })
  handleNote?: string | null;

  @StringField({ description: '处理人' })
  handleMan?: string | null;

  @StringField({ description: '收货备注' })
  receiveNote?: string | null;

  @StringField({ description: '收货人' })
  receiveMan?: string | null;

  @IntField({
    required: true,
    description: '申请状态：1->退货中(确认)；2->已完成(收货)；3->已拒绝',
  })
  status!: number;
}
