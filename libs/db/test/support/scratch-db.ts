import type { DataSource } from 'typeorm';
import {
  createDataSource,
  dropDatabase,
  ensureDatabase,
  type DataSourceOverrides,
  type MysqlSettings,
} from '../../src';

/** Settings of the local test server (the env vars the CLI reads), for a scratch database. */
export function scratchSettings(tag: string): MysqlSettings {
  return {
    host: process.env['MYSQL_HOST'] || '127.0.0.1',
    port: Number(process.env['MYSQL_PORT'] || 3306),
    user: process.env['MYSQL_USER'] || 'root',
    password: process.env['MYSQL_PASSWORD'] ?? '',
    // Unique per suite and process: other projects' suites run against the same server.
    database: `mall_t_db_${tag}_${process.pid}`,
    poolSize: 4,
    type: 'mariadb',
    connectTimeoutMs: 5000,
  };
}

/** A freshly created (empty) scratch database and an initialized DataSource on it. */
export async function openScratch(
  tag: string,
  overrides?: DataSourceOverrides,
): Promise<{ settings: MysqlSettings; ds: DataSource }> {
  const settings = scratchSettings(tag);
  await dropDatabase(settings);
  await ensureDatabase(settings);
  const ds = createDataSource(settings, overrides);
  await ds.initialize();
  return { settings, ds };
}

/** Closes the DataSource (if any) and drops the scratch database. */
export async function closeScratch(
  scratch: { settings: MysqlSettings; ds?: DataSource } | undefined,
): Promise<void> {
  if (!scratch) return;
  if (scratch.ds?.isInitialized) await scratch.ds.destroy();
  await dropDatabase(scratch.settings);
}

/** Base tables of the DataSource's database, sorted, without TypeORM's migrations table. */
export async function listTables(ds: DataSource): Promise<string[]> {
  const rows: { TABLE_NAME: string }[] = await ds.query(
    `SELECT TABLE_NAME FROM information_schema.TABLES
     WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> 'migrations'
     ORDER BY TABLE_NAME`,
  );
  return rows.map((row) => row.TABLE_NAME);
}
