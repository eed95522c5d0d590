#!/usr/bin/env node
// mall-portal read paths: starts the built service twice on the local `mall` database — product detail
// cache on (the default) and off (`app.productDetail.ttlSeconds: 0`) — and measures, one after the other,
// product detail (cached vs. straight from MariaDB, same run), the cached home page and product search.
// Prints req/s, p99 latency and the cached/uncached ratio. Target (issue "Shopper flow"): product detail
// ≥ 500 req/s through the gateway.
// Usage: node tools/bench/portal.mjs [--seconds 10] [--connections 20]   (build first; `mall` migrated+seeded)
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from 'amqplib';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const seconds = arg('seconds', 10);
const connections = arg('connections', 20);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const BENCH_QUEUE = 'mall.portal.product.changed.bench';

async function startPortal(port, env) {
  const child = spawn(process.execPath, [join(root, 'dist/apps/mall-portal/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      MALL_CONFIG_DIR: join(root, 'config'),
      // A queue of its own so the benchmark never takes events meant for a running portal.
      MALL__app__productDetail__changeQueue: BENCH_QUEUE,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let waited = 0; ; waited += 50) {
    if (child.exitCode !== null) throw new Error(`mall-portal exited with ${child.exitCode}`);
    if (waited > 30_000) throw new Error('mall-portal not ready in 30 s');
    try {
      if ((await fetch(`http://127.0.0.1:${port}/actuator/health`)).status === 200) return child;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
}

// Product ids 1–23 in turn, so the cached run reads 23 keys rather than one.
function detailRequests() {
  return Array.from({ length: 23 }, (_, i) => ({
    method: 'GET',
    path: `/product/detail/${i + 1}`,
  }));
}

async function measure(name, url, requests) {
  const result = await autocannon({ url, connections, duration: seconds, requests });
  const non2xx = result.non2xx + result.errors;
  const row = {
    scenario: name,
    'req/s': Math.round(result.requests.average),
    'p99 ms': result.latency.p99,
    errors: non2xx,
  };
  console.log(JSON.stringify(row));
  return row;
}

const cachedPort = 38085;
const uncachedPort = 38086;
const cached = await startPortal(cachedPort, {});
const uncached = await startPortal(uncachedPort, { MALL__app__productDetail__ttlSeconds: '0' });
try {
  const base = (port) => `http://127.0.0.1:${port}`;
  // Warm the cache and the connection pools.
  await measure('warm-up', base(cachedPort), detailRequests());
  const rows = [
    await measure('product detail, uncached', base(uncachedPort), detailRequests()),
    await measure('product detail, cached', base(cachedPort), detailRequests()),
    await measure('home contentNew (cached)', `${base(cachedPort)}/home/contentNew`),
    await measure('product search', `${base(cachedPort)}/product/search?keyword=NIKE&sort=2`),
  ];
  console.table(rows);
  console.log(
    `product detail cached / uncached = ${(rows[1]['req/s'] / rows[0]['req/s']).toFixed(1)}x`,
  );
} finally {
  for (const child of [cached, uncached]) child.kill('SIGTERM');
  await Promise.all(
    [cached, uncached].map((c) =>
      c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null,
    ),
  );
  const amqp = await connect(process.env.RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672');
  await (await amqp.createChannel()).deleteQueue(BENCH_QUEUE);
  await amqp.close();
}
