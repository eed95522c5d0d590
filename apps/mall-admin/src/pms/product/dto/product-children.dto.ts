import { OptionalId, OptionalInt, OptionalMoney, OptionalText } from '../../shared/field-rules';

// Child rows of a product as the admin front-end sends them. `id` and `productId` are ignored
// (the rows are re-created under the product), except for SKUs, whose `id` selects the row to keep.

/** pms_member_price */
export class MemberPriceDto {
  @OptionalId('会员等级 id') memberLevelId?: number | null;
  @OptionalMoney('会员价格') memberPrice?: number | null;
  @OptionalText(100, '会员等级名称') memberLevelName?: string | null;
}

/** pms_product_ladder: buy `count` or more, pay `discount` (e.g. 0.8) of the price. */
export class ProductLadderDto {
  @OptionalInt('满足的商品数量') count?: number | null;
  @OptionalMoney('折扣') discount?: number | null;
  @OptionalMoney('折后价格') price?: number | null;
}

/** pms_product_full_reduction: spend `fullPrice`, get `reducePrice` off. */
export class ProductFullReductionDto {
  @OptionalMoney('满') fullPrice?: number | null;
  @OptionalMoney('减') reducePrice?: number | null;
}

/** pms_sku_stock */
export class SkuStockDto {
  @OptionalId('SKU id: present = keep and update this SKU, absent = new SKU') id?: number | null;
  @OptionalText(64, 'SKU 编码; empty = generated') skuCode?: string | null;
  @OptionalMoney() price?: number | null;
  @OptionalInt('库存') stock?: number | null;
  @OptionalInt('预警库存') lowStock?: number | null;
  @OptionalText(255, '展示图片') pic?: string | null;
  @OptionalInt('销量') sale?: number | null;
  @OptionalMoney('单品促销价格') promotionPrice?: number | null;
  @OptionalText(500, '商品销售属性，json格式') spData?: string | null;
}

/** pms_product_attribute_value */
export class AttributeValueDto {
  @OptionalId('商品属性 id') productAttributeId?: number | null;
  @OptionalText(64, '属性值; 多个时以逗号分隔') value?: string | null;
}

/** cms_subject_product_relation */
export class SubjectRelationDto {
  @OptionalId('专题 id') subjectId?: number | null;
}

/** cms_prefrence_area_product_relation */
export class PrefrenceAreaRelationDto {
  @OptionalId('优选专区 id') prefrenceAreaId?: number | null;
}
