import type { EntityManager } from 'typeorm';

/**
 * Stock changes of the order life cycle (spec §C): generating an order locks stock
 * (`lock_stock += qty`), paying turns the lock into a sale (`stock -= qty, lock_stock -= qty`),
 * cancelling releases the lock (`lock_stock -= qty`). Every change is one conditional UPDATE per
 * SKU whose affected-row count says whether it held, so concurrent orders cannot oversell and a
 * failed check can roll the surrounding transaction back. SKUs are updated in ascending id order
 * so two transactions touching the same SKUs lock their rows in the same order (no deadlock).
 */

export interface SkuQuantity {
  skuId: number;
  quantity: number;
}

/** Sums the quantities per SKU (two lines of one SKU count once), sorted by SKU id. */
export function quantitiesPerSku(
  lines: ReadonlyArray<{ productSkuId: number | null; quantity?: number | null }>,
): SkuQuantity[] {
  const totals = new Map<number, number>();
  for (const line of lines) {
    if (line.productSkuId === null) continue;
    totals.set(line.productSkuId, (totals.get(line.productSkuId) ?? 0) + (line.quantity ?? 0));
  }
  return [...totals.entries()]
    .filter(([, quantity]) => quantity > 0)
    .sort((a, b) => a[0] - b[0])
    .map(([skuId, quantity]) => ({ skuId, quantity }));
}

/** `affectedRows` of a raw UPDATE/DELETE run through TypeORM's mysql driver. */
export function affectedRows(result: unknown): number {
  const value = (result as { affectedRows?: unknown } | null)?.affectedRows;
  return typeof value === 'number' ? value : 0;
}

/**
 * Reserves stock for every SKU, or stops at the first SKU whose available stock
 * (`stock - lock_stock`) is short and returns its id; the caller rolls back.
 */
export async function lockSkuStock(
  em: EntityManager,
  wanted: readonly SkuQuantity[],
): Promise<{ ok: true } | { ok: false; skuId: number }> {
  for (const { skuId, quantity } of wanted) {
    const result: unknown = await em.query(
      'UPDATE pms_sku_stock SET lock_stock = lock_stock + ? WHERE id = ? AND stock - lock_stock >= ?',
      [quantity, skuId, quantity],
    );
    if (affectedRows(result) !== 1) return { ok: false, skuId };
  }
  return { ok: true };
}

/**
 * Turns locked stock into sold stock at payment. Returns the id of a SKU whose lock does not
 * cover the quantity (data changed behind the order's back), or null when every SKU was updated.
 */
export async function consumeLockedStock(
  em: EntityManager,
  paid: readonly SkuQuantity[],
): Promise<number | null> {
  for (const { skuId, quantity } of paid) {
    const result: unknown = await em.query(
      'UPDATE pms_sku_stock SET stock = stock - ?, lock_stock = lock_stock - ? ' +
        'WHERE id = ? AND lock_stock >= ? AND stock >= ?',
      [quantity, quantity, skuId, quantity, quantity],
    );
    if (affectedRows(result) !== 1) return skuId;
  }
  return null;
}

/**
 * Releases the locks of a cancelled order. A SKU whose lock is smaller than the quantity (an
 * order from before locks were kept, or a manual stock edit) is released to 0 rather than going
 * negative; its id is returned so the caller can log it. Deleted SKUs are skipped.
 */
export async function releaseLockedStock(
  em: EntityManager,
  released: readonly SkuQuantity[],
): Promise<number[]> {
  const inconsistent: number[] = [];
  for (const { skuId, quantity } of released) {
    const result: unknown = await em.query(
      'UPDATE pms_sku_stock SET lock_stock = lock_stock - ? WHERE id = ? AND lock_stock >= ?',
      [quantity, skuId, quantity],
    );
    if (affectedRows(result) === 1) continue;
    const clamped: unknown = await em.query(
      'UPDATE pms_sku_stock SET lock_stock = 0 WHERE id = ? AND lock_stock < ?',
      [skuId, quantity],
    );
    if (affectedRows(clamped) === 1) inconsistent.push(skuId);
  }
  return inconsistent;
}
