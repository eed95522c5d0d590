import {
  SmsCoupon,
  SmsCouponHistory,
  SmsCouponProductCategoryRelation,
  SmsCouponProductRelation,
} from '@mall/db';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type {
  CouponCategoryScope,
  CouponProductScope,
  CouponSummary,
  CouponWithScope,
} from './coupon-eligibility';

/** `sms_coupon_history.use_status`. */
export const CouponUseStatus = { UNUSED: 0, USED: 1, EXPIRED: 2 } as const;

/** A coupon history with its coupon and the coupon's scope (the original's SmsCouponHistoryDetail). */
export interface CouponHistoryDetail extends SmsCouponHistory, CouponWithScope {
  coupon: CouponSummary | null;
  productRelationList: CouponProductScope[];
  categoryRelationList: CouponCategoryScope[];
}

const COUPON_SUMMARY_COLUMNS = {
  id: true,
  name: true,
  amount: true,
  minPoint: true,
  platform: true,
  startTime: true,
  endTime: true,
  note: true,
  useType: true,
  type: true,
} as const satisfies Record<keyof CouponSummary, true>;

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * The member's unused coupon histories (`use_status = 0`), each with its coupon and the coupon's
 * product and category scope, in four indexed queries (no per-row queries). A history whose
 * coupon no longer exists gets `coupon: null`.
 */
export async function loadUnusedCouponHistories(
  db: DataSource | EntityManager,
  memberId: number,
): Promise<CouponHistoryDetail[]> {
  const histories = await db.getRepository(SmsCouponHistory).find({
    where: { memberId, useStatus: CouponUseStatus.UNUSED },
    order: { id: 'ASC' },
  });
  if (histories.length === 0) return [];
  const couponIds = [
    ...new Set(histories.map((h) => h.couponId).filter((id): id is number => id !== null)),
  ];
  const [coupons, productRelations, categoryRelations] = couponIds.length
    ? await Promise.all([
        db.getRepository(SmsCoupon).find({
          select: COUPON_SUMMARY_COLUMNS,
          where: { id: In(couponIds) },
        }),
        db.getRepository(SmsCouponProductRelation).find({
          select: { id: true, couponId: true, productId: true },
          where: { couponId: In(couponIds) },
          order: { id: 'ASC' },
        }),
        db.getRepository(SmsCouponProductCategoryRelation).find({
          select: { id: true, couponId: true, productCategoryId: true },
          where: { couponId: In(couponIds) },
          order: { id: 'ASC' },
        }),
      ])
    : [[], [], []];

  const couponsById = new Map(coupons.map((c) => [c.id, c]));
  const productsByCoupon = groupBy(productRelations, (r) => r.couponId);
  const categoriesByCoupon = groupBy(categoryRelations, (r) => r.couponId);
  return histories.map((history) => {
    const coupon = history.couponId === null ? undefined : couponsById.get(history.couponId);
    return {
      ...history,
      coupon: coupon ? toSummary(coupon) : null,
      productRelationList: (productsByCoupon.get(history.couponId) ?? []).map((r) => ({
        id: r.id,
        productId: r.productId,
      })),
      categoryRelationList: (categoriesByCoupon.get(history.couponId) ?? []).map((r) => ({
        id: r.id,
        productCategoryId: r.productCategoryId,
      })),
    };
  });
}

function toSummary(coupon: SmsCoupon): CouponSummary {
  return {
    id: coupon.id,
    name: coupon.name,
    amount: coupon.amount,
    minPoint: coupon.minPoint,
    platform: coupon.platform,
    startTime: coupon.startTime,
    endTime: coupon.endTime,
    note: coupon.note,
    useType: coupon.useType,
    type: coupon.type,
  };
}
