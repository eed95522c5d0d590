#!/usr/bin/env node
// Shopper-flow benchmark: the performance course's 11 transactions (login, home, search, product
// detail, add to cart, view cart, confirm order, generate order, order list, pay, order detail),
// one after the other, each for a fixed time at a fixed concurrency, through the built gateway with
// real tokens, on a freshly migrated and seeded scratch database. Prints, per transaction, the
// throughput, p50/p99 latency and the answers that were not `{code: 200}`.
//
// Usage: node tools/bench/shopper.mjs [--seconds 10] [--connections 20] [--only login,home,search,detail,cart,order] [--direct]
//   --direct: call each service on its own port with the `user` header the gateway would forward
//   (no gateway, no token check), to see what the gateway adds.
// Build first: npx nx run-many -t build -p mall-gateway,mall-auth,mall-member,mall-portal,mall-search,mall-cart,mall-order
// Needs MariaDB, Redis and RabbitMQ (as everything else); talks to 127.0.0.1 only. Its services run
// on ports +40000 with their own database, Redis keys and order-cancel queues, and are stopped (the
// database dropped, keys and queues deleted) at the end.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import amqp from 'amqplib';
import autocannon from 'autocannon';
import Redis from 'ioredis';
import mysql from 'mysql2/promise';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SECONDS = Number(arg('seconds', 10));
const CONNECTIONS = Number(arg('connections', 20));
const DIRECT = process.argv.includes('--direct');
const ONLY = arg('only', '').split(',').filter(Boolean);
const MEMBERS = 100; // user_0001 … user_0100, password 123456, address id = member id
const TAG = `bench${process.pid}`;
const DATABASE = `mall_bench_shopper_${process.pid}`;
const PORT_SHIFT = 40000;
const SERVICES = [
  ['mall-auth', 8401, true],
  ['mall-member', 8083, true],
  ['mall-portal', 8085, true],
  ['mall-search', 8081, true],
  ['mall-cart', 8086, true],
  ['mall-order', 8084, true],
  ['mall-gateway', 8201, false],
].map(([name, port, db]) => ({ name, port: port + PORT_SHIFT, db }));
const GATEWAY = `http://127.0.0.1:${8201 + PORT_SHIFT}`;
const server = {
  host: process.env.MYSQL_HOST ?? '127.0.0.1',
  port: Number(process.env.MYSQL_PORT ?? 3306),
  user: process.env.MYSQL_USER ?? 'root',
  password: process.env.MYSQL_PASSWORD ?? '',
};
const line = `mall.t.${TAG}.order`;
const orderEnv = {
  MALL__app__redis__keys__orderId: `mall:t:${TAG}:oms:orderId`,
  MALL__app__redis__keys__orderDetail: `mall:t:${TAG}:order`,
  MALL__app__order__sweepEveryMinutes: '0',
  MALL__app__order__cancelLine__exchange: `${line}.direct`,
  MALL__app__order__cancelLine__delayQueuePrefix: `${line}.cancel.delay.`,
  MALL__app__order__cancelLine__targetQueue: `${line}.cancel`,
  MALL__app__order__cancelLine__targetRoutingKey: `${line}.cancel`,
  MALL__app__order__cancelLine__deadLetterExchange: `${line}.dlx`,
  MALL__app__order__cancelLine__deadLetterQueue: `${line}.cancel.dead`,
  MALL__app__order__cancelLine__deadLetterRoutingKey: `${line}.cancel.dead`,
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// CPU time of a process (user + system) in ms, from /proc: on a shared machine throughput depends on
// what else runs, CPU per request does not.
const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim() || 100);
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return NaN;
  }
}
const pids = new Map(); // service name → pid
let mysqldPid;
try {
  mysqldPid = Number(execFileSync('pgrep', ['-o', '-x', 'mariadbd']).toString().trim());
} catch {
  try {
    mysqldPid = Number(execFileSync('pgrep', ['-o', '-x', 'mysqld']).toString().trim());
  } catch {
    mysqldPid = undefined;
  }
}

// ---- set-up ----

async function createDatabase() {
  const conn = await mysql.createConnection(server);
  await conn.query(`DROP DATABASE IF EXISTS \`${DATABASE}\``);
  await conn.query(
    `CREATE DATABASE \`${DATABASE}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci`,
  );
  await conn.end();
  for (const command of ['migrate', 'seed']) {
    execFileSync(process.execPath, [join(root, 'tools/db/cli.mjs'), command], {
      cwd: root,
      env: { ...process.env, MYSQL_DATABASE: DATABASE },
      stdio: 'pipe',
    });
  }
  const db = await mysql.createConnection({ ...server, database: DATABASE });
  // Enough stock that the ordering phases never run out.
  await db.query('UPDATE pms_sku_stock SET stock = 1000000, lock_stock = 0');
  return db;
}

async function startServices() {
  const discovery = Object.fromEntries(
    SERVICES.map((s) => [`MALL__discovery__services__${s.name}`, `["127.0.0.1:${s.port}"]`]),
  );
  const children = [];
  const started = SERVICES.filter((s) => !DIRECT || s.name !== 'mall-gateway');
  for (const s of started) {
    const child = spawn(process.execPath, [join(root, 'dist/apps', s.name, 'main.js')], {
      cwd: root,
      env: {
        ...process.env,
        MALL_CONFIG_DIR: join(root, 'config'),
        PORT: String(s.port),
        LOG_LEVEL: 'error',
        ...discovery,
        ...(s.db ? { MYSQL_DATABASE: DATABASE } : {}),
        ...(s.name === 'mall-order' ? orderEnv : {}),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    pids.set(s.name, child.pid);
  }
  const deadline = Date.now() + 60_000;
  for (const s of started) {
    for (;;) {
      if (Date.now() > deadline) throw new Error(`${s.name} not healthy within 60 s`);
      try {
        if ((await fetch(`http://127.0.0.1:${s.port}/actuator/health`)).status === 200) break;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
  }
  return children;
}

async function stopServices(children) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(
    children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)),
  );
}

async function cleanUp(db) {
  await db?.end().catch(() => undefined);
  const conn = await mysql.createConnection(server);
  await conn.query(`DROP DATABASE IF EXISTS \`${DATABASE}\``);
  await conn.end();
  const redis = new Redis({ host: process.env.REDIS_HOST ?? '127.0.0.1' });
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `mall:t:${TAG}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
  const broker = await amqp.connect(
    process.env.RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
  );
  const ch = await broker.createChannel();
  for (const q of [`${line}.cancel`, `${line}.cancel.dead`, `${line}.cancel.delay.7200000`]) {
    await ch.deleteQueue(q);
  }
  for (const x of [`${line}.direct`, `${line}.dlx`]) await ch.deleteExchange(x);
  await broker.close();
}

/** The `user` header the gateway derives from each token (direct mode). */
const claimsOf = new Map();

async function login(username, password) {
  const base = DIRECT ? `http://127.0.0.1:${8083 + PORT_SHIFT}` : `${GATEWAY}/mall-member`;
  const res = await fetch(`${base}/sso/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }).toString(),
  });
  const body = await res.json();
  if (body.code !== 200) throw new Error(`login of ${username} failed: ${JSON.stringify(body)}`);
  const token = `${body.data.tokenHead}${body.data.token}`;
  const payload = JSON.parse(
    Buffer.from(body.data.token.split('.')[1], 'base64url').toString('utf8'),
  );
  claimsOf.set(
    token,
    JSON.stringify(payload).replace(
      /[\u007f-\uffff]/g,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
    ),
  );
  return token;
}

// ---- measuring ----

/**
 * Runs one transaction for SECONDS at CONNECTIONS. `next(i)` builds the i-th request
 * ({method, path, headers, body}); an answer whose envelope code is not 200 counts as an error.
 */
async function measure(name, next, { amount } = {}) {
  let i = 0;
  let errors = 0;
  let firstError;
  const first = next(0);
  const service = SERVICES.find((s) => first.path.startsWith(`/${s.name}/`));
  const cpuBefore = {
    service: cpuMs(pids.get(service.name)),
    gateway: cpuMs(pids.get('mall-gateway')),
    db: mysqldPid ? cpuMs(mysqldPid) : NaN,
  };
  const result = await autocannon({
    url: DIRECT ? `http://127.0.0.1:${service.port}` : GATEWAY,
    connections: CONNECTIONS,
    ...(amount ? { amount } : { duration: SECONDS }),
    requests: [
      {
        setupRequest: (request) => {
          const { path, headers = {}, ...rest } = next(i++);
          if (!DIRECT) return { ...request, ...rest, path, headers };
          // Straight to the service: without the gateway's prefix, with the claims it would forward.
          const { authorization, ...others } = headers;
          const user = authorization ? claimsOf.get(authorization) : undefined;
          return {
            ...request,
            ...rest,
            path: path.slice(service.name.length + 1),
            headers: user ? { ...others, user } : others,
          };
        },
        onResponse: (status, body) => {
          let code = status;
          try {
            code = JSON.parse(body).code ?? status;
          } catch {
            // not JSON: the HTTP status stands
          }
          if (code !== 200) {
            errors++;
            firstError ??= `${status} ${body.slice(0, 160)}`;
          }
        },
      },
    ],
  });
  const row = {
    transaction: name,
    requests: result.requests.total,
    'req/s': Math.round(result.requests.total / (result.duration || SECONDS)),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: errors + result.errors + result.timeouts,
  };
  const perRequest = (pid, before) => {
    const ms = (cpuMs(pid) - before) / Math.max(1, result.requests.total);
    return Number.isFinite(ms) ? Math.round(ms * 100) / 100 : '-';
  };
  row['service cpu ms/req'] = perRequest(pids.get(service.name), cpuBefore.service);
  if (!DIRECT) row['gateway cpu ms/req'] = perRequest(pids.get('mall-gateway'), cpuBefore.gateway);
  row['db cpu ms/req'] = mysqldPid ? perRequest(mysqldPid, cpuBefore.db) : '-';
  if (firstError) row.firstError = firstError;
  return row;
}

const json = (token, body) => ({
  headers: { authorization: token, 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const form = (token, fields) => ({
  headers: { authorization: token, 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

async function main() {
  let db;
  let children = [];
  const rows = [];
  try {
    db = await createDatabase();
    children = await startServices();
    const memberIds = Array.from({ length: MEMBERS }, (_, k) => 1001 + k);
    const tokens = new Map();
    for (const id of memberIds) {
      tokens.set(id, await login(`user_${String(id - 1000).padStart(4, '0')}`, '123456'));
    }
    const member = (i) => memberIds[i % MEMBERS];
    const token = (i) => tokens.get(member(i));
    const [skus] = await db.query(
      'SELECT s.id, s.product_id FROM pms_sku_stock s JOIN pms_product p ON p.id = s.product_id WHERE p.promotion_type IN (0, 1) ORDER BY s.id',
    );
    const want = (name) => ONLY.length === 0 || ONLY.includes(name);

    if (want('login')) {
      rows.push(
        await measure('1 login', (i) => ({
          method: 'POST',
          path: '/mall-member/sso/login',
          ...form('', {
            username: `user_${String((i % MEMBERS) + 1).padStart(4, '0')}`,
            password: '123456',
          }),
        })),
      );
    }
    if (want('home')) {
      rows.push(
        await measure('2 home', () => ({ method: 'GET', path: '/mall-portal/home/content' })),
      );
    }
    if (want('search')) {
      const words = ['华为', '小米', '手机', 'T恤', '空调', '耳机'];
      rows.push(
        await measure('3 search', (i) => ({
          method: 'GET',
          path: `/mall-search/esProduct/search/simple?keyword=${encodeURIComponent(words[i % words.length])}&pageNum=0&pageSize=10`,
        })),
      );
    }
    if (want('detail')) {
      rows.push(
        await measure('4 product detail', (i) => ({
          method: 'GET',
          path: `/mall-portal/product/detail/${(i % 23) + 1}`,
        })),
      );
    }
    if (want('cart')) {
      rows.push(
        await measure('5 add to cart', (i) => {
          const sku = skus[i % skus.length];
          return {
            method: 'POST',
            path: '/mall-cart/cart/add',
            ...json(token(i), { productId: sku.product_id, productSkuId: sku.id, quantity: 1 }),
          };
        }),
      );
      rows.push(
        await measure('6 view cart', (i) => ({
          method: 'GET',
          path: '/mall-cart/cart/list/promotion',
          headers: { authorization: token(i) },
        })),
      );
      rows.push(
        await measure('7 confirm order', (i) => ({
          method: 'POST',
          path: '/mall-order/order/generateConfirmOrder',
          ...json(token(i), []),
        })),
      );
    }
    if (want('order')) {
      // One fresh cart line per order: a member's whole cart would grow with the add-to-cart phase.
      // Sized above what two cores can order in SECONDS, so no request finds its line used up.
      const pool = SECONDS * 3000;
      const values = Array.from({ length: pool }, (_, k) => {
        const sku = skus[k % skus.length];
        return [member(k), sku.id];
      });
      await db.query(
        `INSERT INTO oms_cart_item (member_id, product_id, product_sku_id, quantity, price, product_name,
           product_sku_code, product_category_id, member_nickname, create_date, delete_status)
         SELECT v.member_id, s.product_id, s.id, 1, s.price, p.name, s.sku_code, p.product_category_id,
           'bench-order', NOW(), 0
         FROM JSON_TABLE(?, '$[*]' COLUMNS (member_id BIGINT PATH '$[0]', sku_id BIGINT PATH '$[1]')) v
         JOIN pms_sku_stock s ON s.id = v.sku_id JOIN pms_product p ON p.id = s.product_id`,
        [JSON.stringify(values)],
      );
      const [lines] = await db.query(
        "SELECT id, member_id FROM oms_cart_item WHERE member_nickname = 'bench-order' ORDER BY id",
      );
      rows.push(
        await measure('8 generate order', (i) => {
          const cart = lines[i % lines.length];
          return {
            method: 'POST',
            path: '/mall-order/order/generateOrder',
            ...json(tokens.get(Number(cart.member_id)), {
              memberReceiveAddressId: Number(cart.member_id),
              payType: 1,
              cartIds: [Number(cart.id)],
            }),
          };
        }),
      );
      rows.push(
        await measure('9 order list', (i) => ({
          method: 'GET',
          path: '/mall-order/order/list?status=0&pageNum=1&pageSize=5',
          headers: { authorization: token(i) },
        })),
      );
      const [unpaid] = await db.query(
        'SELECT id, member_id FROM oms_order WHERE status = 0 ORDER BY id',
      );
      rows.push(
        await measure(
          '10 pay',
          (i) => {
            const order = unpaid[i % unpaid.length];
            return {
              method: 'POST',
              path: '/mall-order/order/paySuccess',
              ...form(tokens.get(Number(order.member_id)), {
                orderId: String(order.id),
                payType: '1',
              }),
            };
          },
          // Each order is paid once; fewer orders than SECONDS of paying would allow end the phase early.
          { amount: Math.max(CONNECTIONS, unpaid.length) },
        ),
      );
      const [paid] = await db.query(
        'SELECT id, member_id FROM oms_order WHERE status = 1 ORDER BY id',
      );
      rows.push(
        await measure('11 order detail', (i) => {
          const order = paid[i % paid.length];
          return {
            method: 'GET',
            path: `/mall-order/order/detail/${order.id}`,
            headers: { authorization: tokens.get(Number(order.member_id)) },
          };
        }),
      );
    }
  } finally {
    await stopServices(children);
    await cleanUp(db);
  }
  console.log(
    `shopper flow ${DIRECT ? 'straight to each service' : 'through the gateway'}: ${CONNECTIONS} connections, ${SECONDS} s per transaction, ${MEMBERS} members`,
  );
  console.table(rows);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
