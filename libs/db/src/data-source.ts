import { DataSource, type DataSourceOptions } from 'typeorm';
import { ALL_ENTITIES } from './entities';
import { ALL_MIGRATIONS } from './migrations';

/** Connection settings of the `mall` database, as provided by the config layer. */
export interface MysqlSettings {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  /** Upper bound of pooled connections (mysql2 `connectionLimit`). */
  poolSize: number;
  /** `mariadb` locally, `mysql` against MySQL 8 (Kubernetes); defaults to `mariadb`. */
  type?: 'mariadb' | 'mysql';
  connectTimeoutMs?: number;
}

/** TypeORM's options for the MySQL/MariaDB driver. */
export type MysqlDataSourceOptions = Extract<DataSourceOptions, { type: 'mysql' | 'mariadb' }>;

/** Options a caller may add or replace (logging, entity subset, extra pool settings, …). */
export type DataSourceOverrides = Partial<
  Omit<MysqlDataSourceOptions, 'type' | 'host' | 'port' | 'username' | 'password' | 'database'>
>;

/** The table TypeORM records applied migrations in. */
export const MIGRATIONS_TABLE = 'migrations';

/**
 * Builds the TypeORM options for the `mall` database.
 *
 * - Pooled mysql2 connections: `poolSize` → `connectionLimit`; callers wait for a free
 *   connection instead of failing; TCP keep-alive stops idle connections being cut by NAT or
 *   load balancers between pods and the database.
 * - `timezone: 'local'`: DATETIME columns hold wall-clock times in the process time zone, as the
 *   original stored Asia/Shanghai local time. Deployments set `TZ` (e.g. `TZ=Asia/Shanghai`).
 * - `synchronize` and `migrationsRun` are off: the schema only changes through migrations,
 *   applied by `npm run db:migrate` (or `runMigrations`).
 * - BIGINT and DECIMAL arrive as strings (TypeORM's defaults for `supportBigNumbers` and
 *   `bigNumberStrings`); the entity transformers turn them into numbers.
 */
export function createDataSourceOptions(
  mysql: MysqlSettings,
  overrides: DataSourceOverrides = {},
): MysqlDataSourceOptions {
  const { extra: extraOverrides, ...rest } = overrides;
  return {
    type: mysql.type ?? 'mariadb',
    host: mysql.host,
    port: mysql.port,
    username: mysql.user,
    password: mysql.password,
    database: mysql.database,
    poolSize: mysql.poolSize,
    connectTimeout: mysql.connectTimeoutMs ?? 10_000,
    timezone: 'local',
    charset: 'utf8mb4_general_ci',
    entities: ALL_ENTITIES,
    migrations: ALL_MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    ...rest,
    extra: {
      connectionLimit: mysql.poolSize,
      waitForConnections: true,
      queueLimit: 0,
      enableKeepAlive: true,
      keepAliveInitialDelay: 10_000,
      ...(extraOverrides as Record<string, unknown> | undefined),
    },
  };
}

/** A DataSource for the `mall` database (not yet initialized: call `initialize()`). */
export function createDataSource(
  mysql: MysqlSettings,
  overrides?: DataSourceOverrides,
): DataSource {
  return new DataSource(createDataSourceOptions(mysql, overrides));
}
