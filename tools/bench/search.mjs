#!/usr/bin/env node
// mall-search on the embedded index with a large catalog: prepares a database of its own (migrated,
// seeded, topped up to --count generated products by tools/data/generate-products.mjs), fills the
// index with tools/search/import.mjs (timed), starts the built service on it and measures the search
// endpoints one after the other, hitting the service directly. Prints req/s and p99 per scenario.
// Target (issue "Product search"): a reasonable p99 for GET /esProduct/search with 100k products.
//
// usage: node tools/bench/search.mjs [--count 100000] [--seconds 10] [--connections 20]
//                                    [--database mall_bench_search] [--skip-prepare]
// Besides latency it reports the CPU time each request cost the service and MariaDB (from /proc,
// when MariaDB runs on this host): a figure that other load on the machine does not inflate.
// Build first (npx nx build mall-search). The database is kept for the next run (--skip-prepare
// reuses it as it is); drop it with `DROP DATABASE mall_bench_search`.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { connect } from 'amqplib';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    database: { type: 'string', default: 'mall_bench_search' },
    port: { type: 'string', default: '38081' },
    'skip-prepare': { type: 'boolean', default: false },
  },
});
const seconds = Number(args.seconds);
const connections = Number(args.connections);
const port = Number(args.port);
const database = args.database;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Queue names of its own, so the benchmark never takes catalog events meant for a running service.
const sync = {
  queue: `${database}.product-sync`,
  dlx: `${database}.dlx`,
  dlq: `${database}.product-sync.dead`,
};
const serviceEnv = {
  MYSQL_DATABASE: database,
  MALL_CONFIG_DIR: join(root, 'config'),
  LOG_LEVEL: 'warn',
  MALL__app__search__engine: 'embedded',
  MALL__app__productSync__queue: sync.queue,
  MALL__app__productSync__deadLetterExchange: sync.dlx,
  MALL__app__productSync__deadLetterQueue: sync.dlq,
};

/** Runs a node script to completion, its output passed through; resolves with the elapsed ms. */
function run(script, scriptArgs = [], env = {}) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, script), ...scriptArgs], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('exit', (code) =>
      code === 0
        ? resolve(performance.now() - started)
        : reject(new Error(`${script} exited with ${code}`)),
    );
  });
}

async function prepare() {
  const dbEnv = { MYSQL_DATABASE: database };
  await run('tools/db/cli.mjs', ['migrate'], dbEnv);
  await run('tools/db/cli.mjs', ['seed'], dbEnv);
  await run('tools/data/generate-products.mjs', ['--count', args.count, '--database', database]);
  const importMs = await run('tools/search/import.mjs', [], serviceEnv);
  console.log(`full import: ${(importMs / 1000).toFixed(1)} s (including process start)`);
}

async function startSearch() {
  const child = spawn(process.execPath, [join(root, 'dist/apps/mall-search/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      ...serviceEnv,
      PORT: String(port),
      // The index was filled by the import above; an empty one would be imported in the background.
      MALL__app__search__importOnStart: 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) throw new Error(`mall-search exited with ${child.exitCode}`);
    if (waited > 30_000) throw new Error('mall-search not ready in 30 s');
    try {
      if ((await fetch(`http://127.0.0.1:${port}/actuator/health`)).status === 200) return child;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
}

/** One GET per query in turn (each connection cycles through them). */
function requests(path, queries) {
  return queries.map((query) => ({
    method: 'GET',
    path: `${path}?${new URLSearchParams(query).toString()}`,
  }));
}

// Words of the generated catalog (brands, categories, name words) and of the seeded one.
const KEYWORDS = [
  '手机',
  '华为',
  '旗舰',
  '小米 手机',
  '运动',
  'Pro',
  '空调',
  '笔记本',
  'NIKE',
  '轻薄',
];

const SCENARIOS = [
  [
    'search: keyword, relevance',
    requests(
      '/esProduct/search',
      KEYWORDS.map((keyword) => ({ keyword })),
    ),
  ],
  [
    'search: keyword, by sales',
    requests(
      '/esProduct/search',
      KEYWORDS.map((keyword) => ({ keyword, sort: '2' })),
    ),
  ],
  [
    'search: keyword + brand, by price',
    requests(
      '/esProduct/search',
      KEYWORDS.map((keyword, i) => ({ keyword, brandId: String((i % 8) + 1), sort: '3' })),
    ),
  ],
  [
    'search: category, by price (no keyword)',
    requests(
      '/esProduct/search',
      ['11', '12', '13', '21', '22', '23', '31', '32', '33', '41'].map((productCategoryId) => ({
        productCategoryId,
        sort: '3',
      })),
    ),
  ],
  [
    'search: everything, by sales, page 100',
    requests('/esProduct/search', [{ sort: '2', pageNum: '100' }]),
  ],
  [
    'search/simple: keyword',
    requests(
      '/esProduct/search/simple',
      KEYWORDS.map((keyword) => ({ keyword })),
    ),
  ],
  [
    'recommend',
    Array.from({ length: 10 }, (_, i) => ({
      method: 'GET',
      path: `/esProduct/recommend/${i + 1}`,
    })),
  ],
  [
    'search/relate: keyword',
    requests(
      '/esProduct/search/relate',
      KEYWORDS.map((keyword) => ({ keyword })),
    ),
  ],
];

/** CPU time (user + system) of a process so far, in ms; null when it cannot be read. */
function cpuMs(pid) {
  if (!pid) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * (1000 / 100);
  } catch {
    return null;
  }
}

function mariadbPid() {
  for (const name of ['mariadbd', 'mysqld']) {
    try {
      return Number(execFileSync('pgrep', ['-o', '-x', name]).toString().trim());
    } catch {
      // not running under this name
    }
  }
  return null;
}

async function measure(name, scenarioRequests, pids) {
  const before = pids.map(cpuMs);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: scenarioRequests,
  });
  const [service, database] = pids.map((pid, i) => {
    const now = cpuMs(pid);
    return now === null || before[i] === null ? null : (now - before[i]) / result.requests.total;
  });
  return {
    scenario: name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.non2xx + result.errors,
    'service cpu ms/req': service === null ? '-' : service.toFixed(1),
    'db cpu ms/req': database === null ? '-' : database.toFixed(1),
  };
}

if (!args['skip-prepare']) await prepare();
const service = await startSearch();
try {
  const total = await (
    await fetch(`http://127.0.0.1:${port}/esProduct/search/simple?pageSize=1`)
  ).json();
  console.log(
    `index holds ${total.data.total} products; ${connections} connections, ${seconds} s each`,
  );
  const pids = [service.pid, mariadbPid()];
  await measure('warm-up', SCENARIOS[0][1], pids);
  const rows = [];
  for (const [name, scenarioRequests] of SCENARIOS) {
    const row = await measure(name, scenarioRequests, pids);
    console.log(JSON.stringify(row));
    rows.push(row);
  }
  console.table(rows);
  console.log(
    `load average at the end: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
  );
} finally {
  service.kill('SIGTERM');
  if (service.exitCode === null) await new Promise((r) => service.once('exit', r));
  const amqp = await connect(process.env.RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672');
  const channel = await amqp.createChannel();
  await channel.deleteQueue(sync.queue);
  await channel.deleteQueue(sync.dlq);
  await channel.deleteExchange(sync.dlx);
  await amqp.close();
}
