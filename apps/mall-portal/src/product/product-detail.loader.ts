import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  PmsBrand,
  PmsMemberPrice,
  PmsProduct,
  PmsProductAttribute,
  PmsProductAttributeValue,
  PmsProductFullReduction,
  PmsProductLadder,
  PmsSkuStock,
  SmsCoupon,
  SmsCouponProductCategoryRelation,
  SmsCouponProductRelation,
} from '@mall/db';
import { PromotionType } from '@mall/shop';
import { DataSource } from 'typeorm';

/** The shopper's product page (the original's PmsPortalProductDetail). */
export interface PmsPortalProductDetail {
  product: PmsProduct;
  brand: PmsBrand | null;
  productAttributeList: PmsProductAttribute[];
  /** Omitted when the product's attribute category has no attributes. */
  productAttributeValueList?: PmsProductAttributeValue[];
  skuStockList: PmsSkuStock[];
  /** Only for ladder promotions (type 3). */
  productLadderList?: PmsProductLadder[];
  /** Only for full-reduction promotions (type 4). */
  productFullReductionList?: PmsProductFullReduction[];
  /** Only for member-price promotions (type 2); an addition to the original's fields. */
  memberPriceList?: PmsMemberPrice[];
  couponList: SmsCoupon[];
}

/**
 * Loads a product page in two round trips: the product, then every related set in parallel (one
 * indexed query each). Children are ordered by id.
 */
@Injectable()
export class ProductDetailLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(productId: number): Promise<PmsPortalProductDetail | null> {
    const db = this.dataSource;
    const product = await db.getRepository(PmsProduct).findOne({ where: { id: productId } });
    if (!product) return null;
    const type = product.promotionType;
    const byProduct = { where: { productId }, order: { id: 'ASC' as const } };
    const [brand, attributes, values, skus, ladders, reductions, memberPrices, coupons] =
      await Promise.all([
        product.brandId === null
          ? null
          : db.getRepository(PmsBrand).findOne({ where: { id: product.brandId } }),
        product.productAttributeCategoryId === null
          ? []
          : db.getRepository(PmsProductAttribute).find({
              where: { productAttributeCategoryId: product.productAttributeCategoryId },
              order: { id: 'ASC' },
            }),
        db.getRepository(PmsProductAttributeValue).find(byProduct),
        db.getRepository(PmsSkuStock).find(byProduct),
        type === PromotionType.LADDER ? db.getRepository(PmsProductLadder).find(byProduct) : null,
        type === PromotionType.FULL_REDUCTION
          ? db.getRepository(PmsProductFullReduction).find(byProduct)
          : null,
        type === PromotionType.MEMBER_PRICE
          ? db.getRepository(PmsMemberPrice).find(byProduct)
          : null,
        this.availableCoupons(productId, product.productCategoryId),
      ]);

    const detail: PmsPortalProductDetail = {
      product,
      brand,
      productAttributeList: attributes,
      skuStockList: skus,
      couponList: coupons,
    };
    if (attributes.length > 0) {
      // Values of this product for the attributes of its current attribute category only.
      const attributeIds = new Set(attributes.map((a) => a.id));
      detail.productAttributeValueList = values.filter(
        (v) => v.productAttributeId !== null && attributeIds.has(v.productAttributeId),
      );
    }
    if (ladders) detail.productLadderList = ladders;
    if (reductions) detail.productFullReductionList = reductions;
    if (memberPrices) detail.memberPriceList = memberPrices;
    return detail;
  }

  /**
   * Coupons valid now for this product: every all-products coupon, the coupons of its category and
   * those of the product itself (the original's UNION of three selects, as one query).
   */
  private availableCoupons(productId: number, categoryId: number | null): Promise<SmsCoupon[]> {
    // DATETIME columns hold the process zone's wall-clock time, so "now" is bound from here.
    const query = this.dataSource
      .getRepository(SmsCoupon)
      .createQueryBuilder('c')
      .where('c.startTime < :now')
      .andWhere('c.endTime > :now');
    const byCategory = query
      .subQuery()
      .select('cpc.couponId')
      .from(SmsCouponProductCategoryRelation, 'cpc')
      .where('cpc.productCategoryId = :categoryId')
      .getQuery();
    const byProduct = query
      .subQuery()
      .select('cp.couponId')
      .from(SmsCouponProductRelation, 'cp')
      .where('cp.productId = :productId')
      .getQuery();
    return query
      .andWhere(
        `(c.useType = 0 OR (c.useType = 1 AND c.id IN ${byCategory}) OR (c.useType = 2 AND c.id IN ${byProduct}))`,
        // A product without category matches no category coupon (NULL = NULL is not true in SQL).
        { categoryId, productId, now: new Date() },
      )
      .orderBy('c.id', 'ASC')
      .getMany();
  }
}
