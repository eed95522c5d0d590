/**
 * Which of a member's coupons can be used on a cart (spec shopper.md §B.3). Pure functions over
 * the cart lines (with their promotion) and the member's unused coupon histories; the loader in
 * coupon-history-loader.ts reads the histories from MySQL.
 *
 * Amounts are summed exactly in ten-thousandths: a line's `reduceAmount` has up to four decimals
 * (ladder and full-reduction shares), and the original compared BigDecimal sums without rounding.
 */

/** `sms_coupon.use_type`. */
export const CouponUseType = {
  /** Every product. */
  ALL: 0,
  /** Products of the coupon's categories (`sms_coupon_product_category_relation`). */
  CATEGORY: 1,
  /** The coupon's products (`sms_coupon_product_relation`). */
  PRODUCT: 2,
} as const;

/** The cart line fields the rules read; a CartPromotionItem of `@mall/shop` satisfies it. */
export interface CouponCartLine {
  productId?: number | null;
  productCategoryId?: number | null;
  /** Unit price of the line. */
  price?: number | null;
  /** Promotion discount per unit. */
  reduceAmount?: number | null;
  quantity?: number | null;
}

/** The coupon fields of SmsCouponHistoryDetail.coupon (the original's subset of sms_coupon). */
export interface CouponSummary {
  id: number;
  name: string | null;
  amount: number | null;
  minPoint: number | null;
  platform: number | null;
  startTime: Date | null;
  endTime: Date | null;
  note: string | null;
  useType: number | null;
  type: number | null;
}

export interface CouponProductScope {
  id: number;
  productId: number | null;
}

export interface CouponCategoryScope {
  id: number;
  productCategoryId: number | null;
}

/** What the rules need of a coupon history: its coupon and the coupon's scope. */
export interface CouponWithScope {
  coupon: Pick<CouponSummary, 'useType' | 'minPoint' | 'endTime'> | null;
  productRelationList: ReadonlyArray<Pick<CouponProductScope, 'productId'>>;
  categoryRelationList: ReadonlyArray<Pick<CouponCategoryScope, 'productCategoryId'>>;
}

/** Ten-thousandths per unit of money. */
export const AMOUNT_SCALE = 10_000;

const DECIMAL_TEXT = /^([+-])?(\d*)(?:\.(\d*))?$/;

/**
 * A decimal amount as an integer count of ten-thousandths (12.3456 → 123456). Parsed from the
 * decimal text, so binary floating point never leaks in; a fifth decimal rounds half away from zero.
 */
export function toTenThousandths(value: number | string): number {
  let text = typeof value === 'number' ? String(value) : value.trim();
  if (/e/i.test(text)) {
    // Only tiny (≈0) or huge numbers print with an exponent; huge ones are out of range anyway.
    if (Math.abs(Number(text)) < 1e-4) text = '0';
    else throw new RangeError(`amount out of range: ${text}`);
  }
  const match = DECIMAL_TEXT.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) {
    throw new TypeError(`not a decimal amount: ${JSON.stringify(value)}`);
  }
  const fraction = (match[3] ?? '').padEnd(5, '0');
  let units = Number(match[2] || '0') * AMOUNT_SCALE + Number(fraction.slice(0, 4));
  if (Number(fraction[4]) >= 5) units += 1;
  if (!Number.isSafeInteger(units)) throw new RangeError(`amount out of range: ${text}`);
  return match[1] === '-' ? -units : units;
}

/** Σ (price − reduceAmount) × quantity over the lines, in ten-thousandths; nulls count as 0. */
export function cartPayableAmount(lines: readonly CouponCartLine[]): number {
  let total = 0;
  for (const line of lines) {
    const unit = toTenThousandths(line.price ?? 0) - toTenThousandths(line.reduceAmount ?? 0);
    total += unit * (line.quantity ?? 0);
  }
  return total;
}

/**
 * The lines a coupon applies to: every line (use type 0), the lines of its categories (1) or of
 * its products (2); none for any other use type. Also the lines a coupon amount is shared over
 * when an order uses it (spec §B.4).
 */
export function couponApplicableLines<T extends CouponCartLine>(
  coupon: Pick<CouponWithScope, 'productRelationList' | 'categoryRelationList'> & {
    useType: number | null;
  },
  lines: readonly T[],
): T[] {
  switch (coupon.useType) {
    case CouponUseType.ALL:
      return [...lines];
    case CouponUseType.CATEGORY: {
      const categories = new Set(coupon.categoryRelationList.map((r) => r.productCategoryId));
      return lines.filter(
        (line) => line.productCategoryId != null && categories.has(line.productCategoryId),
      );
    }
    case CouponUseType.PRODUCT: {
      const products = new Set(coupon.productRelationList.map((r) => r.productId));
      return lines.filter((line) => line.productId != null && products.has(line.productId));
    }
    default:
      return [];
  }
}

/** Whole units of an amount in ten-thousandths, truncated toward zero (BigDecimal.intValue()). */
function wholeUnits(tenThousandths: number): number {
  return Math.trunc(tenThousandths / AMOUNT_SCALE);
}

/**
 * Whether one coupon can be used on the cart at `now`:
 * - not expired: `now < endTime` (a missing end time never expires; `startTime` is not checked,
 *   as in the original);
 * - use type 0: the whole cart's payable amount reaches `minPoint`;
 * - use types 1 and 2: the payable amount of the coupon's lines is at least 1.00 and reaches
 *   `minPoint`.
 * "Reaches" compares after truncating the difference to whole units, so a shortfall below 1.00
 * still qualifies (spec §9 #10, kept for parity with the original).
 * Returns null when the coupon cannot be classified: it is missing (deleted) or has an unknown use
 * type; the original then left it out of both lists (unknown type) or failed (deleted coupon).
 */
export function isCouponUsable(
  detail: CouponWithScope,
  lines: readonly CouponCartLine[],
  now: Date,
): boolean | null {
  const coupon = detail.coupon;
  if (!coupon) return null;
  const useType = coupon.useType;
  if (
    useType !== CouponUseType.ALL &&
    useType !== CouponUseType.CATEGORY &&
    useType !== CouponUseType.PRODUCT
  ) {
    return null;
  }
  const notExpired = coupon.endTime === null || now.getTime() < coupon.endTime.getTime();
  const amount = cartPayableAmount(couponApplicableLines({ ...detail, useType }, lines));
  const reachesThreshold = wholeUnits(amount - toTenThousandths(coupon.minPoint ?? 0)) >= 0;
  if (useType === CouponUseType.ALL) return notExpired && reachesThreshold;
  return notExpired && wholeUnits(amount) > 0 && reachesThreshold;
}

export interface ClassifiedCoupons<T> {
  /** Usable on the cart (`type = 1` of `/member/coupon/list/cart/{type}`). */
  enabled: T[];
  /** Not usable (any other type). */
  disabled: T[];
}

/** Splits coupon histories into usable and unusable ones, keeping their order; see isCouponUsable. */
export function classifyCoupons<T extends CouponWithScope>(
  details: readonly T[],
  lines: readonly CouponCartLine[],
  now: Date,
): ClassifiedCoupons<T> {
  const result: ClassifiedCoupons<T> = { enabled: [], disabled: [] };
  for (const detail of details) {
    const usable = isCouponUsable(detail, lines, now);
    if (usable === true) result.enabled.push(detail);
    else if (usable === false) result.disabled.push(detail);
  }
  return result;
}
