import { IdsParams, PageQuery } from '@mall/common';
import { IntField, StringField } from '../../../oms/shared/dto-fields';

/** Paging and status filter shared by the four home recommendation lists. */
export class HomeRecommendationQuery extends PageQuery {
  @IntField({ description: '推荐状态：0->不推荐；1->推荐' })
  recommendStatus?: number;
}

export class HomeBrandQuery extends HomeRecommendationQuery {
  @StringField({ description: '品牌名称 (contains)' })
  brandName?: string;
}

export class HomeProductQuery extends HomeRecommendationQuery {
  @StringField({ description: '商品名称 (contains)' })
  productName?: string;
}

export class HomeSubjectQuery extends HomeRecommendationQuery {
  @StringField({ description: '专题名称 (contains)' })
  subjectName?: string;
}

/**
 * One entry of a create body. `recommendStatus` and `sort` in the body are ignored: new entries are
 * always recommended with sort 0.
 */
export class HomeBrandItem {
  @IntField({ required: true, description: '品牌id' })
  brandId!: number;

  @StringField({ description: '品牌名称' })
  brandName?: string | null;
}

export class HomeProductItem {
  @IntField({ required: true, description: '商品id' })
  productId!: number;

  @StringField({ description: '商品名称' })
  productName?: string | null;
}

export class HomeSubjectItem {
  @IntField({ required: true, description: '专题id' })
  subjectId!: number;

  @StringField({ description: '专题名称' })
  subjectName?: string | null;
}

export class HomeSortParams {
  @IntField({ required: true, description: '排序' })
  sort!: number;
}

export class HomeRecommendStatusParams extends IdsParams {
  @IntField({ required: true, description: '推荐状态：0->不推荐；1->推荐' })
  recommendStatus!: number;
}
