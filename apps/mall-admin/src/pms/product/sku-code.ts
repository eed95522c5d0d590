/**
 * SKU codes the original generated for SKUs sent without one: the date (yyyyMMdd, server time),
 * the product id padded to 4 digits and the SKU's 1-based position in its list padded to 3, e.g.
 * `20200925` `0042` `001`. Longer ids and positions simply take more digits.
 */
export function generatedSkuCode(productId: number, position: number, today: Date): string {
  const date =
    String(today.getFullYear()).padStart(4, '0') +
    String(today.getMonth() + 1).padStart(2, '0') +
    String(today.getDate()).padStart(2, '0');
  return `${date}${String(productId).padStart(4, '0')}${String(position).padStart(3, '0')}`;
}

/** Copies of `skus` where every empty `skuCode` is generated from its index in this list. */
export function withSkuCodes<T extends { skuCode?: string | null }>(
  skus: readonly T[],
  productId: number,
  today: Date = new Date(),
): Array<T & { skuCode: string }> {
  return skus.map((sku, index) => ({
    ...sku,
    skuCode: sku.skuCode ? sku.skuCode : generatedSkuCode(productId, index + 1, today),
  }));
}
