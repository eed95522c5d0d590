#!/usr/bin/env node
// Start-up benchmark: starts the built services one after the other (each starts alone, no contention),
// measures the time from spawn until /actuator/health answers 200, then lets all of them idle and reads each
// one's resident memory (V8 shrinks the heap that start-up grew once the process is idle).
// Targets (issue "Foundation"): ready < 3 s after the process starts, idle RSS < 150 MB.
// Usage: node tools/bench/startup.mjs [--idle-seconds 30]   (build first; MariaDB/Redis/RabbitMQ running)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVICES } from '../dev/services.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const idleArg = process.argv.indexOf('--idle-seconds');
const idleSeconds = idleArg > 0 ? Number(process.argv[idleArg + 1]) : 30;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rssMb = (pid) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

const rows = [];
const children = [];
for (const service of SERVICES) {
  const port = service.port + 30000;
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(root, 'dist/apps', service.name, 'main.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      MALL_CONFIG_DIR: join(root, 'config'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  let readyMs;
  while (readyMs === undefined) {
    if (child.exitCode !== null) throw new Error(`${service.name} exited with ${child.exitCode}`);
    if (performance.now() - t0 > 30_000) throw new Error(`${service.name} not ready in 30 s`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/actuator/health`);
      if (res.status === 200) readyMs = performance.now() - t0;
    } catch {
      await sleep(20);
    }
  }
  rows.push({
    service: service.name,
    readyMs: Math.round(readyMs),
    readyRssMb: Math.round(rssMb(child.pid)),
    child,
  });
}
await sleep(idleSeconds * 1000);
for (const row of rows) row.idleRssMb = Math.round(rssMb(row.child.pid));
for (const child of children) child.kill('SIGTERM');
await Promise.all(
  children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)),
);

console.log(
  `node ${process.version}, all services idle for ${idleSeconds} s before the idle RSS reading`,
);
console.log('service         ready (ms)  RSS at ready (MB)  idle RSS (MB)');
for (const r of rows) {
  console.log(
    `${r.service.padEnd(15)} ${String(r.readyMs).padStart(10)}  ${String(r.readyRssMb).padStart(17)}  ${String(r.idleRssMb).padStart(13)}`,
  );
}
const worst = {
  readyMs: Math.max(...rows.map((r) => r.readyMs)),
  idleRssMb: Math.max(...rows.map((r) => r.idleRssMb)),
};
console.log(
  `worst: ready ${worst.readyMs} ms (target < 3000), RSS ${worst.idleRssMb} MB (target < 150)`,
);
