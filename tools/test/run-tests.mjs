#!/usr/bin/env node
// Runs every project's tests (unit, integration against the real MariaDB/Redis/RabbitMQ, and the end-to-end
// boot test of the built services) and ends with one line: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INFRA, START_HINT } from '../dev/services.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const countFile = join(root, 'tmp', 'jest-counts.txt');
rmSync(countFile, { force: true });

const reachable = (host, port) =>
  new Promise((resolve) => {
    const s = net.connect({ host, port });
    const done = (ok) => (s.destroy(), resolve(ok));
    s.setTimeout(1500, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
for (const [key, { label, host, port }] of Object.entries(INFRA)) {
  if (!(await reachable(host, port))) {
    console.error(`[test] ${label} is not reachable at ${host}:${port} — ${START_HINT[key]}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const extra = process.argv.slice(2);
const result = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'test', '--outputStyle=static', '--parallel=2', ...extra],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      JEST_COUNT_FILE: countFile,
      NX_DAEMON: process.env.NX_DAEMON ?? 'false',
      NX_ISOLATE_PLUGINS: process.env.NX_ISOLATE_PLUGINS ?? 'false',
      // Fresh results locally; CI points NX_CACHE_DIRECTORY at an empty per-checkout cache instead.
      ...(process.env.NX_CACHE_DIRECTORY
        ? {}
        : { NX_SKIP_NX_CACHE: process.env.NX_SKIP_NX_CACHE ?? 'true' }),
    },
  },
);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(countFile)) {
  for (const line of readFileSync(countFile, 'utf8').split('\n').filter(Boolean)) {
    const [p, f, s] = line.split(' ').map(Number);
    passed += p;
    failed += f;
    skipped += s;
  }
}
// A project that crashed before Jest reported counts as a failure.
if (result.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(result.status === 0 && failed === 0 ? 0 : 1);
