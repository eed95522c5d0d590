/**
 * Redis keys an order change must invalidate. mall-order reads `mall:order:<id>` through
 * `GET /order/detail/redis/:orderId`; any service that changes an order (payment, cancel, receipt,
 * admin delivery or close) deletes it afterwards. Points changes invalidate the member cache
 * (both the id and the username key, spec §9 #22).
 */

/** The original's prefix of the order-detail cache. */
export const ORDER_DETAIL_KEY_PREFIX = 'mall:order';

/** `mall:order:<orderId>`. */
export function orderDetailCacheKey(
  orderId: number,
  prefix: string = ORDER_DETAIL_KEY_PREFIX,
): string {
  return `${prefix}:${orderId}`;
}

/** `<prefix>:<id>` and `<prefix>:username:<username>`; prefix e.g. `mall:ums:member`. */
export function memberCacheKeys(
  prefix: string,
  memberId: number,
  username: string | null | undefined,
): string[] {
  const keys = [`${prefix}:${memberId}`];
  if (username) keys.push(`${prefix}:username:${username}`);
  return keys;
}
