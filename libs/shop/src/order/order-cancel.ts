import type { DataSource, EntityManager } from 'typeorm';
import { CouponUseStatus } from '../coupon';
import { OrderStatus } from './order-status';
import { affectedRows, quantitiesPerSku, releaseLockedStock } from './order-stock';

/** What a cancellation changed, for logs, cache eviction and metrics. */
export interface CancelledOrder {
  id: number;
  memberId: number;
  memberUsername: string | null;
  orderSn: string | null;
  couponId: number | null;
  /** The coupon history row set back to unused, if any. */
  couponReturned: boolean;
  /** Points given back to the member (0 when none were used). */
  pointsReturned: number;
  /** SKUs whose lock was smaller than the order's quantity and was released to 0. */
  inconsistentSkuIds: number[];
}

export type CancelOutcome =
  | { cancelled: true; order: CancelledOrder }
  /** Nothing changed: the order does not exist (or is not the member's), or is not awaiting payment. */
  | { cancelled: false; status: number | null };

export interface CancelOptions {
  /** Only cancel if the order belongs to this member (user-initiated cancellation). */
  memberId?: number;
  now?: Date;
}

interface OrderRow {
  member_id: string | number;
  member_username: string | null;
  order_sn: string | null;
  coupon_id: string | number | null;
  use_integration: number | null;
  status: number | null;
}

/**
 * Closes an unpaid order (spec §C.2, intended behaviour) in one transaction: the order goes from
 * status 0 to 4 through a conditional update, its SKU locks are released (aggregated per SKU), its
 * coupon is marked unused again and the points it used are given back. Idempotent: an order that
 * is no longer awaiting payment (already cancelled, paid, deleted) is left alone, so a repeated
 * timeout message, the timeout sweep and a user's cancel can race safely. Used by mall-order (user
 * cancel, delayed message, timeout sweep) and by mall-admin's close-order.
 */
export async function cancelUnpaidOrder(
  db: DataSource | EntityManager,
  orderId: number,
  options: CancelOptions = {},
): Promise<CancelOutcome> {
  // Inside a caller's transaction this nests as a savepoint.
  return db.transaction((em) => cancelInTransaction(em, orderId, options));
}

async function cancelInTransaction(
  em: EntityManager,
  orderId: number,
  { memberId, now = new Date() }: CancelOptions,
): Promise<CancelOutcome> {
  const ownerClause = memberId === undefined ? '' : ' AND member_id = ?';
  const closed: unknown = await em.query(
    `UPDATE oms_order SET status = ?, modify_time = ? WHERE id = ? AND status = ? AND delete_status = 0${ownerClause}`,
    [
      OrderStatus.CLOSED,
      now,
      orderId,
      OrderStatus.WAIT_PAY,
      ...(memberId === undefined ? [] : [memberId]),
    ],
  );
  const rows: OrderRow[] = await em.query(
    'SELECT member_id, member_username, order_sn, coupon_id, use_integration, status ' +
      'FROM oms_order WHERE id = ?',
    [orderId],
  );
  const row = rows[0];
  if (affectedRows(closed) !== 1 || !row) {
    const visible = row && (memberId === undefined || Number(row.member_id) === memberId);
    return { cancelled: false, status: visible ? row.status : null };
  }

  const orderMemberId = Number(row.member_id);
  const couponId = row.coupon_id === null ? null : Number(row.coupon_id);
  const items: Array<{ product_sku_id: string | number | null; product_quantity: number | null }> =
    await em.query(
      'SELECT product_sku_id, product_quantity FROM oms_order_item WHERE order_id = ?',
      [orderId],
    );
  const inconsistentSkuIds = await releaseLockedStock(
    em,
    quantitiesPerSku(
      items.map((item) => ({
        productSkuId: item.product_sku_id === null ? null : Number(item.product_sku_id),
        quantity: item.product_quantity,
      })),
    ),
  );

  const couponReturned =
    couponId !== null && (await returnCoupon(em, orderId, orderMemberId, couponId, now));

  const pointsReturned =
    row.use_integration !== null && row.use_integration > 0 ? row.use_integration : 0;
  if (pointsReturned > 0) {
    await em.query(
      'UPDATE ums_member SET integration = COALESCE(integration, 0) + ? WHERE id = ?',
      [pointsReturned, orderMemberId],
    );
  }

  return {
    cancelled: true,
    order: {
      id: orderId,
      memberId: orderMemberId,
      memberUsername: row.member_username,
      orderSn: row.order_sn,
      couponId,
      couponReturned,
      pointsReturned,
      inconsistentSkuIds,
    },
  };
}

/**
 * Sets the order's coupon back to unused: the history row that records this order, or, for orders
 * placed before histories carried their order id, the member's first used history of the coupon.
 */
async function returnCoupon(
  em: EntityManager,
  orderId: number,
  memberId: number,
  couponId: number,
  now: Date,
): Promise<boolean> {
  const byOrder: unknown = await em.query(
    'UPDATE sms_coupon_history SET use_status = ?, use_time = ?, order_id = NULL, order_sn = NULL ' +
      'WHERE order_id = ? AND member_id = ? AND coupon_id = ? AND use_status = ?',
    [CouponUseStatus.UNUSED, now, orderId, memberId, couponId, CouponUseStatus.USED],
  );
  if (affectedRows(byOrder) > 0) return true;
  const legacy: unknown = await em.query(
    'UPDATE sms_coupon_history SET use_status = ?, use_time = ? ' +
      'WHERE member_id = ? AND coupon_id = ? AND use_status = ? AND order_id IS NULL ' +
      'ORDER BY id LIMIT 1',
    [CouponUseStatus.UNUSED, now, memberId, couponId, CouponUseStatus.USED],
  );
  return affectedRows(legacy) > 0;
}
