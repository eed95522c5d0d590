import type { DataSource } from 'typeorm';
import {
  type EsProduct,
  type EsProductAttributeValue,
  toEsProduct,
} from '../es-product/es-product';

type Row = Record<string, unknown>;

/** A product is in the search index while it is listed: not deleted and on the shelf. */
const LISTED = 'p.delete_status = 0 AND p.publish_status = 1';

/** Ids per `IN (…)` list. */
const ID_CHUNK = 5000;

const PRODUCT_COLUMNS = `p.id, p.product_sn, p.brand_id, p.brand_name, p.product_category_id,
  p.product_category_name, p.pic, p.name, p.sub_title, p.price, p.sale, p.new_status,
  p.recommand_status, p.stock, p.promotion_type, p.keywords, p.sort`;

/**
 * Reads search documents from the catalog: the original's import query (`EsProductDao.xml`) as
 * two queries per batch — the listed products, then the attribute values of all of them (with
 * each attribute's type and name) — instead of one join repeating every product per value.
 */
export class CatalogReader {
  constructor(private readonly dataSource: DataSource) {}

  /** Every listed product, in id order, `batchSize` at a time (keyset paging). */
  async *listedBatches(batchSize: number): AsyncGenerator<EsProduct[]> {
    let afterId = 0;
    for (;;) {
      const rows: Row[] = await this.dataSource.query(
        `SELECT ${PRODUCT_COLUMNS} FROM pms_product p
          WHERE ${LISTED} AND p.id > ? ORDER BY p.id LIMIT ?`,
        [afterId, batchSize],
      );
      if (rows.length === 0) return;
      yield this.withAttributes(rows);
      if (rows.length < batchSize) return;
      afterId = Number(rows[rows.length - 1]['id']);
    }
  }

  /** The listed products among `ids` (unlisted and unknown ids are left out), in id order. */
  async listed(ids: readonly number[]): Promise<EsProduct[]> {
    if (ids.length === 0) return [];
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${PRODUCT_COLUMNS} FROM pms_product p WHERE ${LISTED} AND p.id IN (?) ORDER BY p.id`,
      [[...new Set(ids)]],
    );
    return this.withAttributes(rows);
  }

  /** The listed product `id`, or null. */
  async listedOne(id: number): Promise<EsProduct | null> {
    const [product] = await this.listed([id]);
    return product ?? null;
  }

  /** Which of `ids` are listed (any number of ids, asked in chunks). */
  async listedIds(ids: readonly number[]): Promise<Set<number>> {
    const listed = new Set<number>();
    const distinct = [...new Set(ids)];
    for (let start = 0; start < distinct.length; start += ID_CHUNK) {
      const rows: Row[] = await this.dataSource.query(
        `SELECT p.id FROM pms_product p WHERE ${LISTED} AND p.id IN (?)`,
        [distinct.slice(start, start + ID_CHUNK)],
      );
      for (const row of rows) listed.add(Number(row['id']));
    }
    return listed;
  }

  private async withAttributes(rows: Row[]): Promise<EsProduct[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => Number(row['id']));
    const attrRows: Row[] = await this.dataSource.query(
      `SELECT pav.product_id, pav.id, pav.value, pav.product_attribute_id, pa.type, pa.name
         FROM pms_product_attribute_value pav
         LEFT JOIN pms_product_attribute pa ON pav.product_attribute_id = pa.id
        WHERE pav.product_id IN (?) ORDER BY pav.product_id, pav.id`,
      [ids],
    );
    const attrsByProduct = new Map<number, EsProductAttributeValue[]>();
    for (const row of attrRows) {
      const productId = Number(row['product_id']);
      const list = attrsByProduct.get(productId) ?? [];
      list.push({
        id: Number(row['id']),
        productAttributeId:
          row['product_attribute_id'] === null ? null : Number(row['product_attribute_id']),
        value: (row['value'] as string | null) ?? null,
        type: row['type'] === null ? null : Number(row['type']),
        name: (row['name'] as string | null) ?? null,
      });
      attrsByProduct.set(productId, list);
    }
    return rows.map((row) =>
      toEsProduct({
        id: row['id'],
        productSn: row['product_sn'],
        brandId: row['brand_id'],
        brandName: row['brand_name'],
        productCategoryId: row['product_category_id'],
        productCategoryName: row['product_category_name'],
        pic: row['pic'],
        name: row['name'],
        subTitle: row['sub_title'],
        keywords: row['keywords'],
        price: row['price'],
        sale: row['sale'],
        newStatus: row['new_status'],
        recommandStatus: row['recommand_status'],
        stock: row['stock'],
        promotionType: row['promotion_type'],
        sort: row['sort'],
        attrValueList: attrsByProduct.get(Number(row['id'])) ?? [],
      }),
    );
  }
}
