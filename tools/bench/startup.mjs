#!/usr/bin/env node
// Start-up benchmark: starts each built service alone (no contention), measures the time from spawn until
// /actuator/health answers 200, and the resident memory after it has idled for a few seconds.
// Targets (issue "Foundation"): ready < 3 s after the process starts, idle RSS < 150 MB.
// Usage: node tools/bench/startup.mjs [--idle-seconds 5]   (build first; MariaDB/Redis/RabbitMQ running)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVICES } from '../dev/services.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const idleArg = process.argv.indexOf('--idle-seconds');
const idleSeconds = idleArg > 0 ? Number(process.argv[idleArg + 1]) : 5;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

const rows = [];
for (const service of SERVICES) {
  const port = service.port + 30000;
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(root, 'dist/apps', service.name, 'main.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', MALL_CONFIG_DIR: join(root, 'config') },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
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
  await sleep(idleSeconds * 1000);
  const rss = rssMb(child.pid);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rows.push({ service: service.name, readyMs: Math.round(readyMs), idleRssMb: Math.round(rss) });
}

console.log(`node ${process.version}, ${idleSeconds} s idle before the RSS reading`);
console.log('service         ready (ms)  idle RSS (MB)');
for (const r of rows) console.log(`${r.service.padEnd(15)} ${String(r.readyMs).padStart(10)}  ${String(r.idleRssMb).padStart(13)}`);
const worst = { readyMs: Math.max(...rows.map((r) => r.readyMs)), idleRssMb: Math.max(...rows.map((r) => r.idleRssMb)) };
console.log(`worst: ready ${worst.readyMs} ms (target < 3000), RSS ${worst.idleRssMb} MB (target < 150)`);
