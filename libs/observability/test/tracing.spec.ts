import { request } from 'node:http';
import * as path from 'node:path';
import { spawnJsonLines, JsonLinesProcess, WORKSPACE_ROOT } from './support/child-process';
import {
  CollectorProcess,
  SegmentObject,
  SPAN_TYPE,
  startCollectorProcess,
} from './support/collector-process';

// Each service runs in its own process: the agent patches modules process-wide.
const SERVICE_A = 'fixture-gateway';
const SERVICE_B = 'svc-mall-fixture-b';

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const name of ['SW_AGENT_NAME', 'SW_AGENT_INSTANCE', 'SW_DISABLE', 'SW_TRACE_IGNORE_PATH']) {
    delete env[name];
  }
  return env;
}

function getJson(port: number, urlPath: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const call = request({ host: '127.0.0.1', port, path: urlPath }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: JSON.parse(body) }),
      );
    });
    call.on('error', reject);
    call.end();
  });
}

const entrySpan = (segment: SegmentObject) =>
  segment.spansList.find((span) => span.spantype === SPAN_TYPE.entry);

describe('SkyWalking tracing across two services', () => {
  let collector: CollectorProcess;
  let serviceA: JsonLinesProcess;
  let serviceB: JsonLinesProcess;
  let portA: number;
  let bStartedTracing: unknown;
  let serviceAClient: JsonLinesProcess | undefined;
  let downstreamAddress = '';

  beforeAll(async () => {
    collector = await startCollectorProcess();
    const collectorAddress = `127.0.0.1:${collector.port}`;

    serviceB = spawnJsonLines(
      ['-r', '@swc-node/register', path.join(__dirname, 'fixtures/service-b.ts')],
      childEnv({
        SW_AGENT_COLLECTOR_BACKEND_SERVICES: collectorAddress,
        SWC_NODE_PROJECT: path.join(WORKSPACE_ROOT, 'libs/observability/tsconfig.spec.json'),
      }),
      'service B',
    );
    const listeningB = await serviceB.waitForLine((line) => line['event'] === 'listening');
    bStartedTracing = listeningB['tracing'];
    downstreamAddress = `127.0.0.1:${listeningB['port']}`;

    serviceA = spawnJsonLines(
      [path.join(__dirname, 'fixtures/service-a.js')],
      childEnv({
        SW_AGENT_COLLECTOR_BACKEND_SERVICES: collectorAddress,
        FIXTURE_SERVICE_NAME: SERVICE_A,
        DOWNSTREAM_URL: `http://127.0.0.1:${listeningB['port']}`,
      }),
      'service A',
    );
    portA = (await serviceA.waitForLine((line) => line['event'] === 'listening'))['port'] as number;
  }, 60000);

  afterAll(async () => {
    await Promise.all([serviceA?.stop(), serviceB?.stop(), serviceAClient?.stop()]);
    await collector?.close();
  });

  it('reports both segments of one request under one trace id, B referencing A', async () => {
    expect(bStartedTracing).toBe(true);

    const response = await getJson(portA, '/api/product/26');
    expect(response.status).toBe(200);
    const traceIdSeenByB = (response.body as { data: { traceId: string | null } }).data.traceId;
    expect(traceIdSeenByB).toEqual(expect.any(String));

    const isA = (s: SegmentObject) => s.service === SERVICE_A && s.traceid === traceIdSeenByB;
    const isB = (s: SegmentObject) => s.service === SERVICE_B && s.traceid === traceIdSeenByB;
    const segments = await collector.waitForSegments((all) => all.some(isA) && all.some(isB));
    const segmentA = segments.find(isA) as SegmentObject;
    const segmentB = segments.find(isB) as SegmentObject;

    // A: the incoming request and the exit call to B.
    expect(entrySpan(segmentA)?.operationname).toBe('GET:/api/product/26');
    const exitToB = segmentA.spansList.find((span) => span.spantype === SPAN_TYPE.exit);
    expect(exitToB?.operationname).toBe('/product/updateInfo/26');

    // B: its entry span continues A's trace through the sw8 header.
    const entryB = entrySpan(segmentB);
    expect(entryB?.operationname).toBe('POST:/product/updateInfo/26');
    expect(entryB?.refsList).toHaveLength(1);
    expect(entryB?.refsList[0]).toMatchObject({
      parentservice: SERVICE_A,
      parentserviceinstance: 'fixture-a-1',
      parenttracesegmentid: segmentA.tracesegmentid,
    });
    expect(segmentB.serviceinstance).toMatch(/-\d+$/);
  });

  it("puts B's trace id on its access-log line and on logs written inside the handler", async () => {
    const response = await getJson(portA, '/api/product/27');
    const traceId = (response.body as { data: { traceId: string } }).data.traceId;

    const handlerLine = await serviceB.waitForLine(
      (line) => line['message'] === 'updating product' && line['productId'] === '27',
    );
    const accessLine = await serviceB.waitForLine(
      (line) => line['message'] === 'request' && line['url'] === '/product/updateInfo/27',
    );

    expect(handlerLine).toMatchObject({ service: 'mall-fixture-b', traceId, name: 'iPhone 15' });
    expect(accessLine).toMatchObject({
      level: 'info',
      service: 'mall-fixture-b',
      method: 'POST',
      route: '/product/updateInfo/:id',
      status: 200,
      code: 200,
      traceId,
    });
  });

  it('carries sw8 across a call made with the platform ServiceClient', async () => {
    serviceAClient = spawnJsonLines(
      ['-r', '@swc-node/register', path.join(__dirname, 'fixtures/service-a-client.ts')],
      childEnv({
        SW_AGENT_COLLECTOR_BACKEND_SERVICES: `127.0.0.1:${collector.port}`,
        // The base config carries the @mall/* paths the fixture imports.
        SWC_NODE_PROJECT: path.join(WORKSPACE_ROOT, 'tsconfig.base.json'),
        DOWNSTREAM_ADDRESS: downstreamAddress,
      }),
      'service A (ServiceClient)',
    );
    const listening = await serviceAClient.waitForLine((line) => line['event'] === 'listening');
    expect(listening['tracing']).toBe(true);

    const response = await getJson(listening['port'] as number, '/api/product/31');
    expect(response.status).toBe(200);
    const traceId = (response.body as { data: { traceId: string | null } }).data.traceId;
    expect(traceId).toEqual(expect.any(String));

    const isA = (s: SegmentObject) => s.service === 'svc-mall-fixture-a' && s.traceid === traceId;
    const isB = (s: SegmentObject) => s.service === SERVICE_B && s.traceid === traceId;
    const segments = await collector.waitForSegments((all) => all.some(isA) && all.some(isB));
    const segmentA = segments.find(isA) as SegmentObject;
    const entryB = entrySpan(segments.find(isB) as SegmentObject);
    expect(segmentA.spansList.some((span) => span.spantype === SPAN_TYPE.exit)).toBe(true);
    expect(entryB?.refsList[0]).toMatchObject({
      parentservice: 'svc-mall-fixture-a',
      parenttracesegmentid: segmentA.tracesegmentid,
    });
  });
});
