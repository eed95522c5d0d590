export * from './entities';
export { HOT_PATH_INDEXES, ALL_MIGRATIONS } from './migrations';
export {
  ORIGINAL_TABLE_COUNT,
  SCHEMA_CHANGES,
  describeIndex,
  type SchemaIndex,
} from './schema-changes';
export {
  createDataSource,
  createDataSourceOptions,
  MIGRATIONS_TABLE,
  type DataSourceOverrides,
  type MysqlDataSourceOptions,
  type MysqlSettings,
} from './data-source';
export {
  DatabaseModule,
  type DatabaseModuleAsyncOptions,
  type DatabaseModuleOptions,
} from './database.module';
export { dbHealthCheck, poolStats, type PoolStats } from './pool';
export {
  DATABASE_CHARSET,
  DATABASE_COLLATION,
  describeDatabaseError,
  dropDatabase,
  dumpSchemaSql,
  ensureDatabase,
  runMigrations,
} from './migrate';
export { bigintTransformer, decimalTransformer } from './transformers';
export { fromCents, toCents } from './money';
export * from './seed';
