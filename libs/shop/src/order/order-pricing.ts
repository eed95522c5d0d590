import { fromCents, toCents } from '@mall/db';
import type { CartLinePromotion } from '../cart';
import { couponApplicableLines, type CouponWithScope } from '../coupon';
import { divideHalfEven } from '../promotion';

/**
 * Order arithmetic of spec §B.2–§B.7, on integers. Per-unit amounts are kept exact in millionths
 * ("micros"): promotion reductions have up to 4 decimals and the coupon and points shares
 * (a 3-decimal ratio × a 2-decimal amount) 5, as the original's unrounded BigDecimals. Amounts are
 * rounded to cents, half away from zero, only when stored: the way MySQL stores a DECIMAL(10,2).
 */

const MICROS_PER_CENT = 10_000;

/** An order line under construction, built from one priced cart line. */
export interface DraftOrderItem {
  cartItemId: number;
  productId: number | null;
  productPic: string | null;
  productName: string | null;
  productBrand: string | null;
  productSn: string | null;
  productAttr: string | null;
  productSkuId: number | null;
  productSkuCode: string | null;
  productCategoryId: number | null;
  quantity: number;
  /** Unit price: the cart price (type 1: the SKU list price). */
  priceCents: number;
  /** Per-unit discounts. */
  promotionMicros: number;
  couponMicros: number;
  integrationMicros: number;
  promotionName: string | null;
  giftIntegration: number;
  giftGrowth: number;
  /** Available stock when the cart was priced; null when the SKU is unknown. */
  realStock: number | null;
}

/** A usable coupon history: its coupon's amount and use type, and the coupon's scope. */
export interface AppliedCoupon
  extends Pick<CouponWithScope, 'productRelationList' | 'categoryRelationList'> {
  coupon: { amount: number | null; useType: number | null };
}

/** `ums_integration_consume_setting` row (id 1). */
export interface PointsRule {
  deductionPerAmount: number | null;
  maxPercentPerOrder: number | null;
  useUnit: number | null;
  /** 1 when points may be combined with a coupon. */
  couponStatus: number | null;
}

export interface OrderAmounts {
  totalAmount: number;
  freightAmount: number;
  promotionAmount: number;
  couponAmount: number;
  integrationAmount: number;
  discountAmount: number;
  payAmount: number;
  /** Points and growth the order earns (`oms_order.integration` / `growth`, spec §B.2 step 10). */
  giftIntegration: number;
  giftGrowth: number;
  promotionInfo: string;
}

export interface OrderItemAmounts {
  productPrice: number;
  promotionAmount: number;
  couponAmount: number;
  integrationAmount: number;
  realAmount: number;
}

export function toMicros(amount: number | null | undefined): number {
  if (amount === null || amount === undefined) return 0;
  return Math.round(amount * 1_000_000);
}

/** Micros → an amount with two decimals, half away from zero. */
export function microsToAmount(micros: number): number {
  const cents = Math.floor((Math.abs(micros) + MICROS_PER_CENT / 2) / MICROS_PER_CENT);
  return fromCents(micros < 0 ? -cents : cents);
}

/** One order line per priced cart line (spec §B.2 step 3); coupon and points shares start at 0. */
export function draftOrderItems(lines: readonly CartLinePromotion[]): DraftOrderItem[] {
  return lines.map((line) => ({
    cartItemId: line.id,
    productId: line.productId,
    productPic: line.productPic,
    productName: line.productName,
    productBrand: line.productBrand,
    productSn: line.productSn,
    productAttr: line.productAttr,
    productSkuId: line.productSkuId,
    productSkuCode: line.productSkuCode,
    productCategoryId: line.productCategoryId,
    quantity: line.quantity ?? 0,
    priceCents: toCents(line.price ?? 0),
    promotionMicros: toMicros(line.reduceAmount),
    couponMicros: 0,
    integrationMicros: 0,
    promotionName: line.promotionMessage,
    giftIntegration: line.integration ?? 0,
    giftGrowth: line.growth ?? 0,
    realStock: line.realStock ?? null,
  }));
}

/**
 * The first line whose SKU cannot cover its quantity. The original only required a positive
 * available stock (spec §9 #34); the quantity itself must be available.
 */
export function findShortLine(items: readonly DraftOrderItem[]): DraftOrderItem | undefined {
  return items.find(
    (item) =>
      item.productSkuId === null || item.realStock === null || item.realStock < item.quantity,
  );
}

/** Σ unit price × quantity, in cents. */
export function totalCents(items: readonly DraftOrderItem[]): number {
  return items.reduce((sum, item) => sum + item.priceCents * item.quantity, 0);
}

/**
 * Per-unit share of `amountCents` for each of `items`: round(unit price ÷ Σ price × qty, 3 decimals,
 * HALF_EVEN) × amount (spec §B.4 step 4, §B.5 step 4). Returns micros per item, in order.
 */
export function sharePerUnit(items: readonly DraftOrderItem[], amountCents: number): number[] {
  const base = totalCents(items);
  if (base <= 0) return items.map(() => 0);
  return items.map((item) => {
    const ratioThousandths = divideHalfEven(item.priceCents * 1000, base);
    // thousandths × cents = 1e-5 units; × 10 = micros.
    return ratioThousandths * amountCents * 10;
  });
}

/**
 * Spreads the coupon's amount over the lines it applies to (every line, the lines of its
 * categories or of its products); the others get 0 (spec §B.4 steps 3–4).
 */
export function apportionCoupon(
  items: readonly DraftOrderItem[],
  applied: AppliedCoupon,
): DraftOrderItem[] {
  const applicable = couponApplicableLines({ ...applied, useType: applied.coupon.useType }, items);
  const shares = sharePerUnit(applicable, toCents(applied.coupon.amount ?? 0));
  const shareOf = new Map(applicable.map((item, index) => [item, shares[index]]));
  return items.map((item) => ({ ...item, couponMicros: shareOf.get(item) ?? 0 }));
}

/**
 * The amount `useIntegration` points take off an order of `orderTotalCents` (spec §B.5 step 2),
 * in cents; 0 means the points cannot be used. As in the original, `use_unit` is the divisor
 * (100 points = 1.00) and `deduction_per_amount` is not used; an amount above the order's maximum
 * percentage is refused, not capped.
 */
export function pointsDeductionCents(input: {
  useIntegration: number;
  memberIntegration: number | null;
  orderTotalCents: number;
  rule: PointsRule | null;
  withCoupon: boolean;
}): number {
  const { useIntegration, orderTotalCents, rule, withCoupon } = input;
  if (useIntegration <= 0 || useIntegration > (input.memberIntegration ?? 0)) return 0;
  if (!rule || !rule.useUnit || rule.useUnit <= 0) return 0;
  if (withCoupon && rule.couponStatus === 0) return 0;
  if (useIntegration < rule.useUnit) return 0;
  const amountCents = divideHalfEven(useIntegration * 100, rule.useUnit);
  const maxPercent = rule.maxPercentPerOrder ?? 0;
  // amount > total × maxPercent / 100, compared exactly in 1e-4 units.
  if (amountCents * 100 > orderTotalCents * maxPercent) return 0;
  return amountCents;
}

/** Spreads the points amount over every line by unit price (spec §B.5 step 4). */
export function apportionPoints(
  items: readonly DraftOrderItem[],
  amountCents: number,
): DraftOrderItem[] {
  const shares = sharePerUnit(items, amountCents);
  return items.map((item, index) => ({ ...item, integrationMicros: shares[index] }));
}

/** Stored per-unit amounts of a line; real amount = price − promotion − coupon − points (§B.6). */
export function orderItemAmounts(item: DraftOrderItem): OrderItemAmounts {
  const priceMicros = item.priceCents * MICROS_PER_CENT;
  return {
    productPrice: fromCents(item.priceCents),
    promotionAmount: microsToAmount(item.promotionMicros),
    couponAmount: microsToAmount(item.couponMicros),
    integrationAmount: microsToAmount(item.integrationMicros),
    realAmount: microsToAmount(
      priceMicros - item.promotionMicros - item.couponMicros - item.integrationMicros,
    ),
  };
}

const PROMOTION_INFO_MAX = 500;

/**
 * Order-level amounts (spec §B.2 step 7, §B.7): sums of per-unit amounts × quantity, each rounded
 * once; pay = total + freight − promotion − coupon − points, from the exact sums.
 */
export function orderAmounts(items: readonly DraftOrderItem[]): OrderAmounts {
  let total = 0;
  let promotion = 0;
  let coupon = 0;
  let points = 0;
  let giftIntegration = 0;
  let giftGrowth = 0;
  for (const item of items) {
    total += item.priceCents * MICROS_PER_CENT * item.quantity;
    promotion += item.promotionMicros * item.quantity;
    coupon += item.couponMicros * item.quantity;
    points += item.integrationMicros * item.quantity;
    giftIntegration += item.giftIntegration * item.quantity;
    giftGrowth += item.giftGrowth * item.quantity;
  }
  // Java appends a null name as "null"; the column holds 500 characters.
  const promotionInfo = items
    .map((item) => item.promotionName ?? 'null')
    .join(';')
    .slice(0, PROMOTION_INFO_MAX);
  return {
    totalAmount: microsToAmount(total),
    freightAmount: 0,
    promotionAmount: microsToAmount(promotion),
    couponAmount: microsToAmount(coupon),
    integrationAmount: microsToAmount(points),
    discountAmount: 0,
    payAmount: microsToAmount(total - promotion - coupon - points),
    giftIntegration,
    giftGrowth,
    promotionInfo,
  };
}

/** An exact decimal from micros (no rounding), e.g. for the confirmation's amounts. */
export function microsToExact(micros: number): number {
  return micros / 1_000_000 + 0;
}

/** `calcAmount` of the order confirmation (spec §B.1 step 7): exact, coupons and points excluded. */
export function confirmAmounts(lines: readonly CartLinePromotion[]): {
  totalAmount: number;
  freightAmount: number;
  promotionAmount: number;
  payAmount: number;
} {
  let total = 0;
  let promotion = 0;
  for (const line of lines) {
    const quantity = line.quantity ?? 0;
    total += toCents(line.price ?? 0) * MICROS_PER_CENT * quantity;
    promotion += toMicros(line.reduceAmount) * quantity;
  }
  return {
    totalAmount: microsToExact(total),
    freightAmount: 0,
    promotionAmount: microsToExact(promotion),
    payAmount: microsToExact(total - promotion),
  };
}
