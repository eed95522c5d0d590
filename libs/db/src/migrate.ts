import { createConnection, type Connection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { MIGRATIONS_TABLE, type MysqlSettings } from './data-source';

/** Server-side character set and collation of databases created here (see ADR 0002). */
export const DATABASE_CHARSET = 'utf8mb4';
export const DATABASE_COLLATION = 'utf8mb4_general_ci';

/** Applies pending migrations (one transaction each) and returns the names applied; [] when up to date. */
export async function runMigrations(ds: DataSource): Promise<string[]> {
  const applied = await ds.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}

function quoteIdentifier(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

/** Opens a single connection to the server without selecting a database. */
async function connectToServer(settings: MysqlSettings): Promise<Connection> {
  return createConnection({
    host: settings.host,
    port: settings.port,
    user: settings.user,
    password: settings.password,
    connectTimeout: settings.connectTimeoutMs ?? 10_000,
  });
}

/** Creates `settings.database` (utf8mb4) when it does not exist yet. */
export async function ensureDatabase(settings: MysqlSettings): Promise<void> {
  const connection = await connectToServer(settings);
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS ${quoteIdentifier(settings.database)} ` +
        `CHARACTER SET ${DATABASE_CHARSET} COLLATE ${DATABASE_COLLATION}`,
    );
  } finally {
    await connection.end();
  }
}

/** Drops `settings.database` if it exists (scratch databases of tests and of `db:schema`). */
export async function dropDatabase(settings: MysqlSettings): Promise<void> {
  const connection = await connectToServer(settings);
  try {
    await connection.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(settings.database)}`);
  } finally {
    await connection.end();
  }
}

export const SCHEMA_SQL_HEADER = [
  '-- Schema of the `mall` database.',
  '-- Generated from the migrations in libs/db/src/migrations by `npm run db:schema`; do not edit.',
  '-- One SHOW CREATE TABLE per table, sorted by name, AUTO_INCREMENT counters removed.',
  '-- Apply migrations with `npm run db:migrate`; it also accepts a database created from this file.',
].join('\n');

/**
 * Dumps the schema of the DataSource's database: `SHOW CREATE TABLE` of every base table except
 * TypeORM's migrations table, sorted by name, without AUTO_INCREMENT counters, so that the output
 * only changes when the schema does.
 */
export async function dumpSchemaSql(ds: DataSource): Promise<string> {
  const tables: { TABLE_NAME: string }[] = await ds.query(
    `SELECT TABLE_NAME FROM information_schema.TABLES
     WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> ?
     ORDER BY TABLE_NAME`,
    [MIGRATIONS_TABLE],
  );
  const statements: string[] = [];
  for (const { TABLE_NAME: table } of tables) {
    const rows: Record<string, string>[] = await ds.query(
      `SHOW CREATE TABLE ${quoteIdentifier(table)}`,
    );
    const createSql = rows[0]['Create Table'].replace(/ AUTO_INCREMENT=\d+/, '');
    statements.push(`${createSql};`);
  }
  return `${SCHEMA_SQL_HEADER}\n\nSET NAMES ${DATABASE_CHARSET};\n\n${statements.join('\n\n')}\n`;
}

/** Error fields set by mysql2 and node's net layer. */
interface DriverError {
  code?: string;
  errno?: number;
  message?: string;
}

/**
 * One line that says what went wrong with the database connection and what to do about it.
 * Used by the CLI and by start-up code.
 */
export function describeDatabaseError(error: unknown, settings: MysqlSettings): string {
  const where = `${settings.host}:${settings.port}`;
  const { code, message } = (error ?? {}) as DriverError;
  switch (code) {
    case 'ECONNREFUSED':
    case 'EHOSTUNREACH':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
    case 'ECONNRESET':
      return (
        `MariaDB not reachable at ${where} (${code}) — start it (e.g. \`sudo service mariadb start\`) ` +
        `or set MYSQL_HOST/MYSQL_PORT`
      );
    case 'ER_ACCESS_DENIED_ERROR':
    case 'ER_DBACCESS_DENIED_ERROR':
      return `MariaDB at ${where} refused user '${settings.user}' (${code}) — check MYSQL_USER/MYSQL_PASSWORD`;
    case 'ER_BAD_DB_ERROR':
      return `database '${settings.database}' does not exist at ${where} — run \`npm run db:migrate\``;
    case 'ER_NO_SUCH_TABLE':
      return `${message ?? code} — the schema is missing or old: run \`npm run db:migrate\``;
    default:
      return `database error at ${where}: ${code ? `${code} ` : ''}${message ?? String(error)}`;
  }
}
