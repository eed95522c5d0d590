export {
  findSeedDir,
  listSeedFiles,
  runSeed,
  SeedError,
  type SeedFileReport,
  type SeedOptions,
  type SeedReport,
} from './run-seed';
export {
  LOAD_TEST_MEMBERS,
  SEEDED_ACCOUNTS,
  SEEDED_ROLES,
  type LoadTestMembers,
  type SeededAccount,
  type SeededAccountKind,
  type SeededRole,
} from './seeded-accounts';
export { splitSqlStatements, tableWrittenBy } from './sql-statements';
