#!/usr/bin/env node
// Login benchmark: how close do logins through mall-auth's POST /oauth/token get to the raw bcrypt
// rate of this machine? A login is bound by one bcrypt verification (cost 10), so the rest (HTTP,
// member lookup in Redis, two RS256 signatures) should cost little: target >= 80 % of the raw rate.
//
// In one run, alternating in --rounds rounds so that a change of background load hits both sides:
// (a) raw bcrypt.compare per second in this process, with as many verifications in flight as libuv
// has threads; (b) logins per second of the built mall-auth (a child process with the same
// UV_THREADPOOL_SIZE, idle during (a)), load-test members user_0001..user_0100 with client
// portal-app, over loopback keep-alive HTTP. Each phase stops after --count operations or
// --seconds. The ratio is total logins/s over total raw verifications/s.
// CPU time per operation is reported too (this process's for raw bcrypt, mall-auth's from /proc for
// logins): it hardly depends on other load on the machine, so its ratio stays meaningful when the
// throughput figures are disturbed.
//
// Usage: npx nx build mall-auth && node tools/bench/login.mjs [--rounds 3] [--count 150]
//        [--seconds 10] [--concurrency 16]   (local `mall` database migrated and seeded, Redis up)
import bcrypt from 'bcrypt';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROUNDS = arg('rounds', 3);
const COUNT = arg('count', 150);
const CONCURRENCY = arg('concurrency', 16);
const MAX_SECONDS = arg('seconds', 10);
const THREADS = Number(process.env.UV_THREADPOOL_SIZE || 4);
const PASSWORD = '123456';
const USERS = Array.from({ length: 100 }, (_, i) => `user_${String(i + 1).padStart(4, '0')}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function processCpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** bcrypt verifications per second with THREADS in flight, bounded by count and time. */
const HASH = await bcrypt.hash(PASSWORD, 10);
async function rawBcryptRate(count) {
  const hash = HASH;
  let started = 0;
  let done = 0;
  const deadline = performance.now() + MAX_SECONDS * 1000;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  async function worker() {
    while (started < count && performance.now() < deadline) {
      started++;
      if (!(await bcrypt.compare(PASSWORD, hash))) throw new Error('bcrypt mismatch');
      done++;
    }
  }
  await Promise.all(Array.from({ length: THREADS }, worker));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { count: done, seconds, cpuSeconds, perSecond: done / seconds };
}

function post(agent, port, path, form) {
  const body = new URLSearchParams(form).toString();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function startAuth(port) {
  const main = join(root, 'dist', 'apps', 'mall-auth', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} not found: run npx nx build mall-auth first`);
  let output = '';
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      MALL_CONFIG_DIR: join(root, 'config'),
      UV_THREADPOOL_SIZE: String(THREADS),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr.on('data', (d) => (output += d));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`mall-auth exited: ${output}`);
    if (Date.now() > deadline) throw new Error('mall-auth not ready in 30 s');
    try {
      const res = await fetch(`http://127.0.0.1:${port}/actuator/health`);
      if (res.status === 200) return child;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
}

function loginClient(port) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const login = async (i) => {
    const res = await post(agent, port, '/oauth/token', {
      grant_type: 'password',
      client_id: 'portal-app',
      client_secret: '123456',
      username: USERS[i % USERS.length],
      password: PASSWORD,
    });
    const envelope = JSON.parse(res.text);
    if (res.status !== 200 || envelope.code !== 200) {
      throw new Error(`login failed: HTTP ${res.status} ${res.text.slice(0, 200)}`);
    }
  };
  return { agent, login };
}

/** Warm-up: JIT, connection pools, and every member once into the member cache. */
async function warmUp(login) {
  for (let i = 0; i < USERS.length; i += CONCURRENCY) {
    await Promise.all(USERS.slice(i, i + CONCURRENCY).map((_, j) => login(i + j)));
  }
}

/** Successful logins per second through mall-auth with CONCURRENCY requests in flight. */
async function loginRate(login, count, pid) {
  let next = 0;
  let done = 0;
  const deadline = performance.now() + MAX_SECONDS * 1000;
  const cpu0 = processCpuSeconds(pid);
  const t0 = performance.now();
  async function worker() {
    while (next < count && performance.now() < deadline) {
      await login(next++);
      done++;
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = processCpuSeconds(pid) - cpu0;
  return { count: done, seconds, cpuSeconds, perSecond: done / seconds };
}

await bcrypt.compare(PASSWORD, HASH); // warm-up
const port = await freePort();
const auth = await startAuth(port);
const rows = [];
try {
  const client = loginClient(port);
  await warmUp(client.login);
  for (let round = 1; round <= ROUNDS; round++) {
    const raw = await rawBcryptRate(COUNT);
    const logins = await loginRate(client.login, COUNT, auth.pid);
    rows.push({ round, raw, logins });
  }
  client.agent.destroy();
} finally {
  auth.kill('SIGTERM');
  await new Promise((r) => auth.once('exit', r));
}

const total = (key) => {
  const count = rows.reduce((sum, row) => sum + row[key].count, 0);
  const seconds = rows.reduce((sum, row) => sum + row[key].seconds, 0);
  return count / seconds;
};
const fmt = (n) => n.toFixed(1).padStart(7);
console.log(
  `node ${process.version}, ${cpus().length} CPUs, UV_THREADPOOL_SIZE ${THREADS}, ` +
    `${CONCURRENCY} logins in flight`,
);
console.log('round  raw bcrypt.compare/s  logins/s (POST /oauth/token, member)  ratio');
for (const { round, raw, logins } of rows) {
  console.log(
    `${String(round).padStart(5)}  ${fmt(raw.perSecond)} (${raw.count})` +
      `       ${fmt(logins.perSecond)} (${logins.count})` +
      `                           ${((logins.perSecond / raw.perSecond) * 100).toFixed(1)} %`,
  );
}
const ratio = total('logins') / total('raw');
console.log(
  `total  ${fmt(total('raw'))}               ${fmt(total('logins'))}` +
    `                                  ${(ratio * 100).toFixed(1)} % (target >= 80 %)`,
);
const cpuPer = (key) =>
  (rows.reduce((sum, row) => sum + row[key].cpuSeconds, 0) /
    rows.reduce((sum, row) => sum + row[key].count, 0)) *
  1000;
console.log(
  `CPU per operation: raw bcrypt ${cpuPer('raw').toFixed(1)} ms, login in mall-auth ` +
    `${cpuPer('logins').toFixed(1)} ms; raw / login = ${((cpuPer('raw') / cpuPer('logins')) * 100).toFixed(1)} %`,
);
process.exitCode = ratio >= 0.8 ? 0 : 1;
