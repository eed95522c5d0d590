import { spawn, type ChildProcess } from 'node:child_process';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { RunningService, startBuiltService, WORKSPACE_ROOT } from '@mall/testing';

// The built gateway with the SkyWalking agent on (fake OAP collector): the proxy's calls go through
// node's http.request, so the agent adds `sw8` to every proxied request and reports the exit span.
const GATEWAY_PORT = 29211;

interface Segment {
  traceid: string;
  service: string;
  spansList: { spantype: number; peer: string; operationname: string }[];
}

/** The fake collector as a child process printing one JSON line per event. */
async function startCollector(): Promise<{
  port: number;
  segments: Segment[];
  process: ChildProcess;
}> {
  const child = spawn(
    process.execPath,
    [join(WORKSPACE_ROOT, 'tools/fakes/skywalking-collector.mjs'), '--port', '0'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const segments: Segment[] = [];
  let buffered = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (data: Buffer) => {
      buffered += data.toString();
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (!line.startsWith('{')) continue;
        const event = JSON.parse(line) as { event: string; port?: number; segment?: Segment };
        if (event.event === 'listening') resolve(event.port as number);
        if (event.event === 'segment' && event.segment) segments.push(event.segment);
      }
    });
    child.once('exit', (code) => reject(new Error(`collector exited with ${code}`)));
  });
  return { port, segments, process: child };
}

/** `1-<traceId>-<segmentId>-<spanId>-<service>-<instance>-<endpoint>-<target>`, base64 parts decoded. */
function decodeSw8(header: string) {
  const parts = header.split('-');
  const text = (index: number) => Buffer.from(parts[index], 'base64').toString('utf8');
  return { traceId: text(1), service: text(4), endpoint: text(6), target: text(7) };
}

describe('the gateway propagates sw8 to the services (built gateway, SkyWalking agent on)', () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let upstream: http.Server;
  let upstreamAddress: string;
  const seen: http.IncomingHttpHeaders[] = [];
  let gateway: RunningService;

  beforeAll(async () => {
    collector = await startCollector();
    upstream = http.createServer((req, res) => {
      seen.push(req.headers);
      res.setHeader('content-type', 'application/json');
      res.end('{"code":200,"message":"操作成功","data":null}');
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    upstreamAddress = `127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    gateway = await startBuiltService(
      'mall-gateway',
      GATEWAY_PORT,
      {
        SW_AGENT_COLLECTOR_BACKEND_SERVICES: `127.0.0.1:${collector.port}`,
        'MALL__discovery__services__mall-portal': `["${upstreamAddress}"]`,
        LOG_LEVEL: 'warn',
      },
      60_000,
    );
  });

  afterAll(async () => {
    await gateway?.stop();
    upstream?.closeAllConnections();
    await new Promise<void>((resolve) => (upstream ? upstream.close(() => resolve()) : resolve()));
    collector?.process.kill('SIGTERM');
  });

  const get = (path: string, headers: http.OutgoingHttpHeaders = {}) =>
    new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: GATEWAY_PORT, path, headers, agent: false },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end();
    });

  it('adds an sw8 header naming the gateway and the instance it called', async () => {
    expect(await get('/mall-portal/home/content')).toBe(200);
    const sw8 = seen[seen.length - 1]['sw8'];
    expect(typeof sw8).toBe('string');
    const context = decodeSw8(sw8 as string);
    expect(context.service).toBe('svc-mall-gateway');
    expect(context.target).toBe(upstreamAddress);
    expect(context.traceId.length).toBeGreaterThan(0);
  });

  it('continues the trace of a caller that sent sw8, and reports its exit span', async () => {
    const traceId = 'e2e.gateway.trace.1';
    const incoming = [
      '1',
      Buffer.from(traceId).toString('base64'),
      Buffer.from('e2e.segment.1').toString('base64'),
      '0',
      Buffer.from('e2e-client').toString('base64'),
      Buffer.from('e2e-client-instance').toString('base64'),
      Buffer.from('/shop').toString('base64'),
      Buffer.from(`127.0.0.1:${GATEWAY_PORT}`).toString('base64'),
    ].join('-');
    expect(await get('/mall-portal/home/content', { sw8: incoming })).toBe(200);
    const forwarded = decodeSw8(seen[seen.length - 1]['sw8'] as string);
    expect(forwarded.traceId).toBe(traceId);
    expect(forwarded.service).toBe('svc-mall-gateway');

    // The agent reports in batches: wait (bounded) for the gateway's segment of that trace.
    let segment: Segment | undefined;
    for (let i = 0; i < 100 && !segment; i++) {
      segment = collector.segments.find(
        (s) => s.traceid === traceId && s.service === 'svc-mall-gateway',
      );
      if (!segment) await new Promise((r) => setTimeout(r, 100));
    }
    expect(segment?.spansList.map((span) => span.peer)).toContain(upstreamAddress);
  });
});
