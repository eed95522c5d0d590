import { PageQuery } from '@mall/common';
import { AmountField, IntField } from '../../../oms/shared/dto-fields';

/** `SmsFlashPromotionProductRelation` as the create (list) and update bodies carry it. */
export class FlashProductRelationDto {
  @IntField({ description: '限时购活动id' })
  flashPromotionId?: number | null;

  @IntField({ description: '场次id' })
  flashPromotionSessionId?: number | null;

  @IntField({ description: '商品id' })
  productId?: number | null;

  @AmountField({ description: '限时购价格' })
  flashPromotionPrice?: number | null;

  @IntField({ description: '限时购数量' })
  flashPromotionCount?: number | null;

  @IntField({ description: '每人限购数量' })
  flashPromotionLimit?: number | null;

  @IntField({ description: '排序' })
  sort?: number | null;
}

/** Query of `GET /flashProductRelation/list`: both ids are required. */
export class FlashProductRelationQueryDto extends PageQuery {
  @IntField({ required: true, description: '限时购活动id' })
  flashPromotionId!: number;

  @IntField({ required: true, description: '场次id' })
  flashPromotionSessionId!: number;
}
