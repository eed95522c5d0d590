import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One attribute value of a product, nested in its search document (`attrValueList`). */
export class EsProductAttributeValue {
  @ApiProperty() id!: number;
  @ApiPropertyOptional({ nullable: true }) productAttributeId!: number | null;
  @ApiPropertyOptional({ nullable: true }) value!: string | null;
  @ApiPropertyOptional({ nullable: true, description: '0 spec (sales attribute), 1 param' })
  type!: number | null;
  @ApiPropertyOptional({ nullable: true }) name!: string | null;
}

/**
 * The search document of a listed product (`delete_status = 0 AND publish_status = 1`), as the
 * original stored it in the `pms` index and answered it; the field order is the original's.
 */
export class EsProduct {
  @ApiProperty() id!: number;
  @ApiPropertyOptional({ nullable: true }) productSn!: string | null;
  @ApiPropertyOptional({ nullable: true }) brandId!: number | null;
  @ApiPropertyOptional({ nullable: true }) brandName!: string | null;
  @ApiPropertyOptional({ nullable: true }) productCategoryId!: number | null;
  @ApiPropertyOptional({ nullable: true }) productCategoryName!: string | null;
  @ApiPropertyOptional({ nullable: true }) pic!: string | null;
  @ApiPropertyOptional({ nullable: true }) name!: string | null;
  @ApiPropertyOptional({ nullable: true }) subTitle!: string | null;
  @ApiPropertyOptional({ nullable: true }) keywords!: string | null;
  @ApiPropertyOptional({ nullable: true }) price!: number | null;
  @ApiPropertyOptional({ nullable: true }) sale!: number | null;
  @ApiPropertyOptional({ nullable: true }) newStatus!: number | null;
  @ApiPropertyOptional({ nullable: true }) recommandStatus!: number | null;
  @ApiPropertyOptional({ nullable: true }) stock!: number | null;
  @ApiPropertyOptional({ nullable: true }) promotionType!: number | null;
  @ApiPropertyOptional({ nullable: true }) sort!: number | null;
  @ApiProperty({ type: [EsProductAttributeValue] }) attrValueList!: EsProductAttributeValue[];
}

/** A filterable param attribute of the matching products (`type = 1` only, as the original). */
export class EsProductRelatedAttr {
  @ApiProperty() attrId!: number;
  @ApiPropertyOptional({ nullable: true }) attrName!: string | null;
  @ApiProperty({ type: [String] }) attrValues!: string[];
}

/** Brands, categories and param attributes of the products a keyword matches (top 10 each). */
export class EsProductRelatedInfo {
  @ApiProperty({ type: [String] }) brandNames!: string[];
  @ApiProperty({ type: [String] }) productCategoryNames!: string[];
  @ApiProperty({ type: [EsProductRelatedAttr] }) productAttrs!: EsProductRelatedAttr[];
}

function numberOrNull(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

function stringOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : String(value);
}

function attrValueOf(raw: unknown): EsProductAttributeValue {
  const source = (raw ?? {}) as Record<string, unknown>;
  return {
    id: numberOrNull(source['id']) ?? 0,
    productAttributeId: numberOrNull(source['productAttributeId']),
    value: stringOrNull(source['value']),
    type: numberOrNull(source['type']),
    name: stringOrNull(source['name']),
  };
}

/**
 * A document in the answer's shape from whatever a store holds: keeps the known fields in order,
 * drops others (Spring Data's `_class`), turns numeric strings and floats into numbers.
 */
export function toEsProduct(raw: unknown): EsProduct {
  const source = (raw ?? {}) as Record<string, unknown>;
  const attrs = source['attrValueList'];
  return {
    id: numberOrNull(source['id']) ?? 0,
    productSn: stringOrNull(source['productSn']),
    brandId: numberOrNull(source['brandId']),
    brandName: stringOrNull(source['brandName']),
    productCategoryId: numberOrNull(source['productCategoryId']),
    productCategoryName: stringOrNull(source['productCategoryName']),
    pic: stringOrNull(source['pic']),
    name: stringOrNull(source['name']),
    subTitle: stringOrNull(source['subTitle']),
    keywords: stringOrNull(source['keywords']),
    price: numberOrNull(source['price']),
    sale: numberOrNull(source['sale']),
    newStatus: numberOrNull(source['newStatus']),
    recommandStatus: numberOrNull(source['recommandStatus']),
    stock: numberOrNull(source['stock']),
    promotionType: numberOrNull(source['promotionType']),
    sort: numberOrNull(source['sort']),
    attrValueList: Array.isArray(attrs) ? attrs.map(attrValueOf) : [],
  };
}
