import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getMetadataArgsStorage } from 'typeorm';
import {
  ALL_ENTITIES,
  ALL_MIGRATIONS,
  dumpSchemaSql,
  HOT_PATH_INDEXES,
  ORIGINAL_TABLE_COUNT,
  runMigrations,
} from '../src';
import { closeScratch, listTables, openScratch } from './support/scratch-db';

type Scratch = Awaited<ReturnType<typeof openScratch>>;

const SCHEMA_FILE = path.resolve(__dirname, '../../../sql/schema.sql');
const MIGRATION_NAMES = ALL_MIGRATIONS.map((migration) => migration.name);

const entityTables = getMetadataArgsStorage()
  .tables.filter((table) => ALL_ENTITIES.includes(table.target as never))
  .map((table) => String(table.name))
  .sort();

async function pendingSchemaChanges(scratch: Scratch): Promise<string[]> {
  const log = await scratch.ds.driver.createSchemaBuilder().log();
  return log.upQueries.map((query) => query.query);
}

describe('migrations on an empty database', () => {
  let scratch: Scratch;

  beforeAll(async () => {
    scratch = await openScratch('migrations');
  });

  afterAll(async () => {
    await closeScratch(scratch);
  });

  it('create the table of every entity', async () => {
    expect(await runMigrations(scratch.ds)).toEqual(MIGRATION_NAMES);
    const tables = await listTables(scratch.ds);
    expect(tables).toHaveLength(entityTables.length);
    expect(tables).toEqual(entityTables);
  });

  it('do nothing when run again', async () => {
    expect(await runMigrations(scratch.ds)).toEqual([]);
    expect(await listTables(scratch.ds)).toHaveLength(entityTables.length);
    const recorded: { name: string }[] = await scratch.ds.query(
      'SELECT name FROM migrations ORDER BY id',
    );
    expect(recorded.map((row) => row.name)).toEqual(MIGRATION_NAMES);
  });

  it('leave no difference between the entities and the database', async () => {
    expect(await pendingSchemaChanges(scratch)).toEqual([]);
  });

  it('create every hot-path index with its columns in order', async () => {
    const rows: { TABLE_NAME: string; INDEX_NAME: string; columns: string }[] =
      await scratch.ds.query(
        `SELECT TABLE_NAME, INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) AS columns
       FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()
       GROUP BY TABLE_NAME, INDEX_NAME`,
      );
    const actual = new Map(rows.map((row) => [`${row.TABLE_NAME}.${row.INDEX_NAME}`, row.columns]));
    for (const index of HOT_PATH_INDEXES) {
      expect([`${index.table}.${index.name}`, actual.get(`${index.table}.${index.name}`)]).toEqual([
        `${index.table}.${index.name}`,
        index.columns.join(','),
      ]);
    }
  });

  it('use InnoDB and utf8mb4 for every table', async () => {
    const rows: { ENGINE: string; TABLE_COLLATION: string }[] = await scratch.ds.query(
      `SELECT DISTINCT ENGINE, TABLE_COLLATION FROM information_schema.TABLES
       WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> 'migrations'`,
    );
    expect(rows).toEqual([{ ENGINE: 'InnoDB', TABLE_COLLATION: 'utf8mb4_general_ci' }]);
  });

  it('match the committed sql/schema.sql (regenerate it with `npm run db:schema`)', async () => {
    const dumped = await dumpSchemaSql(scratch.ds);
    expect(dumped.match(/^CREATE TABLE /gm)).toHaveLength(entityTables.length);
    expect(dumped).not.toMatch(/AUTO_INCREMENT=\d/);
    expect(dumped).toContain('npm run db:schema');
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(dumped);
  });

  it('can be reverted and re-applied', async () => {
    // Undo everything after the initial schema: the original 76 tables remain.
    for (let i = MIGRATION_NAMES.length; i > 1; i--) {
      await scratch.ds.undoLastMigration({ transaction: 'each' });
    }
    expect(await listTables(scratch.ds)).toHaveLength(ORIGINAL_TABLE_COUNT);
    await scratch.ds.undoLastMigration({ transaction: 'each' });
    expect(await listTables(scratch.ds)).toEqual([]);
    expect(await runMigrations(scratch.ds)).toEqual(MIGRATION_NAMES);
    expect(await pendingSchemaChanges(scratch)).toEqual([]);
  });
});

describe('migrations on a database created from sql/schema.sql', () => {
  let scratch: Scratch;

  beforeAll(async () => {
    scratch = await openScratch('schemasql', { multipleStatements: true });
    await scratch.ds.query(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  afterAll(async () => {
    await closeScratch(scratch);
  });

  it('adopt it: every migration is recorded and nothing differs', async () => {
    expect(await listTables(scratch.ds)).toHaveLength(entityTables.length);
    expect(await runMigrations(scratch.ds)).toEqual(MIGRATION_NAMES);
    expect(await pendingSchemaChanges(scratch)).toEqual([]);
  });
});
