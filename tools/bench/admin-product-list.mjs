#!/usr/bin/env node
// Admin product list benchmark (issue "Back office I"): GET /product/list on the built mall-admin, called
// directly with the gateway's `user` header, over a catalog of 100k generated products.
//
// 1. migrates + seeds the benchmark database and tops it up to --products generated products
//    (tools/data/generate-products.mjs; a no-op when they are there),
// 2. prints the EXPLAIN plans of the list's COUNT and page queries for every scenario, and their
//    uncached duration in MariaDB (median and max of --sql-runs runs),
// 3. starts dist/apps/mall-admin/main.js on that database and runs autocannon per scenario, printing
//    req/s and latency percentiles (the list total comes from the count cache after the first request).
// Target: p99 < 50 ms per page for the common first pages. Timing is measured here, never in tests.
//
// usage: node tools/bench/admin-product-list.mjs [--database mall_bench_products] [--products 100000]
//        [--duration 10] [--connections 10] [--warmup 3] [--sql-runs 15] [--port 38087] [--markdown]
// Build first (npx nx build mall-admin); MariaDB, Redis and RabbitMQ must be running.
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createConnection } from 'mysql2/promise';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = path.join(ROOT, 'dist/apps/mall-admin/main.js');

const { values: args } = parseArgs({
  options: {
    database: { type: 'string', default: 'mall_bench_products' },
    products: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    'sql-runs': { type: 'string', default: '15' },
    port: { type: 'string', default: '38087' },
    warmup: { type: 'string', default: '3' },
    markdown: { type: 'boolean', default: false },
  },
});

/** What the admin front-end asks for: the first pages, alone or filtered, a middle and a deep page. */
const SCENARIOS = [
  // Reference in the same run: what the machine gives an endpoint that does no database work.
  { name: 'baseline: liveness', path: '/actuator/health/liveness', query: {} },
  { name: 'first page', query: { pageNum: 1, pageSize: 5 } },
  { name: 'first page, 50 rows', query: { pageNum: 1, pageSize: 50 } },
  { name: 'pages 1-200 (random)', query: { pageSize: 5 }, randomPage: 200 },
  {
    name: 'published + verified',
    query: { pageNum: 1, pageSize: 5, publishStatus: 1, verifyStatus: 1 },
  },
  { name: 'off the shelf', query: { pageNum: 1, pageSize: 5, publishStatus: 0 } },
  { name: 'brand', query: { pageNum: 1, pageSize: 5, brandId: 3 } },
  {
    name: 'category + published',
    query: { pageNum: 1, pageSize: 5, productCategoryId: 11, publishStatus: 1 },
  },
  { name: 'product number', query: { pageNum: 1, pageSize: 5, productSn: 'GEN-0012345' } },
  { name: 'keyword', query: { pageNum: 1, pageSize: 5, keyword: 'Pro' } },
  { name: 'middle page (offset 47500)', query: { pageNum: 9501, pageSize: 5 } },
  { name: 'deep page (offset 90000)', query: { pageNum: 18001, pageSize: 5 } },
];
// ProductService.readFromEndAfterOffset: deeper pages are read from the nearer end of the index.
const READ_FROM_END_AFTER_OFFSET = 5000;

/** The claims the gateway forwards for the seeded super administrator, ASCII-escaped as it does. */
const USER_HEADER = JSON.stringify({
  id: 1,
  user_name: 'admin',
  client_id: 'admin-app',
  scope: ['all'],
  authorities: ['5_超级管理员'],
}).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

function run(command, argv, env) {
  const result = spawnSync(command, argv, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${argv.join(' ')} failed:\n${result.stderr || result.stdout}`);
  }
  return result.stdout.trim();
}

function loadTypeScript(relativePath) {
  process.env.SWC_NODE_PROJECT ??= path.join(ROOT, 'tsconfig.base.json');
  const require = createRequire(import.meta.url);
  require('@swc-node/register');
  return require(path.join(ROOT, relativePath));
}

function toFilter(query) {
  const { pageNum: _pageNum, pageSize: _pageSize, ...filter } = query;
  return filter;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function explainScenarios(connection, sqlRuns) {
  const { productListStatements } = loadTypeScript(
    'apps/mall-admin/src/pms/product/product-list.sql.ts',
  );
  const report = [];
  for (const scenario of SCENARIOS.filter((s) => !s.path)) {
    const pageSize = scenario.query.pageSize;
    const pageNum = scenario.query.pageNum ?? 1;
    const offset = (pageNum - 1) * pageSize;
    const { count } = productListStatements(toFilter(scenario.query), 0, 0);
    const [[{ total }]] = await connection.query(count.sql, count.params);
    const statements = productListStatements(
      toFilter(scenario.query),
      offset,
      pageSize,
      offset >= READ_FROM_END_AFTER_OFFSET ? Number(total) : undefined,
    );
    const entry = { scenario: scenario.name, queries: [] };
    for (const [kind, statement] of Object.entries(statements)) {
      const [plan] = await connection.query(`EXPLAIN ${statement.sql}`, statement.params);
      const durations = [];
      for (let i = 0; i < sqlRuns; i++) {
        const started = performance.now();
        await connection.query(statement.sql, statement.params);
        durations.push(performance.now() - started);
      }
      entry.queries.push({
        kind,
        // The page's column list is long and always the same: shown abbreviated.
        sql: connection
          .format(statement.sql, statement.params)
          .replace(/^SELECT p\.id, .*? FROM/, 'SELECT p.<list columns> FROM'),
        plan: plan.map((row) => ({
          type: row.type,
          key: row.key,
          rows: row.rows,
          extra: row.Extra,
        })),
        medianMs: median(durations),
        maxMs: Math.max(...durations),
      });
    }
    report.push(entry);
  }
  return report;
}

async function startService(port, database) {
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      MYSQL_DATABASE: database,
      LOG_LEVEL: 'warn',
      MALL_CONFIG_DIR: path.join(ROOT, 'config'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`mall-admin exited with ${child.exitCode}`);
    if (performance.now() - started > 60_000) throw new Error('mall-admin not ready in 60 s');
    try {
      const res = await fetch(`http://127.0.0.1:${port}/actuator/health`);
      if (res.status === 200) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function listPath(query) {
  return `/product/list?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`;
}

/** CPU time (user + system) the process has used, in ms, from /proc (clock ticks of 10 ms). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function loadScenario(port, pid, scenario, duration, connections, warmupSeconds) {
  const firstPath = scenario.path ?? listPath({ pageNum: 1, ...scenario.query });
  const first = await fetch(`http://127.0.0.1:${port}${firstPath}`, {
    headers: { user: USER_HEADER },
  });
  const body = await first.json();
  if (!scenario.path && body.code !== 200) {
    throw new Error(`${scenario.name}: envelope code ${body.code} (${body.message})`);
  }
  const options = {
    url: `http://127.0.0.1:${port}`,
    connections,
    duration,
    headers: { user: USER_HEADER },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          if (scenario.path) return { ...request, path: scenario.path };
          const pageNum = scenario.randomPage
            ? 1 + Math.floor(Math.random() * scenario.randomPage)
            : scenario.query.pageNum;
          return { ...request, path: listPath({ ...scenario.query, pageNum }) };
        },
      },
    ],
  };
  // JIT-compile the path first: the first seconds after start-up measure V8, not the service.
  if (warmupSeconds > 0) await autocannon({ ...options, duration: warmupSeconds });
  const cpuBefore = cpuMs(pid);
  const result = await autocannon(options);
  const cpuPerRequest = (cpuMs(pid) - cpuBefore) / Math.max(1, result.requests.total);
  return {
    cpuMsPerRequest: cpuPerRequest.toFixed(2),
    scenario: scenario.name,
    total: scenario.path ? '' : body.data.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

function printExplain(report, markdown) {
  for (const entry of report) {
    console.log(markdown ? `\n**${entry.scenario}**\n` : `\n== ${entry.scenario}`);
    for (const q of entry.queries) {
      if (markdown) {
        console.log(
          `- ${q.kind} (median ${q.medianMs.toFixed(1)} ms, max ${q.maxMs.toFixed(1)} ms): \`${q.sql}\``,
        );
        for (const p of q.plan) {
          console.log(`  - ${p.type} on \`${p.key}\`, rows ≈ ${p.rows}, ${p.extra ?? ''}`);
        }
      } else {
        console.log(
          `  ${q.kind.padEnd(8)} ${q.medianMs.toFixed(1).padStart(6)} ms median, ${q.maxMs.toFixed(1).padStart(6)} ms max  ${q.sql}`,
        );
        for (const p of q.plan)
          console.log(`           ${p.type} ${p.key} rows≈${p.rows} ${p.extra ?? ''}`);
      }
    }
  }
}

function printLoad(rows, markdown) {
  if (markdown) {
    console.log(
      '\n| scenario | total | req/s | p50 ms | p90 ms | p99 ms | max ms | CPU ms/req | errors |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      console.log(
        `| ${r.scenario} | ${r.total} | ${r.requestsPerSecond} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.max} | ${r.cpuMsPerRequest} | ${r.errors} |`,
      );
    }
    return;
  }
  console.log(
    '\nscenario                        total   req/s  p50 ms  p90 ms  p99 ms  max ms  CPU/req  errors',
  );
  for (const r of rows) {
    console.log(
      `${r.scenario.padEnd(28)} ${String(r.total).padStart(9)} ${String(r.requestsPerSecond).padStart(7)} ` +
        `${String(r.p50).padStart(7)} ${String(r.p90).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.max).padStart(7)} ${String(r.cpuMsPerRequest).padStart(8)} ${String(r.errors).padStart(7)}`,
    );
  }
}

async function main() {
  if (!existsSync(MAIN))
    throw new Error(`${MAIN} is missing: run \`npx nx build mall-admin\` first`);
  const database = args.database;
  const env = { MYSQL_DATABASE: database };
  console.log(run(process.execPath, ['tools/db/cli.mjs', 'migrate'], env));
  run(process.execPath, ['tools/db/cli.mjs', 'seed'], env);
  console.log(
    run(process.execPath, [
      'tools/data/generate-products.mjs',
      '--count',
      args.products,
      '--database',
      database,
    ]),
  );

  const connection = await createConnection({
    host: process.env.MYSQL_HOST || '127.0.0.1',
    port: Number(process.env.MYSQL_PORT ?? 3306),
    user: process.env.MYSQL_USER || 'root',
    password: process.env.MYSQL_PASSWORD ?? '',
    database,
  });
  let report;
  try {
    const [[{ version }]] = await connection.query('SELECT VERSION() AS version');
    const [[{ products }]] = await connection.query('SELECT COUNT(*) AS products FROM pms_product');
    console.log(`\n${version}, ${products} rows in pms_product, node ${process.version}`);
    report = await explainScenarios(connection, Number(args['sql-runs']));
  } finally {
    await connection.end();
  }
  printExplain(report, args.markdown);

  const port = Number(args.port);
  const service = await startService(port, database);
  const rows = [];
  try {
    // JIT-compile the whole list path once, over every scenario, before measuring anything.
    await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: Number(args.connections),
      duration: 3 * Number(args.warmup),
      headers: { user: USER_HEADER },
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => {
            const scenario = SCENARIOS[1 + Math.floor(Math.random() * (SCENARIOS.length - 2))];
            return { ...request, path: listPath({ pageNum: 1, ...scenario.query }) };
          },
        },
      ],
    });
    for (const scenario of SCENARIOS) {
      rows.push(
        await loadScenario(
          port,
          service.pid,
          scenario,
          Number(args.duration),
          Number(args.connections),
          Number(args.warmup),
        ),
      );
    }
  } finally {
    service.kill('SIGTERM');
    await new Promise((resolve) => service.once('exit', resolve));
  }
  console.log(
    `\nautocannon: ${args.connections} connections, ${args.warmup} s warm-up + ${args.duration} s ` +
      `per scenario; load average ${loadavg()[0].toFixed(1)} at the end (2 cores)`,
  );
  printLoad(rows, args.markdown);
  const pages = rows.filter((r) => !r.scenario.startsWith('baseline'));
  const common = pages.filter(
    (r) => !/^(deep|middle)/.test(r.scenario) && r.scenario !== 'keyword',
  );
  const worst = (list) => Math.max(...list.map((r) => r.p99));
  console.log(
    `\nworst p99 of the common first pages: ${worst(common)} ms, of every scenario: ` +
      `${worst(pages)} ms (target < 50 ms)`,
  );
}

main().catch((error) => {
  console.error(`admin-product-list bench failed: ${error.message}`);
  process.exitCode = 1;
});
