import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { splitSqlStatements, tableWrittenBy } from './sql-statements';

export interface SeedOptions {
  /** Directory of the NN-topic.sql files; found from the working directory when omitted. */
  seedDir?: string;
  /** Receives one line per applied file. */
  log?: (line: string) => void;
}

export interface SeedFileReport {
  file: string;
  statements: number;
  /** Tables the file writes, in order of first appearance. */
  tables: string[];
}

export interface SeedReport {
  seedDir: string;
  files: SeedFileReport[];
  /** Row count, after seeding, of every table a seed file writes (sorted by table name). */
  rowCounts: Record<string, number>;
}

/** A seed statement failed; the file's transaction was rolled back. */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly statementNumber: number,
    readonly statement: string,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const excerpt = statement.replace(/\s+/g, ' ').slice(0, 120);
    super(`${file}, statement ${statementNumber} (${excerpt}…): ${reason}`, { cause });
    this.name = 'SeedError';
  }
}

const SEED_FILE = /\.sql$/i;

function isDirectory(candidate: string): boolean {
  return existsSync(candidate) && statSync(candidate).isDirectory();
}

/**
 * Finds the repository's `sql/seed` directory by walking up from each start directory (by default
 * the working directory, then this module's directory, which lies inside the repository when the
 * source tree is used, as the CLI and the tests do).
 */
export function findSeedDir(startDirs: readonly string[] = [process.cwd(), __dirname]): string {
  for (const start of startDirs) {
    let dir = path.resolve(start);
    for (;;) {
      const candidate = path.join(dir, 'sql', 'seed');
      if (isDirectory(candidate)) return candidate;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error(
    `no sql/seed directory above ${startDirs.join(' or ')}; pass seedDir to runSeed()`,
  );
}

/** The seed files of `seedDir`, in the order they are applied (file-name order). */
export async function listSeedFiles(seedDir: string): Promise<string[]> {
  const names = await readdir(seedDir);
  return names.filter((name) => SEED_FILE.test(name)).sort();
}

async function applySeedFile(ds: DataSource, file: string, sql: string): Promise<SeedFileReport> {
  const statements = splitSqlStatements(sql);
  const tables: string[] = [];
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    await runner.startTransaction();
    for (const [index, statement] of statements.entries()) {
      try {
        await runner.query(statement);
      } catch (error) {
        throw new SeedError(file, index + 1, statement, error);
      }
      const table = tableWrittenBy(statement);
      if (table && !tables.includes(table)) tables.push(table);
    }
    await runner.commitTransaction();
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
  return { file, statements: statements.length, tables };
}

async function countRows(ds: DataSource, table: string): Promise<number> {
  // Table names come from tableWrittenBy, which only captures \w+ identifiers.
  const rows: { n: string | number }[] = await ds.query(`SELECT COUNT(*) AS n FROM \`${table}\``);
  return Number(rows[0].n);
}

/**
 * Applies every seed file in name order, each in one transaction, and reports the row counts of the
 * tables they write. The files are idempotent, so running this again leaves the same counts.
 * The DataSource must be initialized and its database migrated.
 */
export async function runSeed(ds: DataSource, options: SeedOptions = {}): Promise<SeedReport> {
  if (!ds.isInitialized) throw new Error('runSeed needs an initialized DataSource');
  const seedDir = path.resolve(options.seedDir ?? findSeedDir());
  const fileNames = await listSeedFiles(seedDir);
  if (fileNames.length === 0) throw new Error(`no .sql files in ${seedDir}`);

  const files: SeedFileReport[] = [];
  for (const file of fileNames) {
    const sql = await readFile(path.join(seedDir, file), 'utf8');
    const report = await applySeedFile(ds, file, sql);
    files.push(report);
    options.log?.(
      `seeded ${file}: ${report.statements} statements, ${report.tables.length} tables`,
    );
  }

  const tables = [...new Set(files.flatMap((file) => file.tables))].sort();
  const rowCounts: Record<string, number> = {};
  for (const table of tables) rowCounts[table] = await countRows(ds, table);
  return { seedDir, files, rowCounts };
}
