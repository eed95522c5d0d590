import type { MigrationInterface, QueryRunner } from 'typeorm';

interface IndexSpec {
  table: string;
  name: string;
  columns: readonly string[];
}

/**
 * Secondary indexes for the queries the services run on every request. The original schema only
 * indexed a handful of columns, so member carts, order lists and RBAC lookups were full scans.
 * Names follow `idx_<column>[_<column>…]`; every index is also declared with `@Index` on its entity
 * so that the schema diff stays empty. None is UNIQUE: a database restored from the original dump
 * must still migrate.
 */
export const HOT_PATH_INDEXES: readonly IndexSpec[] = [
  // Product lists (portal home/search, admin list): delete_status = 0 AND publish_status = 1,
  // filters by brand / category / exact product_sn, and cascades of brand and category renames.
  {
    table: 'pms_product',
    name: 'idx_delete_status_publish_status',
    columns: ['delete_status', 'publish_status'],
  },
  { table: 'pms_product', name: 'idx_brand_id', columns: ['brand_id'] },
  { table: 'pms_product', name: 'idx_product_category_id', columns: ['product_category_id'] },
  { table: 'pms_product', name: 'idx_product_sn', columns: ['product_sn'] },
  // Product detail and product edit: children loaded and replaced by product_id.
  {
    table: 'pms_product_attribute',
    name: 'idx_product_attribute_category_id_type',
    columns: ['product_attribute_category_id', 'type'],
  },
  { table: 'pms_product_attribute_value', name: 'idx_product_id', columns: ['product_id'] },
  { table: 'pms_member_price', name: 'idx_product_id', columns: ['product_id'] },
  { table: 'pms_comment', name: 'idx_product_id', columns: ['product_id'] },
  { table: 'pms_product_category', name: 'idx_parent_id', columns: ['parent_id'] },
  {
    table: 'pms_product_category_attribute_relation',
    name: 'idx_product_category_id',
    columns: ['product_category_id'],
  },
  {
    table: 'cms_prefrence_area_product_relation',
    name: 'idx_prefrence_area_id',
    columns: ['prefrence_area_id'],
  },
  { table: 'cms_prefrence_area_product_relation', name: 'idx_product_id', columns: ['product_id'] },
  { table: 'cms_subject_product_relation', name: 'idx_subject_id', columns: ['subject_id'] },
  { table: 'cms_subject_product_relation', name: 'idx_product_id', columns: ['product_id'] },
  // Cart: every cart call reads member_id = ? AND delete_status = 0.
  {
    table: 'oms_cart_item',
    name: 'idx_member_id_delete_status',
    columns: ['member_id', 'delete_status'],
  },
  // Orders: member order list (member, status, not deleted), the timeout scan for unpaid orders
  // (status = 0 AND create_time < ?), lookups by order number, and the order detail history.
  {
    table: 'oms_order',
    name: 'idx_member_id_status_delete_status',
    columns: ['member_id', 'status', 'delete_status'],
  },
  { table: 'oms_order', name: 'idx_status_create_time', columns: ['status', 'create_time'] },
  { table: 'oms_order', name: 'idx_order_sn', columns: ['order_sn'] },
  { table: 'oms_order_operate_history', name: 'idx_order_id', columns: ['order_id'] },
  // Coupons: a member's coupons by use status; coupon scopes matched against cart products.
  {
    table: 'sms_coupon_history',
    name: 'idx_member_id_use_status',
    columns: ['member_id', 'use_status'],
  },
  { table: 'sms_coupon_product_relation', name: 'idx_coupon_id', columns: ['coupon_id'] },
  { table: 'sms_coupon_product_relation', name: 'idx_product_id', columns: ['product_id'] },
  { table: 'sms_coupon_product_category_relation', name: 'idx_coupon_id', columns: ['coupon_id'] },
  {
    table: 'sms_coupon_product_category_relation',
    name: 'idx_product_category_id',
    columns: ['product_category_id'],
  },
  // Flash sale home block: products of the current promotion and session.
  {
    table: 'sms_flash_promotion_product_relation',
    name: 'idx_flash_promotion_id_flash_promotion_session_id',
    columns: ['flash_promotion_id', 'flash_promotion_session_id'],
  },
  // Admin login and RBAC: admin by username, admin → roles → menus/resources.
  { table: 'ums_admin', name: 'idx_username', columns: ['username'] },
  { table: 'ums_admin_login_log', name: 'idx_admin_id', columns: ['admin_id'] },
  { table: 'ums_admin_permission_relation', name: 'idx_admin_id', columns: ['admin_id'] },
  { table: 'ums_admin_role_relation', name: 'idx_admin_id', columns: ['admin_id'] },
  { table: 'ums_admin_role_relation', name: 'idx_role_id', columns: ['role_id'] },
  { table: 'ums_role_menu_relation', name: 'idx_role_id', columns: ['role_id'] },
  { table: 'ums_role_menu_relation', name: 'idx_menu_id', columns: ['menu_id'] },
  { table: 'ums_role_permission_relation', name: 'idx_role_id', columns: ['role_id'] },
  { table: 'ums_role_resource_relation', name: 'idx_role_id', columns: ['role_id'] },
  { table: 'ums_role_resource_relation', name: 'idx_resource_id', columns: ['resource_id'] },
  { table: 'ums_menu', name: 'idx_parent_id', columns: ['parent_id'] },
  { table: 'ums_resource', name: 'idx_category_id', columns: ['category_id'] },
  // Members: registration checks the phone; per-member history tables are read by member_id.
  { table: 'ums_member', name: 'idx_phone', columns: ['phone'] },
  { table: 'ums_member_login_log', name: 'idx_member_id', columns: ['member_id'] },
  { table: 'ums_member_member_tag_relation', name: 'idx_member_id', columns: ['member_id'] },
  { table: 'ums_member_product_category_relation', name: 'idx_member_id', columns: ['member_id'] },
  { table: 'ums_growth_change_history', name: 'idx_member_id', columns: ['member_id'] },
  { table: 'ums_integration_change_history', name: 'idx_member_id', columns: ['member_id'] },
];

async function indexExists(
  queryRunner: QueryRunner,
  table: string,
  name: string,
): Promise<boolean> {
  const rows: unknown[] = await queryRunner.query(
    'SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND INDEX_NAME = ? LIMIT 1',
    [table, name],
  );
  return rows.length > 0;
}

export class HotPathIndexes1764201700000 implements MigrationInterface {
  readonly name = 'HotPathIndexes1764201700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of HOT_PATH_INDEXES) {
      // Skipped when present, so a database created from sql/schema.sql can be migrated too.
      if (await indexExists(queryRunner, index.table, index.name)) continue;
      const columns = index.columns.map((column) => `\`${column}\``).join(', ');
      await queryRunner.query(`CREATE INDEX \`${index.name}\` ON \`${index.table}\` (${columns})`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [...HOT_PATH_INDEXES].reverse()) {
      if (!(await indexExists(queryRunner, index.table, index.name))) continue;
      await queryRunner.query(`DROP INDEX \`${index.name}\` ON \`${index.table}\``);
    }
  }
}
