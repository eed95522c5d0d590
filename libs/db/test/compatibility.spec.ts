import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import {
  ALL_ENTITIES,
  ALL_MIGRATIONS,
  createDataSource,
  ensureDatabase,
  describeIndex,
  ORIGINAL_TABLE_COUNT,
  SCHEMA_CHANGES,
  PmsProduct,
  PmsSkuStock,
  runMigrations,
  type MysqlSettings,
} from '../src';
import { closeScratch, listTables, scratchSettings } from './support/scratch-db';

/**
 * Compatibility with the original `mall` database: a database restored from the original dump
 * (A) and one built by the migrations (B) must have the same tables and columns, and the
 * entities must read A as it is. The dump is reference material outside the repository
 * (../shared/reference/7d-mall.sql, or MALL_REFERENCE_DUMP); without it this suite is skipped.
 */
const DUMP_FILE =
  process.env['MALL_REFERENCE_DUMP'] ??
  path.resolve(__dirname, '../../../../shared/reference/7d-mall.sql');
const hasDump = existsSync(DUMP_FILE);
const hasMysqlClient = spawnSync('mysql', ['--version']).status === 0;

if (!hasDump) {
  console.warn(`compatibility suite skipped: reference dump not found at ${DUMP_FILE}`);
} else if (!hasMysqlClient) {
  console.warn('compatibility suite skipped: the `mysql` command-line client is not installed');
}

const describeWithDump = hasDump && hasMysqlClient ? describe : describe.skip;

/** Loads the dump with the mysql client, as an operator restoring the original would. */
function loadDump(settings: MysqlSettings): void {
  const result = spawnSync(
    'mysql',
    [
      `--host=${settings.host}`,
      `--port=${settings.port}`,
      `--user=${settings.user}`,
      '--default-character-set=utf8mb4',
      settings.database,
    ],
    {
      input: readFileSync(DUMP_FILE),
      env: { ...process.env, MYSQL_PWD: settings.password },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`loading ${DUMP_FILE} failed: ${result.stderr}`);
}

interface ColumnShape {
  position: number;
  dataType: string;
  columnType: string;
  nullable: string;
  default: string | null;
  extra: string;
}

/** Column shapes per `table.column`; integer display widths (int(11) vs int) are ignored. */
async function columnShapes(ds: DataSource): Promise<Record<string, ColumnShape>> {
  const rows: Record<string, string | number | null>[] = await ds.query(
    `SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE,
            COLUMN_DEFAULT, EXTRA
     FROM information_schema.COLUMNS
     WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> 'migrations'`,
  );
  const shapes: Record<string, ColumnShape> = {};
  for (const row of rows) {
    shapes[`${row['TABLE_NAME']}.${row['COLUMN_NAME']}`] = {
      position: Number(row['ORDINAL_POSITION']),
      dataType: String(row['DATA_TYPE']),
      columnType: String(row['COLUMN_TYPE']).replace(
        /^((?:tiny|small|medium|big)?int)\(\d+\)/,
        '$1',
      ),
      nullable: String(row['IS_NULLABLE']),
      default: row['COLUMN_DEFAULT'] === null ? null : String(row['COLUMN_DEFAULT']),
      extra: String(row['EXTRA']),
    };
  }
  return shapes;
}

/** Indexes as `table.index(UNIQUE?) col1,col2`. */
async function indexes(ds: DataSource): Promise<string[]> {
  const rows: { entry: string }[] = await ds.query(
    `SELECT CONCAT(TABLE_NAME, '.', INDEX_NAME, IF(NON_UNIQUE = 0, ' UNIQUE ', ' '),
                   GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX)) AS entry
     FROM information_schema.STATISTICS
     WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> 'migrations'
     GROUP BY TABLE_NAME, INDEX_NAME, NON_UNIQUE`,
  );
  return rows.map((row) => row.entry).sort();
}

describeWithDump('compatibility with the original database dump', () => {
  let original: { settings: MysqlSettings; ds: DataSource };
  let migrated: { settings: MysqlSettings; ds: DataSource };

  beforeAll(async () => {
    const originalSettings = scratchSettings('dump');
    const migratedSettings = scratchSettings('migrated');
    await closeScratch({ settings: originalSettings });
    await closeScratch({ settings: migratedSettings });
    await ensureDatabase(originalSettings);
    await ensureDatabase(migratedSettings);
    loadDump(originalSettings);
    original = { settings: originalSettings, ds: createDataSource(originalSettings) };
    migrated = { settings: migratedSettings, ds: createDataSource(migratedSettings) };
    await original.ds.initialize();
    await migrated.ds.initialize();
    await runMigrations(migrated.ds);
  });

  afterAll(async () => {
    await closeScratch(original);
    await closeScratch(migrated);
  });

  const isAddedTable = (entry: string) =>
    SCHEMA_CHANGES.addedTables.some((table) => entry.startsWith(`${table}.`));

  it('has the 76 original tables, plus only the declared new ones', async () => {
    const tables = await listTables(original.ds);
    expect(tables).toHaveLength(ORIGINAL_TABLE_COUNT);
    expect(await listTables(migrated.ds)).toEqual(
      [...tables, ...SCHEMA_CHANGES.addedTables].sort(),
    );
  });

  it('has the same columns: names, order, types, nullability, defaults, auto-increment', async () => {
    const expected = await columnShapes(original.ds);
    expect(Object.keys(expected)).toHaveLength(669);
    const migratedShapes = await columnShapes(migrated.ds);
    const originalTablesOnly = Object.fromEntries(
      Object.entries(migratedShapes).filter(([column]) => !isAddedTable(column)),
    );
    expect(originalTablesOnly).toEqual(expected);
  });

  it('keeps the original indexes except the declared removals, and adds only declared ones', async () => {
    const originalIndexes = await indexes(original.ds);
    const migratedIndexes = (await indexes(migrated.ds)).filter((entry) => !isAddedTable(entry));
    const removed = SCHEMA_CHANGES.removedIndexes.map(describeIndex);
    expect(originalIndexes).toEqual(expect.arrayContaining(removed));
    expect(migratedIndexes).toEqual(
      expect.arrayContaining(originalIndexes.filter((entry) => !removed.includes(entry))),
    );
    const added = migratedIndexes.filter((entry) => !originalIndexes.includes(entry));
    expect(added).toEqual(SCHEMA_CHANGES.addedIndexes.map(describeIndex).sort());
  });

  it('reads every table of the original through its entity', async () => {
    for (const entity of ALL_ENTITIES) {
      const repo = original.ds.getRepository(entity);
      if (SCHEMA_CHANGES.addedTables.includes(repo.metadata.tableName)) continue;
      const [{ total }]: { total: string }[] = await original.ds.query(
        `SELECT COUNT(*) AS total FROM \`${repo.metadata.tableName}\``,
      );
      const rows = await repo.find({ take: 5 });
      expect([repo.metadata.tableName, rows.length]).toEqual([
        repo.metadata.tableName,
        Math.min(5, Number(total)),
      ]);
    }
  });

  it('maps the original rows to numbers where the JSON carried numbers', async () => {
    const product = await original.ds.getRepository(PmsProduct).findOneByOrFail({ id: 17 });
    expect(product).toMatchObject({ id: 17, price: 3788, deleteStatus: 0, publishStatus: 1 });
    const sku = await original.ds.getRepository(PmsSkuStock).findOneByOrFail({ id: 17 });
    expect(typeof sku.lockStock).toBe('number');
    expect(typeof sku.price).toBe('number');
  });

  it('is adopted by the migrations: tables and rows kept, declared changes applied', async () => {
    const before = await original.ds.getRepository(PmsProduct).count();
    expect(await runMigrations(original.ds)).toHaveLength(ALL_MIGRATIONS.length);
    expect(await original.ds.getRepository(PmsProduct).count()).toBe(before);
    const entries = await indexes(original.ds);
    for (const index of SCHEMA_CHANGES.addedIndexes)
      expect(entries).toContain(describeIndex(index));
    for (const index of SCHEMA_CHANGES.removedIndexes) {
      expect(entries).not.toContain(describeIndex(index));
    }
    expect(await listTables(original.ds)).toEqual(await listTables(migrated.ds));
  });
});
