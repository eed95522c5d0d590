import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  isLoopbackNacos,
  NacosHttpClient,
  type NacosRequestOutcome,
  parseNacosServers,
} from './nacos-http-client';

describe('NacosHttpClient', () => {
  let server: http.Server;
  let base: string;
  const seen: Array<{ method?: string; url?: string; body: string; type?: string }> = [];
  let hold: http.ServerResponse | undefined;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, body, type: req.headers['content-type'] });
        if (req.url?.startsWith('/hold')) {
          hold = res;
          return;
        }
        res.writeHead(req.url?.startsWith('/missing') ? 404 : 200);
        res.end('answer');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  beforeEach(() => {
    seen.length = 0;
    hold = undefined;
  });

  it('sends GET data as query and POST data as a form, like urllib', async () => {
    const outcomes: NacosRequestOutcome[] = [];
    const client = new NacosHttpClient({ timeoutMs: 1000, onOutcome: (o) => outcomes.push(o) });
    const got = await client.request(`${base}/nacos/v1/cs/configs`, {
      data: { dataId: 'a b', group: 'G', tenant: undefined },
    });
    expect(got).toMatchObject({ status: 200, data: 'answer' });
    await client.request(`${base}/missing`, { method: 'POST', data: { content: 'x=1&y' } });
    await client.request(`${base}/ns`, {
      method: 'POST',
      data: { ip: '1.2.3.4' },
      dataAsQueryString: true,
    });
    expect(seen).toEqual([
      {
        method: 'GET',
        url: '/nacos/v1/cs/configs?dataId=a%20b&group=G',
        body: '',
        type: undefined,
      },
      {
        method: 'POST',
        url: '/missing',
        body: 'content=x%3D1%26y',
        type: 'application/x-www-form-urlencoded',
      },
      { method: 'POST', url: '/ns?ip=1.2.3.4', body: '', type: undefined },
    ]);
    expect(outcomes.map((o) => [o.ok, o.status])).toEqual([
      [true, 200],
      [true, 404],
      [true, 200],
    ]);
    client.close();
  });

  it('times requests out and reports the failure', async () => {
    const outcomes: NacosRequestOutcome[] = [];
    const client = new NacosHttpClient({ timeoutMs: 50, onOutcome: (o) => outcomes.push(o) });
    await expect(client.request(`${base}/hold`)).rejects.toMatchObject({
      name: 'NacosTimeoutError',
    });
    expect(outcomes[0]).toMatchObject({ ok: false });
    expect(client.lastOutcome?.ok).toBe(false);
    hold?.destroy();
    client.close();
  });

  it('abandons in-flight requests on close without settling them', async () => {
    const client = new NacosHttpClient({ timeoutMs: 10_000 });
    const settled = jest.fn();
    client.request(`${base}/hold`).then(settled, settled);
    while (!hold) await new Promise((resolve) => setTimeout(resolve, 5));
    const serverSide = new Promise<void>((resolve) => hold?.on('close', () => resolve()));
    client.close();
    await serverSide;
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).not.toHaveBeenCalled();
    const afterClose = jest.fn();
    client.request(`${base}/x`).then(afterClose, afterClose);
    await new Promise((resolve) => setImmediate(resolve));
    expect(afterClose).not.toHaveBeenCalled();
    expect(client.isClosed).toBe(true);
  });
});

describe('Nacos address helpers', () => {
  it('normalises server lists', () => {
    expect(parseNacosServers('nacos-0, http://nacos-1:8849/nacos ,')).toEqual([
      'nacos-0:8848',
      'nacos-1:8849',
    ]);
  });

  it('recognises loopback-only servers', () => {
    expect(isLoopbackNacos('127.0.0.1:8848,localhost')).toBe(true);
    expect(isLoopbackNacos('127.0.0.1:8848,nacos:8848')).toBe(false);
    expect(isLoopbackNacos('')).toBe(false);
  });
});
