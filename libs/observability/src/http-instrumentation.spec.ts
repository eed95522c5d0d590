import Fastify, { FastifyInstance } from 'fastify';
import { request as httpRequest } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { captureLogLines } from '../test/support/log-capture';
import { sampleValue } from '../test/support/prometheus-text';
import {
  getEnvelopeCode,
  instrumentFastify,
  setEnvelopeCode,
  setRequestUserId,
} from './http-instrumentation';
import { createLogger } from './logging';
import { Metrics } from './metrics';

function envelope(code: number, data: unknown = null) {
  return { code, message: code === 200 ? '操作成功' : '操作失败', data };
}

async function buildApp(
  options: { ignorePaths?: string[]; routes?: (app: FastifyInstance) => void } = {},
) {
  const { ignorePaths, routes } = options;
  const metrics = new Metrics('mall-admin', { defaultMetrics: false });
  const { destination, lines, waitForLine } = captureLogLines();
  const logger = createLogger('mall-admin', 'info', destination);
  const app = Fastify();
  instrumentFastify(app, { metrics, logger, ignorePaths });

  app.get('/brand/list', async (_request, reply) => {
    setEnvelopeCode(reply, 200);
    return envelope(200, { list: [] });
  });
  app.post('/product/updateInfo/:id', async (request, reply) => {
    setRequestUserId(request, 3);
    // Business failure: HTTP 200, failure code in the body, as the original clients expect.
    setEnvelopeCode(reply, 500);
    return envelope(500);
  });
  app.get('/brand/:id', async () => {
    throw new Error('database unavailable');
  });
  app.get('/actuator/health', async () => ({ status: 'UP' }));
  routes?.(app);
  await app.ready();
  return { app, metrics, lines, waitForLine };
}

describe('instrumentFastify', () => {
  let app: FastifyInstance;
  let metrics: Metrics;
  let lines: Record<string, unknown>[];

  beforeEach(async () => {
    ({ app, metrics, lines } = await buildApp());
  });
  afterEach(() => app.close());

  async function count(labels: Record<string, string>) {
    return sampleValue(await metrics.render(), 'http_server_requests_seconds_count', labels);
  }

  it('labels the histogram with the route template, status and envelope code', async () => {
    await app.inject({ method: 'GET', url: '/brand/list?pageNum=1&pageSize=5' });
    await app.inject({ method: 'GET', url: '/brand/list' });
    await app.inject({ method: 'POST', url: '/product/updateInfo/26', payload: {} });
    await app.inject({ method: 'POST', url: '/product/updateInfo/27', payload: {} });

    expect(await count({ method: 'GET', route: '/brand/list', status: '200', code: '200' })).toBe(
      2,
    );
    expect(
      await count({ method: 'POST', route: '/product/updateInfo/:id', status: '200', code: '500' }),
    ).toBe(2);
  });

  it('records unmatched paths as UNKNOWN and unhandled errors as 5xx without a code', async () => {
    await app.inject({ method: 'GET', url: '/no/such/path/1' });
    await app.inject({ method: 'GET', url: '/no/such/path/2' });
    await app.inject({ method: 'GET', url: '/brand/9' });

    expect(await count({ route: 'UNKNOWN', status: '404', code: 'none' })).toBe(2);
    expect(await count({ route: '/brand/:id', status: '500', code: 'none' })).toBe(1);
  });

  it('leaves /actuator paths out of the histogram and the access log', async () => {
    await app.inject({ method: 'GET', url: '/actuator/health' });
    const text = await metrics.render();
    expect(text).not.toContain('/actuator');
    expect(lines).toHaveLength(0);
  });

  it('honours custom ignore paths on whole path segments', async () => {
    const custom = await buildApp({ ignorePaths: ['/brand'] });
    try {
      await custom.app.inject({ method: 'GET', url: '/brand/list' });
      await custom.app.inject({ method: 'GET', url: '/actuator/health' });
      expect(custom.lines.map((line) => line['route'])).toEqual(['/actuator/health']);
    } finally {
      await custom.app.close();
    }
  });

  it('writes one access-log line per request with the request fields', async () => {
    await app.inject({
      method: 'GET',
      url: '/brand/list?pageNum=2',
      headers: { 'user-agent': 'jmeter/2.13' },
    });

    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({
      level: 'info',
      message: 'request',
      service: 'mall-admin',
      method: 'GET',
      url: '/brand/list?pageNum=2',
      route: '/brand/list',
      status: 200,
      code: 200,
      ip: '127.0.0.1',
      userAgent: 'jmeter/2.13',
    });
    expect(typeof line['latencyMs']).toBe('number');
    expect(line['latencyMs']).toBeGreaterThanOrEqual(0);
    expect(line).not.toHaveProperty('userId');
    expect(line).not.toHaveProperty('traceId');
  });

  it('logs envelope failures at warn with the user id, and 5xx at error', async () => {
    await app.inject({ method: 'POST', url: '/product/updateInfo/26', payload: {} });
    await app.inject({ method: 'GET', url: '/brand/9' });
    await app.inject({ method: 'GET', url: '/missing' });

    expect(
      lines.map((line) => [line['level'], line['route'], line['status'], line['code']]),
    ).toEqual([
      ['warn', '/product/updateInfo/:id', 200, 500],
      ['error', '/brand/:id', 500, null],
      ['info', 'UNKNOWN', 404, null],
    ]);
    expect(lines[0]['userId']).toBe(3);
  });

  it('counts requests in flight until they are answered', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let handlerStarted!: () => void;
    const started = new Promise<void>((resolve) => (handlerStarted = resolve));
    const slow = await buildApp({
      routes: (app) =>
        app.get('/slow', async () => {
          handlerStarted();
          await released;
          return 'done';
        }),
    });
    try {
      const pending = slow.app.inject({ method: 'GET', url: '/slow' });
      await started;
      expect(sampleValue(await slow.metrics.render(), 'http_server_requests_in_flight')).toBe(1);
      release();
      await pending;
      expect(sampleValue(await slow.metrics.render(), 'http_server_requests_in_flight')).toBe(0);
    } finally {
      await slow.app.close();
    }
  });

  it('records a request the client abandoned as 499 and stops counting it in flight', async () => {
    let handlerStarted!: () => void;
    const started = new Promise<void>((resolve) => (handlerStarted = resolve));
    const aborted = await buildApp({
      routes: (app) =>
        app.get('/order/generateOrder', async (request) => {
          handlerStarted();
          await once(request.raw, 'close');
          return 'too late';
        }),
    });
    await aborted.app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { port } = aborted.app.server.address() as AddressInfo;
      const client = httpRequest({ host: '127.0.0.1', port, path: '/order/generateOrder' });
      client.on('error', () => undefined);
      client.end();
      await started;
      client.destroy();
      const line = await aborted.waitForLine((logged) => logged['message'] === 'request');

      expect(line).toMatchObject({
        level: 'warn',
        route: '/order/generateOrder',
        status: 499,
        aborted: true,
      });
      const text = await aborted.metrics.render();
      expect(sampleValue(text, 'http_server_requests_in_flight')).toBe(0);
      expect(
        sampleValue(text, 'http_server_requests_seconds_count', { status: '499', code: 'none' }),
      ).toBe(1);
      expect(aborted.lines).toHaveLength(1);
    } finally {
      await aborted.app.close();
    }
  });

  it('refuses to instrument the same instance twice', () => {
    const options = {
      metrics: new Metrics('x', { defaultMetrics: false }),
      logger: createLogger('x', 'silent'),
    };
    const instance = Fastify();
    instrumentFastify(instance, options);
    expect(() => instrumentFastify(instance, options)).toThrow(/already applied/);
  });
});

describe('setEnvelopeCode', () => {
  it('stores the code on the reply object', () => {
    const reply = {};
    expect(getEnvelopeCode(reply)).toBeUndefined();
    setEnvelopeCode(reply, 401);
    expect(getEnvelopeCode(reply)).toBe(401);
  });
});
