import type { Redis } from 'ioredis';

/** Prefix of the cached shopper product detail (`GET /mall-portal/product/detail/:id`). */
export const PRODUCT_DETAIL_KEY_PREFIX = 'mall:pms:productDetail';

export function productDetailKey(productId: number): string {
  return `${PRODUCT_DETAIL_KEY_PREFIX}:${productId}`;
}

/** Drops the cached detail of the given products (mall-portal also does it on `mall.product.changed`). */
export async function invalidateProductDetails(
  redis: Redis,
  productIds: readonly number[],
): Promise<number> {
  if (productIds.length === 0) return 0;
  return redis.del(...productIds.map(productDetailKey));
}
