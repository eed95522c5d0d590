import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'ums_member_receive_address';

async function indexExists(queryRunner: QueryRunner, name: string): Promise<boolean> {
  const rows: unknown[] = await queryRunner.query(
    'SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND INDEX_NAME = ? LIMIT 1',
    [TABLE, name],
  );
  return rows.length > 0;
}

/**
 * Lets a member keep several receive addresses: the original's UNIQUE KEY `member_id` (one address
 * per member, which made a second "add" fail) becomes the plain index `idx_member_id` that the
 * per-member address queries use (ADR 0007). Each step is skipped when already done, so a database
 * created from sql/schema.sql is adopted unchanged.
 */
export class ReceiveAddressMemberIndex1795747866540 implements MigrationInterface {
  readonly name = 'ReceiveAddressMemberIndex1795747866540';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!(await indexExists(queryRunner, 'idx_member_id'))) {
      await queryRunner.query(`CREATE INDEX \`idx_member_id\` ON \`${TABLE}\` (\`member_id\`)`);
    }
    if (await indexExists(queryRunner, 'member_id')) {
      await queryRunner.query(`DROP INDEX \`member_id\` ON \`${TABLE}\``);
    }
  }

  /** Fails (duplicate entry) while a member has more than one address: remove those first. */
  async down(queryRunner: QueryRunner): Promise<void> {
    if (!(await indexExists(queryRunner, 'member_id'))) {
      await queryRunner.query(`CREATE UNIQUE INDEX \`member_id\` ON \`${TABLE}\` (\`member_id\`)`);
    }
    if (await indexExists(queryRunner, 'idx_member_id')) {
      await queryRunner.query(`DROP INDEX \`idx_member_id\` ON \`${TABLE}\``);
    }
  }
}
