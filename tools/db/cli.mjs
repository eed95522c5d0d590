#!/usr/bin/env node
// Database tasks behind `npm run db:migrate | db:seed | db:schema`.
// Runs the TypeScript sources of libs/db directly (no build step): @swc-node/register compiles
// them on require, reading tsconfig.base.json for the `@mall/*` paths and decorator metadata.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCHEMA_FILE = path.join(ROOT, 'sql/schema.sql');
const SCHEMA_DUMP_DATABASE = 'mall_schema_dump';

const USAGE = `usage: node tools/db/cli.mjs <migrate|seed|schema>
  migrate  create the database if missing and apply pending migrations (idempotent)
  seed     load the seed data into a migrated database
  schema   migrate a scratch database '${SCHEMA_DUMP_DATABASE}' and write sql/schema.sql from it
environment: MYSQL_HOST (127.0.0.1) MYSQL_PORT (3306) MYSQL_USER (root) MYSQL_PASSWORD ('')
             MYSQL_DATABASE (mall) MYSQL_TYPE (mariadb|mysql, default mariadb)`;

function settingsFromEnv(env) {
  const port = Number(env.MYSQL_PORT ?? 3306);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`MYSQL_PORT must be a TCP port number, got '${env.MYSQL_PORT}'`);
  }
  const type = env.MYSQL_TYPE ?? 'mariadb';
  if (type !== 'mariadb' && type !== 'mysql') {
    throw new Error(`MYSQL_TYPE must be 'mariadb' or 'mysql', got '${type}'`);
  }
  return {
    host: env.MYSQL_HOST || '127.0.0.1',
    port,
    user: env.MYSQL_USER || 'root',
    password: env.MYSQL_PASSWORD ?? '',
    database: env.MYSQL_DATABASE || 'mall',
    poolSize: 2,
    type,
    connectTimeoutMs: 5000,
  };
}

function loadTypeScript(relativePath) {
  process.env.SWC_NODE_PROJECT ??= path.join(ROOT, 'tsconfig.base.json');
  const require = createRequire(import.meta.url);
  require('@swc-node/register');
  return require(path.join(ROOT, relativePath));
}

async function withDataSource(db, settings, work) {
  const ds = db.createDataSource(settings);
  await ds.initialize();
  try {
    return await work(ds);
  } finally {
    await ds.destroy();
  }
}

async function migrate(db, settings) {
  await db.ensureDatabase(settings);
  const applied = await withDataSource(db, settings, (ds) => db.runMigrations(ds));
  console.log(
    applied.length === 0
      ? `database '${settings.database}' is up to date`
      : `database '${settings.database}': applied ${applied.join(', ')}`,
  );
}

async function seed(db, settings) {
  const { runSeed } = loadTypeScript('libs/db/src/seed/index.ts');
  await withDataSource(db, settings, async (ds) => {
    if (await ds.showMigrations()) {
      throw new Error(
        `database '${settings.database}' has pending migrations — run \`npm run db:migrate\` first`,
      );
    }
    const report = await runSeed(ds);
    console.log(`database '${settings.database}' seeded`);
    if (report !== undefined) console.log(JSON.stringify(report, null, 2));
  });
}

async function schema(db, settings) {
  const scratch = { ...settings, database: SCHEMA_DUMP_DATABASE };
  await db.dropDatabase(scratch);
  await db.ensureDatabase(scratch);
  try {
    const sql = await withDataSource(db, scratch, async (ds) => {
      await db.runMigrations(ds);
      return db.dumpSchemaSql(ds);
    });
    writeFileSync(SCHEMA_FILE, sql);
    console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE) || SCHEMA_FILE}`);
  } finally {
    await db.dropDatabase(scratch);
  }
}

const COMMANDS = { migrate, seed, schema };

async function main() {
  const command = process.argv[2];
  if (!Object.hasOwn(COMMANDS, command)) {
    console.error(USAGE);
    return 2;
  }
  let settings;
  try {
    settings = settingsFromEnv(process.env);
  } catch (error) {
    console.error(`db:${command} failed: ${error.message}`);
    return 2;
  }
  const db = loadTypeScript('libs/db/src/index.ts');
  try {
    await COMMANDS[command](db, settings);
    return 0;
  } catch (error) {
    // Driver and network errors carry a `code`; anything else is reported by its message.
    const line =
      error && typeof error === 'object' && 'code' in error
        ? db.describeDatabaseError(error, settings)
        : (error?.message ?? String(error));
    console.error(`db:${command} failed: ${line}`);
    if (process.env.DEBUG) console.error(error);
    return 1;
  }
}

process.exitCode = await main();
