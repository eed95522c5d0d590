import { toCents } from '@mall/db';
import {
  PromotionType,
  type CartLineInput,
  type CartPromotionFields,
  type CartPromotionItem,
  type PromotionFullReduction,
  type PromotionLadder,
  type PromotionProduct,
  type PromotionSku,
} from './cart-promotion.types';

export const NO_PROMOTION_MESSAGE = '无优惠';
export const PROMOTION_PRICE_MESSAGE = '单品促销';

/**
 * Computes the promotion of every cart line (spec §A). Pure: no I/O, input objects not mutated.
 * Output: groups by ascending productId, lines of a group in input order; lines whose product is
 * not in `promotionProducts` (or have no productId) are dropped, as the original does.
 *
 * Deliberate fixes over the original, which failed with HTTP 500 in these cases (spec §9 #9):
 * a null promotion type means "no promotion"; a line whose SKU is unknown (or lacks the prices a
 * rule needs) gets no reduction; a full-reduction group with such a line gets no reduction.
 *
 * Arithmetic is on integers: money in cents, `reduceAmount` in ten-thousandths (the original's
 * BigDecimal results have scale 4 for ladders and full reductions and are never rounded).
 */
export function calcCartPromotion<T extends CartLineInput>(
  cartItems: readonly T[],
  promotionProducts: readonly PromotionProduct[],
): CartPromotionItem<T>[] {
  const productsById = new Map<number, PromotionProduct>();
  for (const product of promotionProducts) productsById.set(product.id, product);

  const result: CartPromotionItem<T>[] = [];
  for (const [productId, lines] of groupBySpu(cartItems)) {
    const product = productsById.get(productId);
    if (!product) continue;
    switch (product.promotionType) {
      case PromotionType.PROMOTION_PRICE:
        for (const line of lines) result.push(promotionPriceLine(line, product));
        break;
      case PromotionType.LADDER:
        result.push(...ladderGroup(lines, product));
        break;
      case PromotionType.FULL_REDUCTION:
        result.push(...fullReductionGroup(lines, product));
        break;
      default:
        for (const line of lines) result.push(noReductionLine(line, product));
    }
  }
  return result;
}

/** Groups lines by productId, ascending (the original's TreeMap), keeping input order within a group. */
function groupBySpu<T extends CartLineInput>(cartItems: readonly T[]): [number, T[]][] {
  const groups = new Map<number, T[]>();
  for (const item of cartItems) {
    const productId = item.productId;
    if (productId === null || productId === undefined) continue;
    const group = groups.get(productId);
    if (group) group.push(item);
    else groups.set(productId, [item]);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]);
}

function findSku(product: PromotionProduct, skuId: number | null | undefined): PromotionSku | null {
  if (skuId === null || skuId === undefined) return null;
  return product.skuStockList.find((sku) => sku.id === skuId) ?? null;
}

function realStockOf(sku: PromotionSku): number {
  return (sku.stock ?? 0) - (sku.lockStock ?? 0);
}

function withPromotion<T extends CartLineInput>(
  line: T,
  product: PromotionProduct,
  sku: PromotionSku | null,
  promotionMessage: string,
  reduceAmount: number,
): CartPromotionItem<T> {
  const fields: CartPromotionFields = {
    promotionMessage,
    reduceAmount,
    integration: product.giftPoint,
    growth: product.giftGrowth,
  };
  if (sku) fields.realStock = realStockOf(sku);
  return { ...line, ...fields };
}

function noReductionLine<T extends CartLineInput>(
  line: T,
  product: PromotionProduct,
): CartPromotionItem<T> {
  return withPromotion(line, product, findSku(product, line.productSkuId), NO_PROMOTION_MESSAGE, 0);
}

/** Type 1: the line is priced at the SKU's list price and reduced by (price − promotion price). */
function promotionPriceLine<T extends CartLineInput>(
  line: T,
  product: PromotionProduct,
): CartPromotionItem<T> {
  const sku = findSku(product, line.productSkuId);
  if (!sku || sku.price === null || sku.promotionPrice === null) {
    return noReductionLine(line, product);
  }
  const priceCents = toCents(sku.price);
  const reduceCents = priceCents - toCents(sku.promotionPrice);
  const item = withPromotion(line, product, sku, PROMOTION_PRICE_MESSAGE, reduceCents / 100 + 0);
  // Type 1 replaces the cart price with the SKU list price (spec §9 #12, KEEP).
  item.price = sku.price;
  return item;
}

/** Type 3: the largest ladder whose count the SPU's total quantity reaches applies to every line. */
function ladderGroup<T extends CartLineInput>(
  lines: readonly T[],
  product: PromotionProduct,
): CartPromotionItem<T>[] {
  const count = lines.reduce((sum, line) => sum + (line.quantity ?? 0), 0);
  const ladder = pickLadder(count, product.productLadderList);
  if (!ladder) return lines.map((line) => noReductionLine(line, product));
  const discountCents = toCents(ladder.discount);
  const message = `打折优惠：满${ladder.count}件，打${formatScale2(discountCents * 10)}折`;
  return lines.map((line) => {
    const sku = findSku(product, line.productSkuId);
    if (!sku || sku.price === null) return noReductionLine(line, product);
    const priceCents = toCents(sku.price);
    // price − discount × price, in ten-thousandths: cents × 100 − discount-cents × cents.
    const reduceTenThousandths = priceCents * 100 - discountCents * priceCents;
    return withPromotion(line, product, sku, message, fromTenThousandths(reduceTenThousandths));
  });
}

interface UsableLadder {
  count: number;
  discount: number;
}

/** Ladders by count descending (stable); the first the quantity reaches. Incomplete rows are ignored. */
export function pickLadder(
  count: number,
  ladders: readonly PromotionLadder[],
): UsableLadder | null {
  const usable = ladders.filter(
    (ladder): ladder is PromotionLadder & UsableLadder =>
      ladder.count !== null && ladder.discount !== null,
  );
  const sorted = [...usable].sort((a, b) => b.count - a.count);
  return sorted.find((ladder) => count >= ladder.count) ?? null;
}

/**
 * Type 4: the SPU's amount at SKU list prices selects a rule; each line's per-unit share of the
 * reduction is round(unit price ÷ SPU amount, 2 decimals, HALF_EVEN) × reduce price.
 */
function fullReductionGroup<T extends CartLineInput>(
  lines: readonly T[],
  product: PromotionProduct,
): CartPromotionItem<T>[] {
  const priced: { line: T; sku: PromotionSku; priceCents: number }[] = [];
  for (const line of lines) {
    const sku = findSku(product, line.productSkuId);
    if (!sku || sku.price === null) return lines.map((l) => noReductionLine(l, product));
    priced.push({ line, sku, priceCents: toCents(sku.price) });
  }
  const totalCents = priced.reduce(
    (sum, { line, priceCents }) => sum + priceCents * (line.quantity ?? 0),
    0,
  );
  const rule = pickFullReduction(totalCents, product.productFullReductionList);
  // A zero total would divide by zero (the original fails); nothing to share then.
  if (!rule || totalCents === 0) return lines.map((line) => noReductionLine(line, product));
  const message = `满减优惠：满${formatScale2(rule.fullCents)}元，减${formatScale2(rule.reduceCents)}元`;
  return priced.map(({ line, sku, priceCents }) => {
    const shareHundredths = divideHalfEven(priceCents * 100, totalCents);
    return withPromotion(
      line,
      product,
      sku,
      message,
      fromTenThousandths(shareHundredths * rule.reduceCents),
    );
  });
}

interface UsableRule {
  fullCents: number;
  reduceCents: number;
}

/**
 * Rules by full price descending, compared on the difference truncated to whole units (rules less
 * than 1.00 apart tie and keep their order); the first whose shortfall truncates to ≥ 0, i.e.
 * total > fullPrice − 1.00 (spec §9 #10, kept for parity). Incomplete rows are ignored.
 */
export function pickFullReduction(
  totalCents: number,
  rules: readonly PromotionFullReduction[],
): UsableRule | null {
  const usable: UsableRule[] = [];
  for (const rule of rules) {
    if (rule.fullPrice === null || rule.reducePrice === null) continue;
    usable.push({ fullCents: toCents(rule.fullPrice), reduceCents: toCents(rule.reducePrice) });
  }
  usable.sort((a, b) => Math.trunc((b.fullCents - a.fullCents) / 100));
  return usable.find((rule) => Math.trunc((totalCents - rule.fullCents) / 100) >= 0) ?? null;
}

/** numerator ÷ denominator rounded to an integer, ties to even (BigDecimal HALF_EVEN); denominator > 0. */
export function divideHalfEven(numerator: number, denominator: number): number {
  const negative = numerator < 0;
  const n = Math.abs(numerator);
  const quotient = Math.floor(n / denominator);
  const twiceRemainder = 2 * (n - quotient * denominator);
  let rounded = quotient;
  if (twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2 === 1)) {
    rounded += 1;
  }
  return negative ? -rounded : rounded;
}

function fromTenThousandths(value: number): number {
  return value / 10000 + 0;
}

/** Cents as decimal text with two places, the way Java prints a scale-2 BigDecimal (8.00, 1000.00). */
export function formatScale2(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
