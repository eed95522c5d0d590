import * as http from 'node:http';
import * as net from 'node:net';
import { StaticRegistry } from './static-registry';
import { ServiceCallError } from './service-call-error';
import { ServiceClient } from './service-client';

interface TestServer {
  readonly address: string;
  readonly requests: Array<{
    method?: string;
    url?: string;
    headers: http.IncomingHttpHeaders;
    body: string;
  }>;
  connections: number;
  close(): Promise<void>;
}

async function startServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void,
): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests.push({ method: req.method, url: req.url, headers: req.headers, body });
      handler(req, res, body);
    });
  });
  const state = {
    requests,
    connections: 0,
    address: '',
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  server.on('connection', () => state.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.address = `127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return state;
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function closedAddress(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `127.0.0.1:${port}`;
}

async function rejection(promise: Promise<unknown>): Promise<ServiceCallError> {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(ServiceCallError);
  return error as ServiceCallError;
}

describe('ServiceClient', () => {
  const servers: TestServer[] = [];
  const clients: ServiceClient[] = [];
  const server = async (handler: Parameters<typeof startServer>[0]) => {
    const started = await startServer(handler);
    servers.push(started);
    return started;
  };
  const client = (services: Record<string, string[]>, options = {}) => {
    const created = new ServiceClient(new StaticRegistry(services), options);
    clients.push(created);
    return created;
  };
  const named = (name: string) =>
    server((req, res) => json(res, 200, { code: 200, message: 'ok', data: name }));

  afterEach(async () => {
    for (const created of clients.splice(0)) created.close();
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it('spreads calls round-robin over the instances', async () => {
    const a = await named('a');
    const b = await named('b');
    const calls = client({ 'mall-member': [a.address, b.address] });
    const answers: string[] = [];
    for (let i = 0; i < 4; i++) {
      answers.push((await calls.get<{ data: string }>('mall-member', '/x')).body.data);
    }
    expect(answers).toEqual(['a', 'b', 'a', 'b']);
    expect(await calls.pickInstance('mall-member')).toEqual({
      host: '127.0.0.1',
      port: Number(a.address.split(':')[1]),
    });
  });

  it('sends JSON, query parameters and the given headers, and decodes JSON', async () => {
    const echo = await server((req, res, body) =>
      json(res, 200, {
        url: req.url,
        user: req.headers['user'],
        sw8: req.headers['sw8'],
        body: JSON.parse(body),
      }),
    );
    const calls = client({ 'mall-order': [echo.address] });
    const response = await calls.post<{ url: string; user: string; sw8: string; body: unknown }>(
      'mall-order',
      '/order/generateOrder',
      { cartIds: [1, 2] },
      {
        query: { pageNum: 1, tags: ['a', 'b'], skipped: undefined },
        headers: { user: '{"id":1}', sw8: '1-abc', host: 'ignored' },
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.body).toEqual({
      url: '/order/generateOrder?pageNum=1&tags=a&tags=b',
      user: '{"id":1}',
      sw8: '1-abc',
      body: { cartIds: [1, 2] },
    });
    expect(echo.requests[0].headers['content-type']).toBe('application/json');
    expect(echo.requests[0].headers['host']).toBe(echo.address);
  });

  it('retries a refused GET on the next instance', async () => {
    const down = await closedAddress();
    const up = await named('up');
    const calls = client({ 'mall-cart': [down, up.address] });
    const response = await calls.get<{ data: string }>('mall-cart', '/cart/list');
    expect(response.body.data).toBe('up');
    expect(up.requests).toHaveLength(1);
  });

  it('does not retry a refused POST', async () => {
    const down = await closedAddress();
    const up = await named('up');
    const calls = client({ 'mall-order': [down, up.address] });
    const error = await rejection(calls.post('mall-order', '/order/generateOrder', {}));
    expect(error).toMatchObject({ service: 'mall-order', instance: down, code: 'CONNECT' });
    expect(up.requests).toHaveLength(0);
  });

  it('gives up after the instances run out', async () => {
    const calls = client({ 'mall-cart': [await closedAddress(), await closedAddress()] });
    const error = await rejection(calls.get('mall-cart', '/cart/list'));
    expect(error.code).toBe('CONNECT');
  });

  it('times out a slow call without retrying it elsewhere', async () => {
    const slow = await server(() => undefined);
    const other = await named('other');
    const calls = client({ 'mall-search': [slow.address, other.address] }, { timeoutMs: 100 });
    const error = await rejection(calls.get('mall-search', '/esProduct/search'));
    expect(error).toMatchObject({
      service: 'mall-search',
      instance: slow.address,
      code: 'TIMEOUT',
    });
    expect(other.requests).toHaveLength(0);
  });

  it('reuses one keep-alive connection for sequential calls', async () => {
    const target = await named('t');
    const calls = client({ 'mall-member': [target.address] });
    for (let i = 0; i < 5; i++) await calls.get('mall-member', '/ping');
    expect(target.requests).toHaveLength(5);
    expect(target.connections).toBe(1);
  });

  it('surfaces error statuses with their decoded body', async () => {
    const failing = await server((req, res) => json(res, 500, { code: 500, message: 'boom' }));
    const calls = client({ 'mall-admin': [failing.address] });
    const error = await rejection(calls.get('mall-admin', '/brand/list'));
    expect(error).toMatchObject({
      code: 'HTTP',
      status: 500,
      body: { code: 500, message: 'boom' },
      instance: failing.address,
    });
    const accepted = await calls.get('mall-admin', '/brand/list', { acceptErrorStatus: true });
    expect(accepted).toMatchObject({ status: 500, body: { code: 500, message: 'boom' } });
  });

  it('surfaces an unreadable JSON body', async () => {
    const broken = await server((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8' });
      res.end('{"code":');
    });
    const calls = client({ 'mall-portal': [broken.address] });
    const error = await rejection(calls.get('mall-portal', '/home/content'));
    expect(error).toMatchObject({ code: 'HTTP', status: 200, body: '{"code":' });
    expect(error.message).toContain('invalid JSON');
  });

  it('returns text bodies as strings', async () => {
    const text = await server((req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('pong');
    });
    const calls = client({ 'mall-monitor': [text.address] });
    expect((await calls.get<string>('mall-monitor', '/ping')).body).toBe('pong');
  });

  it('fails fast when no instance is known', async () => {
    const calls = client({});
    const error = await rejection(calls.get('mall-nowhere', '/'));
    expect(error).toMatchObject({ code: 'CONNECT', service: 'mall-nowhere', instance: undefined });
  });
});
