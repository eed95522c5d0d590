import type { EntityManager } from 'typeorm';

/** SKU fields an admin edits, by column. lock_stock is deliberately absent: orders own it. */
export const SKU_EDITABLE_COLUMNS = {
  skuCode: 'sku_code',
  price: 'price',
  stock: 'stock',
  lowStock: 'low_stock',
  pic: 'pic',
  sale: 'sale',
  promotionPrice: 'promotion_price',
  spData: 'sp_data',
} as const;

export type SkuEditableField = keyof typeof SKU_EDITABLE_COLUMNS;

/** Every editable field: what the product form writes for a kept SKU. */
export const SKU_EDITABLE_FIELDS = Object.keys(SKU_EDITABLE_COLUMNS) as SkuEditableField[];

export type SkuEdit = { id: number } & { [F in SkuEditableField]?: string | number | null };

/**
 * Updates existing SKUs of one product in a single statement: the edits are joined in as a derived
 * table, a field sent as null or absent keeps its value, and rows of other products are never
 * matched. Returns the number of SKUs matched.
 */
export async function updateProductSkus(
  em: EntityManager,
  productId: number,
  edits: readonly SkuEdit[],
  fields: readonly SkuEditableField[],
): Promise<number> {
  if (edits.length === 0) return 0;
  const columns = fields.map((field) => SKU_EDITABLE_COLUMNS[field]);
  const row = `SELECT ? AS id, ${columns.map((column) => `? AS ${column}`).join(', ')}`;
  const params: unknown[] = edits.flatMap((edit) => [
    edit.id,
    ...fields.map((field) => edit[field] ?? null),
  ]);
  const assignments = columns
    .map((column) => `s.${column} = COALESCE(v.${column}, s.${column})`)
    .join(', ');
  const result: unknown = await em.query(
    `UPDATE pms_sku_stock s
       JOIN (${edits.map(() => row).join(' UNION ALL ')}) v ON v.id = s.id
        SET ${assignments}
      WHERE s.product_id = ?`,
    [...params, productId],
  );
  return (result as { affectedRows?: number }).affectedRows ?? 0;
}
