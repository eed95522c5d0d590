#!/usr/bin/env node
// Gateway benchmark: one cheap real endpoint measured in one run directly on the service and through
// the gateway, with autocannon at a fixed number of connections, on loopback only.
//
//   node tools/bench/gateway.mjs [--connections 50] [--duration 10] [--rounds 3] [--rate-share 0.5]
//                                [--pin] [--nice -10] [--log-level info]
//
// Prerequisites: `npx nx build mall-gateway mall-auth`, MariaDB and Redis running (mall-auth connects
// to them at start; the measured endpoint does not touch them).
//
// Endpoint: GET /rsa/publicKey of mall-auth (static JSON, on the gateway's whitelist), so the
// numbers are the cost of the proxy path itself. Scenarios, alternated in rounds:
//   direct       mall-auth itself;
//   gateway      through the gateway (/mall-auth/rsa/publicKey);
//   gateway+jwt  through a gateway whose whitelist is emptied, with a member token (RS256
//                verification, then the verified-token cache);
//   node-proxy   through a minimal node:http keep-alive proxy (no checks, no logs, no metrics): the
//                floor any proxy built on node's http pays on this machine.
// Targets (issue "Auth and gateway"): through-gateway req/s >= 70% of direct, added p50 <= 1 ms.
// Throughput is measured saturated (closed loop: each connection sends as soon as it has an answer),
// where latency is only connections / throughput. Latency is therefore also measured in an open loop
// at an equal, fixed rate for every scenario (--rate-share of the gateway's saturated throughput,
// evenly spaced over a pool of the same number of connections): what one gateway hop adds to a
// request when the host is not saturated.
// CPU time per request of every process (service, proxy, and this process, the load generator) comes
// from /proc and process.cpuUsage(); unlike rates and latencies it hardly depends on what else runs.
// --pin runs the service on CPU 0 and the proxies on CPU 1 (taskset), autocannon unpinned.
// --nice N runs this process and every process it starts at niceness N (negative needs root), so
// that other work on a shared machine takes less of the two cores during the run.
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined && !/^--[a-z]/.test(process.argv[i + 1])
    ? process.argv[i + 1]
    : fallback;
};
const flag = (name) => process.argv.includes(`--${name}`);
const connections = Number(arg('connections', 50));
const durationSeconds = Number(arg('duration', 10));
const rounds = Number(arg('rounds', 3));
const logLevel = arg('log-level', 'info');
const pin = flag('pin');
const niceness = arg('nice', undefined);
const rateShare = Number(arg('rate-share', 0.5));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const SERVICE = 'mall-auth';
const PATH = '/rsa/publicKey';
const PORTS = { service: 38401, gateway: 38201, gatewayWithAuth: 38202, nodeProxy: 38203 };

// The reference proxy: what node's http client and server cost for one proxied request, nothing more.
const NODE_PROXY = `
const http = require('node:http');
const [host, port] = process.env.UPSTREAM.split(':');
const agent = new http.Agent({ keepAlive: true, maxSockets: 512, scheduling: 'lifo' });
http
  .createServer((req, res) => {
    if (req.url === '/actuator/health') return res.end('{"status":"UP"}');
    const slash = req.url.indexOf('/', 1);
    const headers = { ...req.headers, host: process.env.UPSTREAM };
    const upstream = http.request(
      { host, port, method: req.method, path: slash < 0 ? '/' : req.url.slice(slash), headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
`;

for (const app of ['mall-gateway', SERVICE]) {
  if (!existsSync(join(root, 'dist/apps', app, 'main.js'))) {
    console.error(`dist/apps/${app}/main.js is missing: run npx nx build ${app}`);
    process.exit(1);
  }
}
if (pin && spawnSync('taskset', ['--version']).status !== 0) {
  console.error('--pin needs taskset (util-linux)');
  process.exit(1);
}
if (niceness !== undefined) {
  // Inherited by every process started below.
  setPriority(Number(niceness));
}

const children = [];
/** CPU seconds (user + system, all threads) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
}

function start(name, args, port, env, cpu) {
  const [command, commandArgs] =
    pin && cpu !== undefined
      ? ['taskset', ['-c', String(cpu), process.execPath, ...args]]
      : [process.execPath, args];
  const child = spawn(command, commandArgs, {
    cwd: root,
    env: {
      ...process.env,
      MALL_CONFIG_DIR: join(root, 'config'),
      PORT: String(port),
      LOG_LEVEL: logLevel,
      ...env,
    },
    // Logs go nowhere: their cost is the services' (serialising and writing), not a terminal's.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  return waitHealthy(name, port, child).then(() => child.pid);
}

const startApp = (app, port, env, cpu) =>
  start(app, [join(root, 'dist/apps', app, 'main.js')], port, env, cpu);

async function waitHealthy(name, port, child) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`${name} not healthy within 60 s`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/actuator/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
}

function stopAll() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));

/** RS256 token signed with the key mall-auth was started with (claims of a seeded member). */
function memberToken(privateKey, kid) {
  const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const header = encode({ alg: 'RS256', typ: 'JWT', kid });
  const payload = encode({
    user_name: 'member',
    scope: ['all'],
    id: 1,
    exp: Math.floor(Date.now() / 1000) + 3600,
    authorities: ['前台会员'],
    jti: createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 32),
    client_id: 'portal-app',
  });
  const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), privateKey).toString(
    'base64url',
  );
  return `${header}.${payload}.${signature}`;
}

/** One saturated autocannon run; latency percentiles from every response time (autocannon's are whole ms). */
function measure(url, headers, seconds) {
  return new Promise((resolve, reject) => {
    const times = [];
    const instance = autocannon(
      { url, connections, duration: seconds, headers, pipelining: 1 },
      (error, result) => {
        if (error) return reject(error);
        times.sort((a, b) => a - b);
        const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
        resolve({
          rps: result.requests.average,
          p50: at(0.5),
          p99: at(0.99),
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
          total: times.length,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

/**
 * Open loop at a fixed rate: requests are sent at evenly spaced times over a keep-alive pool of
 * `connections` sockets, whether earlier ones were answered or not (autocannon's rate limit sends
 * each second's quota as fast as it can, i.e. saturated bursts). Latency runs from the moment a
 * request is issued, so waiting for a free pooled connection counts.
 */
function measureAtRate(url, headers, rate, seconds) {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const total = Math.max(1, Math.round(rate * seconds));
  const times = [];
  let sent = 0;
  let finished = 0;
  let non2xx = 0;
  let errors = 0;
  return new Promise((resolve) => {
    const start = performance.now();
    const finish = () => {
      finished += 1;
      if (finished < total) return;
      agent.destroy();
      times.sort((a, b) => a - b);
      const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
      const elapsed = (performance.now() - start) / 1000;
      resolve({ rps: times.length / elapsed, p50: at(0.5), p99: at(0.99), non2xx, errors });
    };
    const pump = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000) + 1);
      for (; sent < due; sent++) {
        const issued = performance.now();
        const req = request(
          { host: target.hostname, port: target.port, path: target.pathname, headers, agent },
          (res) => {
            res.resume();
            res.on('end', () => {
              if (res.statusCode !== 200) non2xx += 1;
              times.push(performance.now() - issued);
              finish();
            });
          },
        );
        req.on('error', () => {
          errors += 1;
          finish();
        });
        req.end();
      }
      if (sent < total) setTimeout(pump, 1);
    };
    pump();
  });
}

const format = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const pad = (value, width) => String(value).padStart(width);

async function main() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
  const upstream = `127.0.0.1:${PORTS.service}`;
  const discovery = { [`MALL__discovery__services__${SERVICE}`]: `["${upstream}"]` };

  const servicePid = await startApp(SERVICE, PORTS.service, { JWT_PRIVATE_KEY: pem }, 0);
  const gatewayPid = await startApp('mall-gateway', PORTS.gateway, discovery, 1);
  const gatewayWithAuthPid = await startApp(
    'mall-gateway',
    PORTS.gatewayWithAuth,
    { ...discovery, MALL__app__secure__ignoreUrls: '[]' },
    1,
  );
  const nodeProxyPid = await start(
    'node-proxy',
    ['-e', NODE_PROXY],
    PORTS.nodeProxy,
    { UPSTREAM: upstream },
    1,
  );

  const { keys } = await (await fetch(`http://${upstream}${PATH}`)).json();
  const token = memberToken(privateKey, keys[0].kid);
  const through = (port) => `http://127.0.0.1:${port}/${SERVICE}${PATH}`;
  const scenarios = [
    { name: 'direct', url: `http://${upstream}${PATH}`, headers: {}, pid: null },
    { name: 'gateway', url: through(PORTS.gateway), headers: {}, pid: gatewayPid },
    {
      name: 'gateway+jwt',
      url: through(PORTS.gatewayWithAuth),
      headers: { authorization: `Bearer ${token}` },
      pid: gatewayWithAuthPid,
    },
    { name: 'node-proxy', url: through(PORTS.nodeProxy), headers: {}, pid: nodeProxyPid },
  ];
  for (const scenario of scenarios) {
    const res = await fetch(scenario.url, { headers: scenario.headers });
    const body = await res.json();
    if (res.status !== 200 || !Array.isArray(body.keys)) {
      throw new Error(`${scenario.name}: unexpected answer ${res.status} ${JSON.stringify(body)}`);
    }
    await measure(scenario.url, scenario.headers, 2); // warm-up (JIT, pools, token cache)
  }

  const best = new Map();
  for (let round = 1; round <= rounds; round++) {
    for (const scenario of scenarios) {
      const before = {
        service: cpuSeconds(servicePid),
        proxy: scenario.pid ? cpuSeconds(scenario.pid) : 0,
        load: process.cpuUsage(),
      };
      const result = await measure(scenario.url, scenario.headers, durationSeconds);
      // CPU time per request does not depend on what else runs on the machine: the robust figure.
      const perRequest = (seconds) => (seconds / result.total) * 1e6;
      result.serviceCpuUs = perRequest(cpuSeconds(servicePid) - before.service);
      result.proxyCpuUs = scenario.pid ? perRequest(cpuSeconds(scenario.pid) - before.proxy) : 0;
      const load = process.cpuUsage(before.load);
      result.loadCpuUs = perRequest((load.user + load.system) / 1e6);
      console.log(
        `round ${round} ${scenario.name.padEnd(12)} ${pad(format(result.rps, 0), 7)} req/s  ` +
          `p50 ${format(result.p50)} ms  p99 ${format(result.p99)} ms  CPU/request: ` +
          `service ${format(result.serviceCpuUs, 0)} µs, proxy ${format(result.proxyCpuUs, 0)} µs, ` +
          `autocannon ${format(result.loadCpuUs, 0)} µs  non-2xx ${result.non2xx}  errors ${result.errors}`,
      );
      if (result.non2xx > 0 || result.errors > 0) {
        throw new Error(`${scenario.name}: failed requests`);
      }
      const previous = best.get(scenario.name);
      if (!previous || result.rps > previous.rps) best.set(scenario.name, result);
    }
  }

  // Open-loop runs, alternated like the saturated ones; the median of the rounds is kept, so that a
  // burst of other work on the machine during one run does not decide the figure.
  const rate = Math.max(1, Math.round(best.get('gateway').rps * rateShare));
  const runsAtRate = new Map(scenarios.map((scenario) => [scenario.name, []]));
  for (let round = 1; round <= rounds; round++) {
    for (const scenario of scenarios) {
      const result = await measureAtRate(scenario.url, scenario.headers, rate, durationSeconds);
      if (result.non2xx > 0 || result.errors > 0) {
        throw new Error(`${scenario.name} at ${rate} req/s: failed requests`);
      }
      console.log(
        `round ${round} ${scenario.name.padEnd(12)} at ${rate} req/s: p50 ${format(result.p50, 3)} ms  ` +
          `p99 ${format(result.p99, 3)} ms`,
      );
      runsAtRate.get(scenario.name).push(result);
    }
  }
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length / 2;
    return Number.isInteger(middle)
      ? (sorted[middle - 1] + sorted[middle]) / 2
      : sorted[Math.floor(middle)];
  };
  const atRate = new Map(
    [...runsAtRate].map(([name, runs]) => [
      name,
      {
        rps: median(runs.map((r) => r.rps)),
        p50: median(runs.map((r) => r.p50)),
        p99: median(runs.map((r) => r.p99)),
      },
    ]),
  );

  const direct = best.get('direct');
  console.log('');
  console.log(
    `node ${process.version}, ${cpus().length} CPUs, ${connections} connections, ${durationSeconds} s per run, ` +
      `best of ${rounds} rounds, LOG_LEVEL=${logLevel}` +
      `${pin ? ', service on CPU 0, proxies on CPU 1' : ', unpinned'}` +
      `${niceness !== undefined ? `, nice ${niceness}` : ''}; load average at the end ` +
      `${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}`,
  );
  console.log(
    'scenario       req/s  vs direct   p50 ms   p99 ms  added p50   service µs   proxy µs   autocannon µs',
  );
  for (const [name, r] of best) {
    console.log(
      `${name.padEnd(12)} ${pad(format(r.rps, 0), 7)}  ${pad(format((100 * r.rps) / direct.rps, 1), 7)} %` +
        `  ${pad(format(r.p50), 7)}  ${pad(format(r.p99), 7)}  ${pad(format(r.p50 - direct.p50), 9)}` +
        `  ${pad(format(r.serviceCpuUs, 0), 11)}  ${pad(format(r.proxyCpuUs, 0), 9)}  ${pad(format(r.loadCpuUs, 0), 14)}`,
    );
  }
  console.log(
    `same offered load for each scenario (open loop, median of ${rounds} rounds): ${rate} req/s ` +
      `over up to ${connections} connections`,
  );
  const base = atRate.get('direct');
  for (const [name, r] of atRate) {
    console.log(
      `${name.padEnd(12)} ${pad(format(r.rps, 0), 7)} req/s  p50 ${format(r.p50, 3)} ms  p99 ${format(r.p99, 3)} ms` +
        `  added p50 ${format(r.p50 - base.p50, 3)} ms`,
    );
  }

  const gateway = best.get('gateway');
  const addedAtRate = atRate.get('gateway').p50 - base.p50;
  const ratio = gateway.rps / direct.rps;
  console.log(
    `gateway: ${format(100 * ratio, 1)} % of direct throughput (target >= 70 %: ${ratio >= 0.7 ? 'met' : 'NOT met'}); ` +
      `added p50 ${format(addedAtRate, 3)} ms at ${rate} req/s (target <= 1 ms: ${addedAtRate <= 1 ? 'met' : 'NOT met'}), ` +
      `${format(gateway.p50 - direct.p50)} ms saturated`,
  );

  // What the CPU figures imply for two cores with nothing else running: a single-threaded process
  // serves at most 1/cpu requests per second, and all of them together at most 2/sum.
  const capacity = (...costsUs) =>
    Math.min(...costsUs.map((us) => 1e6 / us), 2e6 / costsUs.reduce((a, b) => a + b, 0));
  const directCapacity = capacity(direct.serviceCpuUs, direct.loadCpuUs);
  const gatewayCapacity = capacity(gateway.serviceCpuUs, gateway.proxyCpuUs, gateway.loadCpuUs);
  console.log(
    `model of 2 idle cores from these CPU costs: direct ≈ ${format(directCapacity, 0)} req/s, ` +
      `gateway ≈ ${format(gatewayCapacity, 0)} req/s (${format((100 * gatewayCapacity) / directCapacity, 1)} %), ` +
      `closed-loop added p50 ≈ ${format(1000 * (connections / gatewayCapacity - connections / directCapacity), 2)} ms`,
  );
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(stopAll);
