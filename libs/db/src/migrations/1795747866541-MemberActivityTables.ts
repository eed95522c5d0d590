import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci';

const MEMBER_COLUMNS = [
  '`id` bigint(20) NOT NULL AUTO_INCREMENT',
  '`member_id` bigint(20) NOT NULL',
  '`member_nickname` varchar(64) DEFAULT NULL',
  '`member_icon` varchar(500) DEFAULT NULL',
];

const PRODUCT_COLUMNS = [
  '`product_id` bigint(20) NOT NULL',
  '`product_name` varchar(200) DEFAULT NULL',
  '`product_pic` varchar(255) DEFAULT NULL',
  '`product_sub_title` varchar(255) DEFAULT NULL',
  '`product_price` varchar(64) DEFAULT NULL',
  '`create_time` datetime NOT NULL',
];

/** Tables and their DDL, in creation order. */
export const MEMBER_ACTIVITY_TABLES: ReadonlyArray<{ name: string; definitions: string[] }> = [
  {
    name: 'ums_member_read_history',
    definitions: [
      ...MEMBER_COLUMNS,
      ...PRODUCT_COLUMNS,
      'PRIMARY KEY (`id`)',
      'KEY `idx_member_id_create_time` (`member_id`, `create_time`)',
      'KEY `idx_member_id_product_id` (`member_id`, `product_id`)',
    ],
  },
  {
    name: 'ums_member_product_collection',
    definitions: [
      ...MEMBER_COLUMNS,
      ...PRODUCT_COLUMNS,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_member_id_product_id` (`member_id`, `product_id`)',
      'KEY `idx_member_id_create_time` (`member_id`, `create_time`)',
    ],
  },
  {
    name: 'ums_member_brand_attention',
    definitions: [
      ...MEMBER_COLUMNS,
      '`brand_id` bigint(20) NOT NULL',
      '`brand_name` varchar(64) DEFAULT NULL',
      '`brand_logo` varchar(255) DEFAULT NULL',
      '`brand_city` varchar(64) DEFAULT NULL',
      '`create_time` datetime NOT NULL',
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_member_id_brand_id` (`member_id`, `brand_id`)',
      'KEY `idx_member_id_create_time` (`member_id`, `create_time`)',
    ],
  },
];

/**
 * Tables for member read history, product collections and brand attention, which the original kept
 * in MongoDB only. mall-member stores them here when no MongoDB is configured (ADR 0007). They are
 * additions to the 76 tables of the original schema; `IF NOT EXISTS` lets a database created from
 * sql/schema.sql be adopted.
 */
export class MemberActivityTables1795747866541 implements MigrationInterface {
  readonly name = 'MemberActivityTables1795747866541';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of MEMBER_ACTIVITY_TABLES) {
      await queryRunner.query(
        `CREATE TABLE IF NOT EXISTS \`${table.name}\` (\n  ${table.definitions.join(',\n  ')}\n) ${TABLE_OPTIONS}`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...MEMBER_ACTIVITY_TABLES].reverse()) {
      await queryRunner.query(`DROP TABLE IF EXISTS \`${table.name}\``);
    }
  }
}
