import type { DataSource, EntityManager } from 'typeorm';
import {
  type EsProduct,
  type EsProductRelatedAttr,
  type EsProductRelatedInfo,
  toEsProduct,
} from '../../es-product/es-product';
import {
  type PageWindow,
  type ProductSearch,
  RECOMMEND_WEIGHTS,
  type RecommendSearch,
  RELATED_TERMS_SIZE,
  SEARCH_WEIGHTS,
  type SearchHitsPage,
  type SearchRepository,
  type SimpleSearch,
  SORT_NEWEST,
  SORT_PRICE_ASC,
  SORT_PRICE_DESC,
  SORT_SALES,
} from '../search-repository';
import { termKeys } from './analyzer';
import {
  ATTRIBUTE_TABLE,
  CREATE_ATTRIBUTE_TABLE,
  CREATE_DOCUMENT_TABLE,
  CREATE_TERM_TABLE,
  DOCUMENT_TABLE,
  FIELD_KEYWORDS,
  FIELD_NAME,
  FIELD_SUB_TITLE,
  INDEX_LAYOUT,
  TERM_TABLE,
} from './embedded-schema';

type Row = Record<string, unknown>;

/** A SQL fragment and its parameters, in placeholder order. */
interface Sql {
  text: string;
  params: unknown[];
}

/** Documents per write transaction, and rows per multi-row INSERT. */
const WRITE_CHUNK = 500;
const INSERT_ROWS = 2000;
/** A write that loses a deadlock against a concurrent one is tried again this many times. */
const DEADLOCK_ATTEMPTS = 3;

const DOC = `\`${DOCUMENT_TABLE}\``;
const ATTR = `\`${ATTRIBUTE_TABLE}\``;
const TERM = `\`${TERM_TABLE}\``;

const DOCUMENT_COLUMNS = [
  'id',
  'product_sn',
  'brand_id',
  'brand_name',
  'product_category_id',
  'product_category_name',
  'pic',
  'name',
  'sub_title',
  'keywords',
  'price',
  'price_missing',
  'sale',
  'new_status',
  'recommand_status',
  'stock',
  'promotion_type',
  'sort',
  'attr_value_list',
] as const;
const SELECT_DOCUMENT = DOCUMENT_COLUMNS.map((column) => `p.${column}`).join(', ');
const TERM_COLUMNS = [
  'term',
  'product_id',
  'fields',
  'brand_id',
  'product_category_id',
  'sale',
  'price',
  'price_missing',
] as const;

/** `IF(bits & field, weight, 0) + …` over the OR of a document's posting fields. */
function fieldScore(bits: string, weights: { name: number; subTitle: number; keywords: number }) {
  return (
    `IF(${bits} & ${FIELD_NAME}, ${weights.name}, 0) + ` +
    `IF(${bits} & ${FIELD_SUB_TITLE}, ${weights.subTitle}, 0) + ` +
    `IF(${bits} & ${FIELD_KEYWORDS}, ${weights.keywords}, 0)`
  );
}

function documentOf(row: Row): EsProduct {
  return toEsProduct({
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
    attrValueList: JSON.parse(String(row['attr_value_list'] ?? '[]')),
  });
}

function documentRow(product: EsProduct): unknown[] {
  return [
    product.id,
    product.productSn,
    product.brandId,
    product.brandName,
    product.productCategoryId,
    product.productCategoryName,
    product.pic,
    product.name,
    product.subTitle,
    product.keywords,
    product.price,
    product.price === null ? 1 : 0,
    product.sale,
    product.newStatus,
    product.recommandStatus,
    product.stock,
    product.promotionType,
    product.sort,
    JSON.stringify(product.attrValueList),
  ];
}

/** The postings of a document: one per distinct token key, with the fields it occurs in. */
function termRows(product: EsProduct): unknown[][] {
  const fieldsByKey = new Map<bigint, number>();
  const add = (text: string | null, field: number) => {
    for (const key of termKeys(text, 'index')) {
      fieldsByKey.set(key, (fieldsByKey.get(key) ?? 0) | field);
    }
  };
  add(product.name, FIELD_NAME);
  add(product.subTitle, FIELD_SUB_TITLE);
  add(product.keywords, FIELD_KEYWORDS);
  const priceMissing = product.price === null ? 1 : 0;
  return [...fieldsByKey].map(([key, fields]) => [
    key,
    product.id,
    fields,
    product.brandId,
    product.productCategoryId,
    product.sale,
    product.price,
    priceMissing,
  ]);
}

function isDeadlock(error: unknown): boolean {
  const { errno, code } = (error ?? {}) as { errno?: number; code?: string };
  return errno === 1213 || code === 'ER_LOCK_DEADLOCK';
}

const EMPTY_PAGE: Readonly<SearchHitsPage> = Object.freeze({ total: 0, products: [] });

/**
 * The embedded index: search documents in MySQL tables of the service's database, queried with
 * the filters, weights, sorts and aggregations of the Elasticsearch queries. Keywords are matched
 * through an inverted index of analyzer.ts tokens (docs/search.md lists how it differs from IK).
 */
export class EmbeddedSearchRepository implements SearchRepository {
  readonly engine = 'embedded' as const;
  readonly description = `embedded index (MySQL tables ${DOCUMENT_TABLE}, ${TERM_TABLE}, ${ATTRIBUTE_TABLE})`;

  constructor(private readonly dataSource: DataSource) {}

  async ensureIndex(): Promise<boolean> {
    const tables = [DOCUMENT_TABLE, TERM_TABLE, ATTRIBUTE_TABLE];
    const existing: Row[] = await this.dataSource.query(
      `SELECT TABLE_NAME AS name, TABLE_COMMENT AS comment FROM information_schema.TABLES
        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN (?)`,
      [tables],
    );
    const current = existing.filter((table) => table['comment'] === INDEX_LAYOUT);
    if (current.length === tables.length) return false;
    if (existing.length > 0) {
      // Another layout: the tables only hold derived data, so rebuild them.
      await this.dataSource.query(`DROP TABLE IF EXISTS ${DOC}, ${TERM}, ${ATTR}`);
    }
    await this.dataSource.query(CREATE_DOCUMENT_TABLE);
    await this.dataSource.query(CREATE_TERM_TABLE);
    await this.dataSource.query(CREATE_ATTRIBUTE_TABLE);
    return true;
  }

  async count(): Promise<number> {
    const [row]: Row[] = await this.dataSource.query(`SELECT COUNT(*) AS total FROM ${DOC}`);
    return Number(row['total']);
  }

  async upsert(products: readonly EsProduct[]): Promise<void> {
    // Ascending ids: concurrent writers lock rows in the same order.
    const sorted = [...products].sort((a, b) => a.id - b.id);
    for (let start = 0; start < sorted.length; start += WRITE_CHUNK) {
      const chunk = sorted.slice(start, start + WRITE_CHUNK);
      await this.withDeadlockRetry((em) => this.writeChunk(em, chunk));
    }
  }

  async remove(ids: readonly number[]): Promise<void> {
    const sorted = [...new Set(ids)].sort((a, b) => a - b);
    for (let start = 0; start < sorted.length; start += WRITE_CHUNK) {
      const chunk = sorted.slice(start, start + WRITE_CHUNK);
      await this.withDeadlockRetry(async (em) => {
        await em.query(`DELETE FROM ${TERM} WHERE product_id IN (?)`, [chunk]);
        await em.query(`DELETE FROM ${ATTR} WHERE product_id IN (?)`, [chunk]);
        await em.query(`DELETE FROM ${DOC} WHERE id IN (?)`, [chunk]);
      });
    }
  }

  async refresh(): Promise<void> {
    // Committed rows are visible at once.
  }

  async listIds(): Promise<number[]> {
    const rows: Row[] = await this.dataSource.query(`SELECT id FROM ${DOC} ORDER BY id`);
    return rows.map((row) => Number(row['id']));
  }

  async simpleSearch(request: SimpleSearch): Promise<SearchHitsPage> {
    if (!request.keyword)
      return this.documentPage({ text: 'TRUE', params: [] }, 'p.id ASC', request);
    const keys = termKeys(request.keyword, 'search');
    if (keys.length === 0) return { ...EMPTY_PAGE };
    // Per field, how many of the keyword's tokens it holds; one field must hold them all.
    const inName = `SUM(t.fields & ${FIELD_NAME} <> 0)`;
    const inSubTitle = `SUM(t.fields & ${FIELD_SUB_TITLE} <> 0)`;
    const inKeywords = `SUM(t.fields & ${FIELD_KEYWORDS} <> 0)`;
    const all = keys.length;
    return this.keywordPage(
      {
        where: { text: 't.term IN (?)', params: [keys] },
        having: `${inName} = ${all} OR ${inSubTitle} = ${all} OR ${inKeywords} = ${all}`,
        // Relevance stand-in: a match in the name ranks above subTitle, above keywords.
        score: `(${inName} = ${all}) * 3 + (${inSubTitle} = ${all}) * 2 + (${inKeywords} = ${all})`,
        orderBy: 'score DESC, MAX(t.product_id) ASC',
      },
      request,
    );
  }

  async search(request: ProductSearch): Promise<SearchHitsPage> {
    const { keyword, brandId, productCategoryId, sort } = request;
    if (!keyword) {
      const filters: Sql[] = [];
      if (brandId !== undefined) filters.push({ text: 'p.brand_id = ?', params: [brandId] });
      if (productCategoryId !== undefined) {
        filters.push({ text: 'p.product_category_id = ?', params: [productCategoryId] });
      }
      const where: Sql = {
        text: filters.length > 0 ? filters.map((f) => f.text).join(' AND ') : 'TRUE',
        params: filters.flatMap((f) => f.params),
      };
      return this.documentPage(where, this.documentOrder(sort), request);
    }
    const keys = termKeys(keyword, 'search');
    if (keys.length === 0) return { ...EMPTY_PAGE };
    const conditions: Sql[] = [{ text: 't.term IN (?)', params: [keys] }];
    if (brandId !== undefined) conditions.push({ text: 't.brand_id = ?', params: [brandId] });
    if (productCategoryId !== undefined) {
      conditions.push({ text: 't.product_category_id = ?', params: [productCategoryId] });
    }
    return this.keywordPage(
      {
        where: {
          text: conditions.map((c) => c.text).join(' AND '),
          params: conditions.flatMap((c) => c.params),
        },
        score: fieldScore('BIT_OR(t.fields)', SEARCH_WEIGHTS),
        orderBy: this.postingOrder(sort),
      },
      request,
    );
  }

  async recommend(request: RecommendSearch): Promise<SearchHitsPage> {
    const { product } = request;
    const keys = termKeys(product.name, 'search');
    // What each function matches: postings of the name's tokens, documents of the brand or category.
    const sources: Sql[] = [];
    if (keys.length > 0) {
      sources.push({
        text: `SELECT t.product_id AS id, t.fields AS f, t.brand_id AS b, t.product_category_id AS c
                 FROM ${TERM} t WHERE t.term IN (?)`,
        params: [keys],
      });
    }
    if (product.brandId !== null) {
      sources.push({
        text: `SELECT d.id, 0, d.brand_id, d.product_category_id FROM ${DOC} d WHERE d.brand_id = ?`,
        params: [product.brandId],
      });
    }
    if (product.productCategoryId !== null) {
      sources.push({
        text: `SELECT d.id, 0, d.brand_id, d.product_category_id FROM ${DOC} d
                WHERE d.product_category_id = ?`,
        params: [product.productCategoryId],
      });
    }
    if (sources.length === 0) return { ...EMPTY_PAGE };
    const score =
      `${fieldScore('BIT_OR(u.f)', RECOMMEND_WEIGHTS)} + ` +
      `IF(MAX(u.b) = ?, ${RECOMMEND_WEIGHTS.brandId}, 0) + ` +
      `IF(MAX(u.c) = ?, ${RECOMMEND_WEIGHTS.productCategoryId}, 0)`;
    const union = sources.map((s) => s.text).join(' UNION ALL ');
    const unionParams = sources.flatMap((s) => s.params);
    const rows: Row[] = await this.dataSource.query(
      `SELECT u.id, ${score} AS score, COUNT(*) OVER () AS total
         FROM (${union}) u WHERE u.id <> ? GROUP BY u.id
        ORDER BY score DESC, MAX(u.id) ASC LIMIT ? OFFSET ?`,
      [
        product.brandId,
        product.productCategoryId,
        ...unionParams,
        product.id,
        request.size,
        request.from,
      ],
    );
    const total =
      rows.length > 0
        ? Number(rows[0]['total'])
        : await this.countOf(`SELECT u.id FROM (${union}) u WHERE u.id <> ? GROUP BY u.id`, [
            ...unionParams,
            product.id,
          ]);
    return { total, products: await this.documents(rows.map((row) => Number(row['id']))) };
  }

  async relatedInfo(keyword: string | undefined): Promise<EsProductRelatedInfo> {
    let matched: Sql | null = null;
    if (keyword) {
      const keys = termKeys(keyword, 'search');
      if (keys.length === 0) return { brandNames: [], productCategoryNames: [], productAttrs: [] };
      matched = {
        text: `(SELECT DISTINCT t.product_id FROM ${TERM} t WHERE t.term IN (?)) m`,
        params: [keys],
      };
    }
    // Documents (p) and their attribute rows (a), restricted to the matches when there is a keyword.
    const documents = matched ? `${matched.text} JOIN ${DOC} p ON p.id = m.product_id` : `${DOC} p`;
    const attributes = matched
      ? `${matched.text} JOIN ${ATTR} a ON a.product_id = m.product_id`
      : `${ATTR} a`;
    const params = matched ? matched.params : [];
    const topKeys = (column: string): Promise<Row[]> =>
      this.dataSource.query(
        `SELECT p.${column} AS k, COUNT(*) AS c FROM ${documents}
          WHERE p.${column} IS NOT NULL
          GROUP BY p.${column} ORDER BY c DESC, k ASC LIMIT ${RELATED_TERMS_SIZE}`,
        params,
      );
    const [brands, categories, attributeIds] = await Promise.all([
      topKeys('brand_name'),
      topKeys('product_category_name'),
      this.dataSource.query(
        `SELECT a.product_attribute_id AS k, COUNT(*) AS c FROM ${attributes}
          WHERE a.type = 1 AND a.product_attribute_id IS NOT NULL
          GROUP BY a.product_attribute_id ORDER BY c DESC, k ASC LIMIT ${RELATED_TERMS_SIZE}`,
        params,
      ) as Promise<Row[]>,
    ]);
    const attrIds = attributeIds.map((row) => Number(row['k']));
    let productAttrs: EsProductRelatedAttr[] = [];
    if (attrIds.length > 0) {
      const bucketsOf = (column: string): Promise<Row[]> =>
        this.dataSource.query(
          `SELECT a.product_attribute_id AS attrId, a.${column} AS k, COUNT(*) AS c FROM ${attributes}
            WHERE a.type = 1 AND a.product_attribute_id IN (?) AND a.${column} IS NOT NULL
            GROUP BY a.product_attribute_id, a.${column} ORDER BY attrId, c DESC, k ASC`,
          [...params, attrIds],
        );
      const [values, names] = await Promise.all([bucketsOf('value'), bucketsOf('name')]);
      const valuesByAttr = topKeysByAttr(values);
      const namesByAttr = topKeysByAttr(names);
      productAttrs = attrIds.map((attrId) => ({
        attrId,
        attrName: namesByAttr.get(attrId)?.[0] ?? null,
        attrValues: valuesByAttr.get(attrId) ?? [],
      }));
    }
    return {
      brandNames: brands.map((row) => String(row['k'])),
      productCategoryNames: categories.map((row) => String(row['k'])),
      productAttrs,
    };
  }

  async ping(): Promise<void> {
    await this.dataSource.query(`SELECT 1 FROM ${DOC} LIMIT 1`);
  }

  async close(): Promise<void> {
    // The DataSource belongs to the service and is closed with it.
  }

  /** ORDER BY of a search without keyword, served by the document table's indexes. */
  private documentOrder(sort: number): string {
    switch (sort) {
      case SORT_NEWEST:
        return 'p.id DESC';
      case SORT_SALES:
        return 'p.sale DESC, p.id DESC';
      case SORT_PRICE_ASC:
        // ES puts documents without a price last, in both directions.
        return 'p.price_missing ASC, p.price ASC, p.id ASC';
      case SORT_PRICE_DESC:
        return 'p.price DESC, p.id DESC';
      default:
        return 'p.id ASC';
    }
  }

  /**
   * ORDER BY of a keyword search over grouped postings, as productSearchSort in es-queries.ts.
   * The id is ordered through MAX(): MariaDB 10.11 ignores `ORDER BY <grouped column> DESC` in a
   * query with a window function.
   */
  private postingOrder(sort: number): string {
    switch (sort) {
      case SORT_NEWEST:
        return 'MAX(t.product_id) DESC';
      case SORT_SALES:
        return 'MAX(t.sale) DESC, score DESC, MAX(t.product_id) DESC';
      case SORT_PRICE_ASC:
        return 'MAX(t.price_missing) ASC, MAX(t.price) ASC, score DESC, MAX(t.product_id) ASC';
      case SORT_PRICE_DESC:
        return 'MAX(t.price) DESC, score DESC, MAX(t.product_id) DESC';
      default:
        return 'score DESC, MAX(t.product_id) ASC';
    }
  }

  /** A page of documents without keyword, and the total, queried concurrently. */
  private async documentPage(
    where: Sql,
    orderBy: string,
    window: PageWindow,
  ): Promise<SearchHitsPage> {
    const [rows, total] = await Promise.all([
      this.dataSource.query(
        `SELECT ${SELECT_DOCUMENT} FROM ${DOC} p WHERE ${where.text}
          ORDER BY ${orderBy} LIMIT ? OFFSET ?`,
        [...where.params, window.size, window.from],
      ) as Promise<Row[]>,
      this.countOf(`SELECT 1 FROM ${DOC} p WHERE ${where.text}`, where.params),
    ]);
    return { total, products: rows.map(documentOf) };
  }

  /**
   * A page of a keyword search: postings grouped by document, scored and ordered; the total comes
   * with the page (a window count), and only the page's documents are read.
   */
  private async keywordPage(
    query: { where: Sql; score: string; orderBy: string; having?: string },
    window: PageWindow,
  ): Promise<SearchHitsPage> {
    const having = query.having ? `HAVING ${query.having}` : '';
    const rows: Row[] = await this.dataSource.query(
      `SELECT t.product_id AS id, ${query.score} AS score, COUNT(*) OVER () AS total
         FROM ${TERM} t WHERE ${query.where.text}
        GROUP BY t.product_id ${having}
        ORDER BY ${query.orderBy} LIMIT ? OFFSET ?`,
      [...query.where.params, window.size, window.from],
    );
    const total =
      rows.length > 0
        ? Number(rows[0]['total'])
        : await this.countOf(
            `SELECT t.product_id FROM ${TERM} t WHERE ${query.where.text}
              GROUP BY t.product_id ${having}`,
            query.where.params,
          );
    return { total, products: await this.documents(rows.map((row) => Number(row['id']))) };
  }

  private async countOf(rowsSql: string, params: unknown[]): Promise<number> {
    const [row]: Row[] = await this.dataSource.query(
      `SELECT COUNT(*) AS total FROM (${rowsSql}) counted`,
      params,
    );
    return Number(row['total']);
  }

  /** The documents of `ids`, in that order. */
  private async documents(ids: number[]): Promise<EsProduct[]> {
    if (ids.length === 0) return [];
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${SELECT_DOCUMENT} FROM ${DOC} p WHERE p.id IN (?)`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [Number(row['id']), documentOf(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  private async writeChunk(em: EntityManager, chunk: readonly EsProduct[]): Promise<void> {
    const ids = chunk.map((product) => product.id);
    const placeholders = `(${DOCUMENT_COLUMNS.map(() => '?').join(', ')})`;
    await em.query(
      `INSERT INTO ${DOC} (${DOCUMENT_COLUMNS.join(', ')})
       VALUES ${chunk.map(() => placeholders).join(', ')}
       ON DUPLICATE KEY UPDATE ${DOCUMENT_COLUMNS.filter((c) => c !== 'id')
         .map((c) => `${c} = VALUES(${c})`)
         .join(', ')}`,
      chunk.flatMap(documentRow),
    );
    await em.query(`DELETE FROM ${TERM} WHERE product_id IN (?)`, [ids]);
    await em.query(`DELETE FROM ${ATTR} WHERE product_id IN (?)`, [ids]);
    await this.insertRows(em, TERM, TERM_COLUMNS, chunk.flatMap(termRows));
    await this.insertRows(
      em,
      ATTR,
      ['product_id', 'id', 'product_attribute_id', 'value', 'type', 'name'],
      chunk.flatMap((product) =>
        product.attrValueList.map((attr) => [
          product.id,
          attr.id,
          attr.productAttributeId,
          attr.value,
          attr.type,
          attr.name,
        ]),
      ),
    );
  }

  private async insertRows(
    em: EntityManager,
    table: string,
    columns: readonly string[],
    rows: unknown[][],
  ): Promise<void> {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    for (let start = 0; start < rows.length; start += INSERT_ROWS) {
      const slice = rows.slice(start, start + INSERT_ROWS);
      await em.query(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${slice.map(() => tuple).join(', ')}`,
        slice.flat(),
      );
    }
  }

  private async withDeadlockRetry(work: (em: EntityManager) => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.dataSource.transaction(work);
        return;
      } catch (error) {
        if (!isDeadlock(error) || attempt >= DEADLOCK_ATTEMPTS) throw error;
      }
    }
  }
}

/** Bucket keys per attribute, at most RELATED_TERMS_SIZE each, in the rows' order. */
function topKeysByAttr(rows: Row[]): Map<number, string[]> {
  const grouped = new Map<number, string[]>();
  for (const row of rows) {
    const attrId = Number(row['attrId']);
    const keys = grouped.get(attrId) ?? [];
    if (keys.length < RELATED_TERMS_SIZE) keys.push(String(row['k']));
    grouped.set(attrId, keys);
  }
  return grouped;
}
