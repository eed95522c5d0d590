#!/usr/bin/env node
// Full re-import of the product search index, outside the running service (the same as
// `POST /esProduct/importAll`): creates the index with its mapping when absent, writes every listed
// product in batches and removes the documents of products no longer listed.
//
// It reads mall-search's configuration exactly as the service does: config/mall-search.yaml, then
// MYSQL_*, ELASTICSEARCH_URL / _USERNAME / _PASSWORD, MALL__app__… (docs/search.md). Without
// ELASTICSEARCH_URL it fills the embedded index in MySQL.
//
// usage: node tools/search/import.mjs
// Runs the TypeScript sources directly: @swc-node/register compiles them on require.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

if (process.argv.length > 2) {
  console.error(
    'usage: node tools/search/import.mjs   (settings come from config/ and the environment)',
  );
  process.exit(2);
}

process.env.SWC_NODE_PROJECT ??= path.join(ROOT, 'tsconfig.base.json');
process.env.MALL_CONFIG_DIR ??= path.join(ROOT, 'config');
const require = createRequire(import.meta.url);
require('@swc-node/register');
const { runImportCommand } = require(
  path.join(ROOT, 'apps/mall-search/src/catalog/import-command.ts'),
);

try {
  const started = performance.now();
  const result = await runImportCommand({ log: (line) => console.log(line) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${result.description}: ${result.imported} products imported, ${result.removed} removed, ${seconds} s`,
  );
  process.exitCode = 0;
} catch (error) {
  console.error(`search import failed: ${error?.message ?? String(error)}`);
  if (process.env.DEBUG) console.error(error);
  process.exitCode = 1;
}
