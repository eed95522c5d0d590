/** Filters of `GET /product/list` (PmsProductQueryParam). */
export interface ProductListFilter {
  publishStatus?: number;
  verifyStatus?: number;
  keyword?: string;
  productSn?: string;
  productCategoryId?: number;
  brandId?: number;
}

export interface SqlStatement {
  sql: string;
  params: unknown[];
}

/**
 * The `pms_product` columns of list results: all but the four TEXT columns, which the original's
 * list queries left out (they are answered as null).
 */
export const PRODUCT_LIST_SQL_COLUMNS = [
  'id',
  'brand_id',
  'product_category_id',
  'feight_template_id',
  'product_attribute_category_id',
  'name',
  'pic',
  'product_sn',
  'delete_status',
  'publish_status',
  'new_status',
  'recommand_status',
  'verify_status',
  'sort',
  'sale',
  'price',
  'promotion_price',
  'gift_growth',
  'gift_point',
  'use_point_limit',
  'sub_title',
  'original_price',
  'stock',
  'low_stock',
  'unit',
  'weight',
  'preview_status',
  'service_ids',
  'keywords',
  'note',
  'album_pics',
  'detail_title',
  'promotion_start_time',
  'promotion_end_time',
  'promotion_per_limit',
  'promotion_type',
  'brand_name',
  'product_category_name',
] as const;

/**
 * The two statements behind one page of the admin product list: the total, and the page's rows.
 * The page is a deferred join: the derived table picks the page's ids in `sort DESC, id DESC`
 * order from a list index without reading rows, however deep the page; only those rows are then
 * read by primary key. `keyword` is an unescaped `LIKE '%…%'` as in the original, which no B-tree
 * index can seek (see docs/performance.md, "Admin product list").
 *
 * Picking the ids walks `offset + limit` index entries. When `total` is known and the page lies in
 * the back half of the list, the ids are picked walking from the other end of the same index
 * (`sort ASC, id ASC`), so the last page of a long list costs what the first one does.
 */
export function productListStatements(
  filter: ProductListFilter,
  offset: number,
  limit: number,
  total?: number,
): { count: SqlStatement; page: SqlStatement } {
  const conditions = ['delete_status = 0'];
  const params: unknown[] = [];
  if (filter.publishStatus !== undefined) {
    conditions.push('publish_status = ?');
    params.push(filter.publishStatus);
  }
  if (filter.verifyStatus !== undefined) {
    conditions.push('verify_status = ?');
    params.push(filter.verifyStatus);
  }
  if (filter.keyword) {
    conditions.push('name LIKE ?');
    params.push(`%${filter.keyword}%`);
  }
  if (filter.productSn) {
    conditions.push('product_sn = ?');
    params.push(filter.productSn);
  }
  if (filter.brandId !== undefined) {
    conditions.push('brand_id = ?');
    params.push(filter.brandId);
  }
  if (filter.productCategoryId !== undefined) {
    conditions.push('product_category_id = ?');
    params.push(filter.productCategoryId);
  }
  const where = conditions.join(' AND ');
  const columns = PRODUCT_LIST_SQL_COLUMNS.map((column) => `p.${column}`).join(', ');
  const window = pageWindow(offset, limit, total);
  return {
    count: { sql: `SELECT COUNT(*) AS total FROM pms_product WHERE ${where}`, params },
    page: {
      sql:
        `SELECT ${columns} FROM pms_product p JOIN (SELECT id FROM pms_product WHERE ${where} ` +
        `ORDER BY ${window.order} LIMIT ?, ?) page ON page.id = p.id ORDER BY p.sort DESC, p.id DESC`,
      params: [...params, window.offset, window.limit],
    },
  };
}

/** Where and how far to walk the list index for the page `[offset, offset + limit)`. */
function pageWindow(
  offset: number,
  limit: number,
  total: number | undefined,
): { order: string; offset: number; limit: number } {
  if (total === undefined || offset <= total / 2 || offset >= total) {
    return { order: 'sort DESC, id DESC', offset, limit };
  }
  // Rows i of the list (0 = first) are rows total - 1 - i counted from its end.
  const end = Math.min(offset + limit, total);
  return { order: 'sort ASC, id ASC', offset: total - end, limit: end - offset };
}
