export { ORDER_SOURCE_APP, ORDER_TYPE_NORMAL, OrderStatus } from './order-status';
export { formatOrderSn, orderSequenceKey, orderSnDate } from './order-sn';
export {
  apportionCoupon,
  apportionPoints,
  confirmAmounts,
  draftOrderItems,
  findShortLine,
  microsToAmount,
  microsToExact,
  orderAmounts,
  orderItemAmounts,
  pointsDeductionCents,
  sharePerUnit,
  toMicros,
  totalCents,
  type AppliedCoupon,
  type DraftOrderItem,
  type OrderAmounts,
  type OrderItemAmounts,
  type PointsRule,
} from './order-pricing';
export {
  affectedRows,
  consumeLockedStock,
  lockSkuStock,
  quantitiesPerSku,
  releaseLockedStock,
  type SkuQuantity,
} from './order-stock';
export {
  cancelUnpaidOrder,
  type CancelledOrder,
  type CancelOptions,
  type CancelOutcome,
} from './order-cancel';
export { memberCacheKeys, ORDER_DETAIL_KEY_PREFIX, orderDetailCacheKey } from './order-cache-keys';
export { entityMapping, rowToEntity } from './raw-rows';
