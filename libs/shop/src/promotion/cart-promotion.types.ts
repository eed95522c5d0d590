/**
 * Types of the cart promotion calculation (spec shopper.md §A). The calculation is a pure function
 * over a cart and the promotion data of its products; the loader reads that data from MySQL.
 */

/** `pms_product.promotion_type` values. Only 1, 3 and 4 change a price; the others mean "no reduction". */
export const PromotionType = {
  NONE: 0,
  PROMOTION_PRICE: 1,
  MEMBER_PRICE: 2,
  LADDER: 3,
  FULL_REDUCTION: 4,
  FLASH_SALE: 5,
} as const;

/**
 * The fields of a cart line (OmsCartItem) the calculation reads. Any other field of the caller's
 * object (id, memberId, productName, …) is copied unchanged to the output line.
 */
export interface CartLineInput {
  productId?: number | null;
  productSkuId?: number | null;
  quantity?: number | null;
  /** Price stored in the cart line; type 1 replaces it with the SKU price, types 3/4 keep it. */
  price?: number | null;
}

/** What the calculation adds to every cart line it returns. */
export interface CartPromotionFields {
  /** `单品促销`, `打折优惠：满{count}件，打{discount×10}折`, `满减优惠：满{full}元，减{reduce}元` or `无优惠`. */
  promotionMessage: string;
  /**
   * Discount per unit (not per line). Exact decimal: scale 2 for type 1, up to 4 decimals for
   * ladders and full reductions (e.g. 14.9985); 0 when no promotion applies.
   */
  reduceAmount: number;
  /** `sku.stock − sku.lock_stock`; absent when the line's SKU is not one of the product's SKUs. */
  realStock?: number;
  /** Gift points per unit (`pms_product.gift_point`). */
  integration?: number | null;
  /** Gift growth per unit (`pms_product.gift_growth`). */
  growth?: number | null;
}

/** A cart line with its promotion result (the original's CartPromotionItem). */
export type CartPromotionItem<T extends CartLineInput = CartLineInput> = T & CartPromotionFields;

/** `pms_sku_stock` fields the calculation uses. */
export interface PromotionSku {
  id: number;
  skuCode: string | null;
  price: number | null;
  promotionPrice: number | null;
  stock: number | null;
  lockStock: number | null;
}

/** `pms_product_ladder` row: buy at least `count` units of the SPU, pay `discount` × price. */
export interface PromotionLadder {
  id: number;
  count: number | null;
  discount: number | null;
}

/** `pms_product_full_reduction` row: spend `fullPrice` on the SPU, get `reducePrice` off. */
export interface PromotionFullReduction {
  id: number;
  fullPrice: number | null;
  reducePrice: number | null;
}

/** A product with everything its promotion depends on (the original's PromotionProduct). */
export interface PromotionProduct {
  id: number;
  name: string | null;
  promotionType: number | null;
  giftGrowth: number | null;
  giftPoint: number | null;
  skuStockList: PromotionSku[];
  productLadderList: PromotionLadder[];
  productFullReductionList: PromotionFullReduction[];
}
