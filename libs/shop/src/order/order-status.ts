/** `oms_order.status` values. */
export const OrderStatus = {
  WAIT_PAY: 0,
  WAIT_DELIVER: 1,
  DELIVERED: 2,
  FINISHED: 3,
  CLOSED: 4,
  INVALID: 5,
} as const;

/** `oms_order.source_type`: every order placed through mall-order comes from the app. */
export const ORDER_SOURCE_APP = 1;

/** `oms_order.order_type`: 0 normal, 1 flash sale. */
export const ORDER_TYPE_NORMAL = 0;
