import { MallCluster } from './support/mall-cluster';

// Every service with the infrastructure its health check must report; ports are shifted so a local
// `./mall up` on the default ports does not collide with the test.
const SERVICES: { name: string; port: number; components: string[] }[] = [
  { name: 'mall-gateway', port: 28201, components: ['redis'] },
  { name: 'mall-auth', port: 28401, components: ['db', 'redis'] },
  { name: 'mall-admin', port: 28087, components: ['db', 'redis', 'rabbitmq'] },
  { name: 'mall-portal', port: 28085, components: ['db', 'redis', 'rabbitmq'] },
  { name: 'mall-member', port: 28083, components: ['db', 'redis', 'rabbitmq'] },
  { name: 'mall-cart', port: 28086, components: ['db', 'redis', 'rabbitmq'] },
  { name: 'mall-order', port: 28084, components: ['db', 'redis', 'rabbitmq'] },
  { name: 'mall-search', port: 28081, components: ['db', 'rabbitmq'] },
  { name: 'mall-monitor', port: 28101, components: [] },
];

describe('every built service boots, reports health, metrics and OpenAPI, and shuts down cleanly', () => {
  // Info level: the log-format case below reads mall-admin's start-up lines.
  const cluster = new MallCluster('e2e_boot', SERVICES, { logLevel: 'info' });

  beforeAll(() => cluster.start());
  afterAll(() => cluster.stop());

  const get = (port: number, path: string) => fetch(`http://127.0.0.1:${port}${path}`);

  it.each(SERVICES)(
    '$name: /actuator/health is UP with its real dependencies',
    async ({ port, components }) => {
      const res = await get(port, '/actuator/health');
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        status: string;
        components?: Record<string, { status: string }>;
      };
      expect(body.status).toBe('UP');
      for (const c of components) expect(body.components?.[c]?.status).toBe('UP');
      expect((await get(port, '/actuator/health/liveness')).status).toBe(200);
      expect((await get(port, '/actuator/health/readiness')).status).toBe(200);
    },
  );

  it.each(SERVICES)(
    '$name: /actuator/prometheus exposes runtime and HTTP metrics',
    async ({ name, port }) => {
      await get(port, '/no-such-route'); // at least one observed request
      const text = await (await get(port, '/actuator/prometheus')).text();
      expect(text).toContain('# TYPE http_server_requests_seconds histogram');
      expect(text).toMatch(
        new RegExp(`http_server_requests_seconds_count\\{[^}]*service="${name}"[^}]*status="404"`),
      );
      expect(text).toContain('nodejs_eventloop_lag_seconds');
      expect(text).toContain('process_resident_memory_bytes');
    },
  );

  it.each(SERVICES)('$name: serves its OpenAPI document and Swagger UI', async ({ name, port }) => {
    const doc = (await (await get(port, '/v3/api-docs')).json()) as {
      openapi: string;
      info: { title: string };
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBe(name);
    const ui = await get(port, '/swagger-ui');
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger-ui');
  });

  it.each(SERVICES)(
    '$name: an unknown route answers the envelope with HTTP 404',
    async ({ port }) => {
      const res = await get(port, '/definitely/not/here');
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 404, data: null });
    },
  );

  it('mall-monitor reports every other service instance as UP', async () => {
    const body = (await (await get(28101, '/instances')).json()) as {
      code: number;
      data: { service: string; port: number; status: string; rssBytes?: number }[];
    };
    expect(body.code).toBe(200);
    const byService = new Map(body.data.map((i) => [i.service, i]));
    for (const s of SERVICES.filter((x) => x.name !== 'mall-monitor')) {
      expect(byService.get(s.name)).toMatchObject({ port: s.port, status: 'UP' });
      expect(byService.get(s.name)?.rssBytes).toBeGreaterThan(0);
    }
    const page = await get(28101, '/');
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('mall monitor');
  });

  it('logs JSON lines with service and @timestamp', () => {
    const line = cluster
      .service('mall-admin')
      .output()
      .split('\n')
      .find((l) => l.startsWith('{'));
    expect(line).toBeDefined();
    expect(JSON.parse(line as string)).toMatchObject({
      service: 'mall-admin',
      '@timestamp': expect.any(String),
    });
  });

  it('stops gracefully on SIGTERM with exit code 0', async () => {
    // cluster.stop() afterwards finds it exited and leaves it be.
    expect(await cluster.service('mall-monitor').stop()).toBe(0);
  });
});
