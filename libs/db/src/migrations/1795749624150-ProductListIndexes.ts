import type { MigrationInterface, QueryRunner } from 'typeorm';

interface IndexSpec {
  table: string;
  name: string;
  columns: readonly string[];
}

/**
 * Indexes of the admin product list (`GET /product/list`), which pages not-deleted products by
 * `sort DESC, id DESC` under optional filters. Each leads with the equality filters and continues
 * with `sort, id`, so a page is read in index order and stops after `LIMIT` rows instead of sorting
 * every match; the trailing status columns (and `name` in the unfiltered one) let MariaDB/MySQL
 * evaluate the other filters and count matches inside the index, without reading rows.
 * Measurements and plans: docs/performance.md ("Admin product list").
 */
export const PRODUCT_LIST_INDEXES: readonly IndexSpec[] = [
  {
    table: 'pms_product',
    name: 'idx_list_delete_status_sort',
    columns: ['delete_status', 'sort', 'id', 'publish_status', 'verify_status', 'name'],
  },
  {
    table: 'pms_product',
    name: 'idx_list_brand_id_sort',
    columns: ['brand_id', 'delete_status', 'sort', 'id', 'publish_status', 'verify_status'],
  },
  {
    table: 'pms_product',
    name: 'idx_list_product_category_id_sort',
    columns: [
      'product_category_id',
      'delete_status',
      'sort',
      'id',
      'publish_status',
      'verify_status',
    ],
  },
];

async function indexExists(queryRunner: QueryRunner, table: string, name: string) {
  const rows: unknown[] = await queryRunner.query(
    'SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND INDEX_NAME = ? LIMIT 1',
    [table, name],
  );
  return rows.length > 0;
}

export class ProductListIndexes1795749624150 implements MigrationInterface {
  readonly name = 'ProductListIndexes1795749624150';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of PRODUCT_LIST_INDEXES) {
      // Skipped when present, so a database created from sql/schema.sql is adopted unchanged.
      if (await indexExists(queryRunner, index.table, index.name)) continue;
      const columns = index.columns.map((column) => `\`${column}\``).join(', ');
      await queryRunner.query(`CREATE INDEX \`${index.name}\` ON \`${index.table}\` (${columns})`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [...PRODUCT_LIST_INDEXES].reverse()) {
      if (!(await indexExists(queryRunner, index.table, index.name))) continue;
      await queryRunner.query(`DROP INDEX \`${index.name}\` ON \`${index.table}\``);
    }
  }
}
