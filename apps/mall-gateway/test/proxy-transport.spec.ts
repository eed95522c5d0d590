import { startTestService, type TestService } from '@mall/testing';
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serviceDefinition } from '../src/service';
import { rawRequest } from './support/raw-http';

/** A promise with its resolve function, for steps that wait for the other side. */
function signal<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * How the proxy moves bytes: both directions streamed (never collected whole), one pooled
 * keep-alive connection reused, a client that leaves stops the service's request, and a service
 * that breaks, stalls or never answers gets the gateway's envelope (or a cut answer once its
 * headers were relayed). The service is a plain node server whose routes the tests steer.
 */
describe('mall-gateway proxy transport', () => {
  const PROXY_TIMEOUT_MS = 500;
  let upstream: http.Server;
  let connections = 0;
  let gateway: TestService;
  // Steps of the current test, replaced by the tests that use them.
  let firstBodyChunk = signal();
  let releaseAnswer = signal();
  let silentArrived = signal();
  let silentClosed = signal();

  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/product/echo-stream') {
        const hash = createHash('sha256');
        let bytes = 0;
        req.on('data', (chunk: Buffer) => {
          if (bytes === 0) firstBodyChunk.resolve();
          bytes += chunk.length;
          hash.update(chunk);
        });
        req.on('end', () => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ bytes, sha256: hash.digest('hex') }));
        });
        return;
      }
      if (path === '/product/slow-answer') {
        // No Content-Length: the rest is written only once the client has the first part.
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.write(Buffer.alloc(1000, 'a'));
        void releaseAnswer.promise.then(() => res.end(Buffer.alloc(500_000, 'b')));
        return;
      }
      if (path === '/product/silent') {
        req.on('close', () => silentClosed.resolve());
        silentArrived.resolve();
        return; // never answers
      }
      if (path === '/product/reset') {
        req.socket.destroy();
        return;
      }
      if (path === '/product/cut') {
        res.writeHead(200, { 'content-length': '100000', 'content-type': 'text/plain' });
        res.write('only the start', () => res.destroy());
        return;
      }
      if (path === '/product/stall') {
        res.writeHead(200, { 'content-length': '100000', 'content-type': 'text/plain' });
        res.write('a start, then nothing');
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.setHeader('vary', 'Accept-Encoding');
      res.end(JSON.stringify({ code: 200, message: '操作成功', data: { method: req.method } }));
    });
    upstream.on('connection', () => connections++);
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const address = `127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    gateway = await startTestService(serviceDefinition, {
      env: {
        'MALL__discovery__services__mall-portal': JSON.stringify([address]),
        MALL__app__proxy__timeoutMs: String(PROXY_TIMEOUT_MS),
        // Upstream failures are logged as errors; the assertions cover them.
        LOG_LEVEL: 'fatal',
      },
    });
  });

  afterAll(async () => {
    await gateway?.close();
    upstream?.closeAllConnections();
    await new Promise<void>((resolve) => (upstream ? upstream.close(() => resolve()) : resolve()));
  });

  const gatewayPort = () => Number(new URL(gateway.url).port);
  const metrics = async () => (await rawRequest(gateway.url, '/actuator/prometheus')).text;

  it('streams a request body: the service reads it while the client is still sending', async () => {
    firstBodyChunk = signal();
    const first = Buffer.alloc(2 * 1024 * 1024, 'x');
    const rest = Buffer.alloc(2 * 1024 * 1024, 'y');
    const answer = new Promise<http.IncomingMessage>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port: gatewayPort(),
        method: 'POST',
        path: '/mall-portal/product/echo-stream',
        headers: {
          'content-type': 'application/octet-stream',
          'content-length': first.length + rest.length,
        },
        agent: false,
      });
      req.on('response', resolve);
      req.on('error', reject);
      req.write(first);
      // The second half is sent only after the service received bytes of the first.
      void firstBodyChunk.promise.then(() => req.end(rest));
    });
    const res = await answer;
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    expect(res.statusCode).toBe(200);
    expect(body).toEqual({
      bytes: first.length + rest.length,
      sha256: createHash('sha256').update(first).update(rest).digest('hex'),
    });
  });

  it('streams an answer: the client gets its start before the service has written the rest', async () => {
    releaseAnswer = signal();
    const received = await new Promise<number>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port: gatewayPort(), path: '/mall-portal/product/slow-answer' },
        (res) => {
          let bytes = 0;
          res.on('data', (chunk: Buffer) => {
            if (bytes === 0) releaseAnswer.resolve();
            bytes += chunk.length;
          });
          res.on('end', () => resolve(bytes));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
    });
    expect(received).toBe(1000 + 500_000);
  });

  it('relays HEAD answers without a body', async () => {
    const res = await rawRequest(gateway.url, '/mall-portal/product/ka', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.bytes.length).toBe(0);
  });

  it('reuses one pooled keep-alive connection for consecutive requests', async () => {
    // Warm the pool, then count the service's new connections over ten requests.
    await rawRequest(gateway.url, '/mall-portal/product/ka');
    const before = connections;
    for (let i = 0; i < 10; i++) {
      const res = await rawRequest(gateway.url, '/mall-portal/product/ka');
      expect(res.json).toMatchObject({ code: 200 });
    }
    expect(connections - before).toBe(0);
  });

  it('keeps the gateway’s CORS headers and merges Vary with the service’s', async () => {
    const res = await rawRequest(gateway.url, '/mall-portal/product/ka', {
      headers: { origin: 'https://shop.example' },
    });
    expect(res.headers['access-control-allow-origin']).toBe('https://shop.example');
    expect(res.headers['vary']).toBe('Accept-Encoding, Origin');
  });

  it('stops the service’s request when the client leaves, and records 499', async () => {
    silentArrived = signal();
    silentClosed = signal();
    const req = http.get({
      host: '127.0.0.1',
      port: gatewayPort(),
      path: '/mall-portal/product/silent?case=abort',
      agent: false,
    });
    req.on('error', () => undefined);
    await silentArrived.promise;
    req.destroy();
    // Resolves only when the gateway closed its request to the service.
    await silentClosed.promise;
    expect(await metrics()).toMatch(
      /http_server_requests_seconds_count\{[^}]*route="\/mall-portal\/\*"[^}]*status="499"/,
    );
  });

  it('answers 504 in the envelope when the service does not answer in time', async () => {
    silentArrived = signal();
    silentClosed = signal();
    const res = await rawRequest(gateway.url, '/mall-portal/product/silent?case=timeout');
    expect(res.status).toBe(504);
    expect(res.json).toEqual({
      code: 500,
      message: 'mall-portal did not answer in time',
      data: null,
    });
    await silentClosed.promise;
  });

  it('answers 502 in the envelope when the service drops the connection without answering', async () => {
    const res = await rawRequest(gateway.url, '/mall-portal/product/reset');
    expect(res.status).toBe(502);
    expect(res.json).toEqual({ code: 500, message: 'mall-portal failed to answer', data: null });
    // With a body on its way (not retried on another instance): the same answer.
    const upload = await rawRequest(gateway.url, '/mall-portal/product/reset', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: Buffer.alloc(256 * 1024, 'z'),
    });
    expect(upload.status).toBe(502);
    expect(upload.json).toMatchObject({ code: 500, message: 'mall-portal failed to answer' });
  });

  it('cuts the client’s answer off when the service’s answer breaks after its headers', async () => {
    for (const path of ['/mall-portal/product/cut', '/mall-portal/product/stall']) {
      const outcome = await new Promise<{ status: number; complete: boolean }>((resolve) => {
        const req = http.get(
          { host: '127.0.0.1', port: gatewayPort(), path, agent: false },
          (res) => {
            res.resume();
            res.on('close', () => resolve({ status: res.statusCode ?? 0, complete: res.complete }));
          },
        );
        req.on('error', () => resolve({ status: 0, complete: false }));
      });
      expect(outcome).toEqual({ status: 200, complete: false });
    }
    const text = await metrics();
    expect(text).toMatch(/gateway_upstream_failures_total\{[^}]*kind="reset"[^}]*\} [1-9]/);
    expect(text).toMatch(/gateway_upstream_failures_total\{[^}]*kind="timeout"[^}]*\} [1-9]/);
  });
});
