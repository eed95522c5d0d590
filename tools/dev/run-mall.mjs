#!/usr/bin/env node
// Runs the whole mall locally: checks MariaDB/Redis/RabbitMQ, migrates and seeds the database, builds every
// app, starts the nine services from dist/, waits until each health check is green and prints the URLs.
//   node tools/dev/run-mall.mjs up [--detach] [--skip-build]   |   down   |   status
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INFRA, SERVICES, START_HINT } from './services.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const stateDir = join(root, '.mall');
const logDir = join(stateDir, 'logs');
const pidFile = join(stateDir, 'pids.json');
const [command = 'up', ...flags] = process.argv.slice(2);
const log = (msg) => console.log(`[mall] ${msg}`);

function tcpReachable(host, port, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function checkInfrastructure() {
  const missing = [];
  for (const [key, { label, host, port }] of Object.entries(INFRA)) {
    if (!(await tcpReachable(host, port)))
      missing.push(`${label} is not reachable at ${host}:${port} — ${START_HINT[key]}`);
  }
  if (missing.length) {
    for (const line of missing) console.error(`[mall] ${line}`);
    process.exit(1);
  }
  log('MariaDB, Redis and RabbitMQ are reachable');
}

function run(title, cmd, args) {
  log(title);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`[mall] ${title} failed (exit ${r.status})`);
    process.exit(1);
  }
}

const readPids = () => (existsSync(pidFile) ? JSON.parse(readFileSync(pidFile, 'utf8')) : {});
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function health(port) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/actuator/health`, {
      signal: AbortSignal.timeout(2000),
    });
    return { ok: res.status === 200, body: await res.text() };
  } catch (e) {
    return { ok: false, body: String(e.cause?.code ?? e.message) };
  }
}

async function waitHealthy(service, child, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${service.name} exited with code ${child.exitCode}`);
    const h = await health(service.port);
    if (h.ok) return;
    last = h.body;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${service.name} not healthy after ${timeoutMs / 1000}s: ${last.slice(0, 300)}`);
}

function tail(file, lines = 20) {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

async function stopAll(pids) {
  for (const pid of Object.values(pids)) if (alive(pid)) process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 15_000;
  while (Object.values(pids).some(alive) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 200));
  for (const pid of Object.values(pids)) if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(pidFile, { force: true });
}

async function up() {
  const running = Object.entries(readPids()).filter(([, pid]) => alive(pid));
  if (running.length) {
    log(`already running: ${running.map(([n]) => n).join(', ')} — run \`./mall down\` first`);
    process.exit(1);
  }
  await checkInfrastructure();
  run('migrating the database', process.execPath, ['tools/db/cli.mjs', 'migrate']);
  run('seeding reference and demo data', process.execPath, ['tools/db/cli.mjs', 'seed']);
  if (!flags.includes('--skip-build')) {
    run('building every service', 'npx', [
      'nx',
      'run-many',
      '-t',
      'build',
      '--projects=tag:type:app',
      '--outputStyle=static',
    ]);
  }
  mkdirSync(logDir, { recursive: true });
  const pids = {};
  const children = [];
  const started = Date.now();
  for (const service of SERVICES) {
    const main = join(root, 'dist', 'apps', service.name, 'main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: build first`);
    const logFile = join(logDir, `${service.name}.log`);
    const fd = openSync(logFile, 'w');
    const child = spawn(process.execPath, [main], {
      cwd: root,
      env: { ...process.env, MALL_CONFIG_DIR: process.env.MALL_CONFIG_DIR ?? join(root, 'config') },
      stdio: ['ignore', fd, fd],
      detached: flags.includes('--detach'),
    });
    closeSync(fd);
    pids[service.name] = child.pid;
    children.push({ service, child, logFile });
  }
  writeFileSync(pidFile, JSON.stringify(pids, null, 2));
  try {
    await Promise.all(children.map(({ service, child }) => waitHealthy(service, child)));
  } catch (e) {
    console.error(`[mall] ${e.message}`);
    for (const { service, logFile } of children) {
      if (!(await health(service.port)).ok)
        console.error(`--- ${service.name} (${logFile}) ---\n${tail(logFile)}`);
    }
    await stopAll(pids);
    process.exit(1);
  }
  log(
    `all ${SERVICES.length} services healthy in ${((Date.now() - started) / 1000).toFixed(1)}s (logs in .mall/logs/)`,
  );
  console.log(`
  Gateway            http://127.0.0.1:8201
  Gateway API docs   http://127.0.0.1:8201/swagger-ui
  Monitor            http://127.0.0.1:8101
${SERVICES.filter((s) => s.name !== 'mall-gateway')
  .map(
    (s) =>
      `  ${s.name.padEnd(18)} http://127.0.0.1:${s.port}/swagger-ui   (health: /actuator/health)`,
  )
  .join('\n')}
`);
  if (flags.includes('--detach')) {
    for (const { child } of children) child.unref();
    log('running in the background; stop with `./mall down`');
    return;
  }
  log('press Ctrl-C to stop');
  const shutdown = async () => {
    log('stopping…');
    await stopAll(pids);
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

async function status() {
  for (const s of SERVICES) {
    const h = await health(s.port);
    console.log(`${s.name.padEnd(14)} :${s.port}  ${h.ok ? 'UP' : 'DOWN'}`);
  }
}

if (command === 'up') await up();
else if (command === 'down') await stopAll(readPids()).then(() => log('stopped'));
else if (command === 'status') await status();
else {
  console.error('usage: run-mall.mjs up [--detach] [--skip-build] | down | status');
  process.exit(2);
}
