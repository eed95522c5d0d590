import { IdsParams } from '@mall/common';
import { DateTimeField, IntField, StringField } from '../../shared/dto-fields';

/** Body of `/returnReason/create` and `/returnReason/update/:id` (`OmsOrderReturnReason`). */
export class ReturnReasonDto {
  @StringField({ description: '退货类型', example: '质量问题' })
  name?: string | null;

  @IntField({ description: '排序' })
  sort?: number | null;

  @IntField({ description: '状态：0->不启用；1->启用' })
  status?: number | null;

  @DateTimeField({ description: '添加时间 (update only; create uses now)' })
  createTime?: Date | null;
}

/** Parameters of `POST /returnReason/update/status`. */
export class ReturnReasonStatusParams extends IdsParams {
  @IntField({ required: true, description: '状态：0->不启用；1->启用' })
  status!: number;
}
