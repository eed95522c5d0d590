#!/usr/bin/env node
// Bulk catalog for load tests and benchmarks: inserts N products (default 100000), each with a few SKUs,
// into a migrated + seeded database, with multi-row INSERTs in batches (one transaction per batch).
//
// Generated rows are marked: product_sn `GEN-0000001`…, sku_code `GEN-0000001-1`…. Re-running tops the
// catalog up to N generated products (nothing is duplicated); --reset removes the generated rows first.
// Brands and categories are the seeded ones (their names are copied into the products, as the admin does).
// Values come from a seeded PRNG, so two runs with the same options produce the same catalog.
//
// usage: node tools/data/generate-products.mjs [--count 100000] [--skus 3] [--batch 1000] [--reset]
//        [--database <name>] [--seed 42]
// environment: MYSQL_HOST (127.0.0.1) MYSQL_PORT (3306) MYSQL_USER (root) MYSQL_PASSWORD ('')
//              MYSQL_DATABASE (mall; --database wins)
import { parseArgs } from 'node:util';
import { createConnection } from 'mysql2/promise';

export const GENERATED_SN_PREFIX = 'GEN-';

const USAGE = `usage: node tools/data/generate-products.mjs [--count N] [--skus N] [--batch N] [--reset]
                                          [--database NAME] [--seed N]`;

/** mulberry32: small, fast, good enough for test data. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  '旗舰',
  '轻薄',
  '青春版',
  '经典',
  '智能',
  '运动',
  '商务',
  '限量',
  '新款',
  '高端',
  'Pro',
  'Max',
  'Lite',
  'Plus',
  'Air',
  'Ultra',
];
const COLOURS = ['黑色', '白色', '蓝色', '灰色', '红色', '绿色'];
const SIZES = ['S', 'M', 'L', 'XL', '128G', '256G', '512G', '1T'];

function sn(seq) {
  return `${GENERATED_SN_PREFIX}${String(seq).padStart(7, '0')}`;
}

/** One product row (column order of PRODUCT_COLUMNS) and its SKU rows. */
function makeProduct(seed, seq, id, brands, categories, skusPerProduct) {
  // Seeded per product: a product's values depend on (seed, seq) only, so a top-up run continues
  // the same catalog.
  const random = prng(Math.imul(seed, 1_000_003) + seq);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const brand = pick(brands);
  const category = pick(categories);
  const price = Math.round((50 + random() * 9950) * 100) / 100;
  const name = `${brand.name} ${pick(WORDS)} ${pick(WORDS)} ${category.name} ${seq}`.slice(0, 64);
  const deleted = random() < 0.05 ? 1 : 0;
  const published = random() < 0.9 ? 1 : 0;
  const verified = random() < 0.8 ? 1 : 0;
  const skus = [];
  for (let n = 1; n <= skusPerProduct; n++) {
    const skuPrice = Math.round(price * (1 + (n - 1) * 0.1) * 100) / 100;
    const spData = JSON.stringify([
      { key: '颜色', value: pick(COLOURS) },
      { key: '规格', value: pick(SIZES) },
    ]);
    skus.push([id, `${sn(seq)}-${n}`, skuPrice, 50 + Math.floor(random() * 950), 10, 0, 0, spData]);
  }
  const stock = skus.reduce((sum, sku) => sum + sku[3], 0);
  const detail = `<p>${name}：${'精选材质，做工考究，售后无忧。'.repeat(12)}</p>`;
  return {
    product: [
      id,
      brand.id,
      category.id,
      category.attributeCategoryId,
      name,
      `https://picsum.photos/seed/gen-${seq}/400/400`,
      sn(seq),
      deleted,
      published,
      random() < 0.3 ? 1 : 0,
      random() < 0.2 ? 1 : 0,
      verified,
      Math.floor(random() * 101),
      Math.floor(random() * 5000),
      price,
      Math.round(price * 1.2 * 100) / 100,
      `${pick(WORDS)} ${pick(WORDS)}`,
      `${name} 的商品描述`,
      stock,
      10,
      '件',
      Math.round(random() * 5000) / 10,
      '1,2',
      `${brand.name},${category.name}`,
      0,
      brand.name,
      category.name,
      detail,
      detail,
    ],
    skus,
  };
}

const PRODUCT_COLUMNS = [
  'id',
  'brand_id',
  'product_category_id',
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
  'original_price',
  'sub_title',
  'description',
  'stock',
  'low_stock',
  'unit',
  'weight',
  'service_ids',
  'keywords',
  'promotion_type',
  'brand_name',
  'product_category_name',
  'detail_html',
  'detail_mobile_html',
];
const SKU_COLUMNS = [
  'product_id',
  'sku_code',
  'price',
  'stock',
  'low_stock',
  'sale',
  'lock_stock',
  'sp_data',
];

function insertStatement(table, columns, rows) {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  return {
    sql: `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`,
    params: rows.flat(),
  };
}

export async function generateProducts(connection, options) {
  const { count, skus: skusPerProduct, batch, reset, seed } = options;
  if (reset) {
    await connection.query(
      `DELETE s FROM pms_sku_stock s JOIN pms_product p ON p.id = s.product_id WHERE p.product_sn LIKE ?`,
      [`${GENERATED_SN_PREFIX}%`],
    );
    await connection.query('DELETE FROM pms_product WHERE product_sn LIKE ?', [
      `${GENERATED_SN_PREFIX}%`,
    ]);
  }
  const [brands] = await connection.query('SELECT id, name FROM pms_brand ORDER BY id');
  const [categories] = await connection.query(
    `SELECT c.id, c.name, COALESCE(MIN(p.product_attribute_category_id), 1) AS attributeCategoryId
       FROM pms_product_category c LEFT JOIN pms_product p ON p.product_category_id = c.id
      WHERE c.level = 1 GROUP BY c.id, c.name ORDER BY c.id`,
  );
  if (brands.length === 0 || categories.length === 0) {
    throw new Error('no brands or leaf categories: migrate and seed the database first');
  }
  const [[{ existing }]] = await connection.query(
    'SELECT COUNT(*) AS existing FROM pms_product WHERE product_sn LIKE ?',
    [`${GENERATED_SN_PREFIX}%`],
  );
  const [[{ maxId }]] = await connection.query(
    'SELECT COALESCE(MAX(id), 0) AS maxId FROM pms_product',
  );
  let nextId = Number(maxId) + 1;

  let inserted = 0;
  for (let seq = Number(existing) + 1; seq <= count; seq += batch) {
    const last = Math.min(count, seq + batch - 1);
    const products = [];
    const skus = [];
    for (let s = seq; s <= last; s++) {
      const made = makeProduct(seed, s, nextId++, brands, categories, skusPerProduct);
      products.push(made.product);
      skus.push(...made.skus);
    }
    await connection.beginTransaction();
    try {
      const p = insertStatement('pms_product', PRODUCT_COLUMNS, products);
      await connection.query(p.sql, p.params);
      if (skus.length > 0) {
        const s = insertStatement('pms_sku_stock', SKU_COLUMNS, skus);
        await connection.query(s.sql, s.params);
      }
      await connection.commit();
    } catch (error) {
      await connection.rollback();
      throw error;
    }
    inserted += products.length;
  }
  if (inserted > 0) await connection.query('ANALYZE TABLE pms_product, pms_sku_stock');
  return { existing: Number(existing), inserted, total: Number(existing) + inserted };
}

async function main() {
  let args;
  try {
    ({ values: args } = parseArgs({
      options: {
        count: { type: 'string', default: '100000' },
        skus: { type: 'string', default: '3' },
        batch: { type: 'string', default: '1000' },
        seed: { type: 'string', default: '42' },
        database: { type: 'string' },
        reset: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const options = {
    count: Number(args.count),
    skus: Number(args.skus),
    batch: Number(args.batch),
    seed: Number(args.seed),
    reset: args.reset,
  };
  for (const [key, value] of Object.entries(options)) {
    if (
      typeof value === 'number' &&
      (!Number.isInteger(value) || value < (key === 'skus' ? 0 : 1))
    ) {
      console.error(`--${key} must be a positive integer\n${USAGE}`);
      return 2;
    }
  }
  const database = args.database ?? process.env.MYSQL_DATABASE ?? 'mall';
  const connection = await createConnection({
    host: process.env.MYSQL_HOST || '127.0.0.1',
    port: Number(process.env.MYSQL_PORT ?? 3306),
    user: process.env.MYSQL_USER || 'root',
    password: process.env.MYSQL_PASSWORD ?? '',
    database,
    charset: 'utf8mb4',
  });
  try {
    const started = performance.now();
    const result = await generateProducts(connection, options);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `${database}: ${result.inserted} products inserted (${result.existing} already there), ` +
        `${result.total} generated products in total, ${options.skus} SKUs each, ${seconds} s`,
    );
    return 0;
  } finally {
    await connection.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main().catch((error) => {
    console.error(`generate-products failed: ${error.message}`);
    return 1;
  });
}
