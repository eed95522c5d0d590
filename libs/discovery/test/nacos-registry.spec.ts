import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { NacosRegistry, type NacosRegistryOptions, ServiceClient } from '../src';
import { CaptureLogger } from './support/capture-logger';
import { type FakeNacosHandle, startFakeNacos } from '@mall/fakes';

/** Resolves once `predicate` holds, checking every 20 ms. */
async function eventually(predicate: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await predicate())) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Reaches the naming client's UDP push receiver (library internals, nacos-naming 2.6.3). */
interface PushReceiverProbe {
  client: { _hostReactor: { _pushReceiver: { _server: { address(): AddressInfo } } } };
}

describe('NacosRegistry against a fake Nacos', () => {
  let nacos: FakeNacosHandle;
  let counter = 0;
  let service: string;
  let logger: CaptureLogger;
  const registries: NacosRegistry[] = [];

  const registry = (overrides: Partial<NacosRegistryOptions> = {}) => {
    const created = new NacosRegistry({
      serverAddr: `127.0.0.1:${nacos.port}`,
      namespace: 'public',
      group: 'DEFAULT_GROUP',
      timeoutMs: 1000,
      fallback: { [service]: [{ host: '127.0.0.1', port: 1 }] },
      logger,
      ...overrides,
    });
    registries.push(created);
    return created;
  };

  beforeEach(async () => {
    // cacheMillis: how often clients re-poll instance lists; short so changes show up quickly.
    nacos = await startFakeNacos({ cacheMillis: 100 });
    service = `mall-test-${process.pid}-${++counter}`;
    logger = new CaptureLogger();
  });
  afterEach(async () => {
    await Promise.all(registries.splice(0).map((r) => r.close()));
    await nacos.close();
  });

  it('registers with version and start time metadata, and deregisters', async () => {
    const self = registry();
    await self.register({ service, host: '127.0.0.1', port: 18087, metadata: { zone: 'a' } });
    const [instance] = await nacos.instances(service);
    expect(instance).toMatchObject({
      ip: '127.0.0.1',
      port: 18087,
      healthy: true,
      ephemeral: true,
      metadata: { zone: 'a', version: expect.any(String), startedAt: expect.any(String) },
    });
    expect(
      Number.isNaN(Date.parse(String((instance.metadata as Record<string, string>).startedAt))),
    ).toBe(false);

    await self.deregister();
    expect(await nacos.instances(service)).toEqual([]);
  });

  it('advertises a loopback address for a wildcard host when Nacos is local', async () => {
    await registry().register({ service, host: '0.0.0.0', port: 18088 });
    expect((await nacos.instances(service)).map((i) => i.ip)).toEqual(['127.0.0.1']);
  });

  it('resolves registered instances and follows deregistration', async () => {
    const first = registry();
    const second = registry();
    await first.register({ service, host: '127.0.0.1', port: 18001 });
    await second.register({ service, host: '127.0.0.1', port: 18002 });

    const observer = registry();
    const ports = async () => (await observer.resolve(service)).map((i) => i.port).sort();
    expect(await ports()).toEqual([18001, 18002]);

    await second.deregister();
    await eventually(async () => (await ports()).length === 1);
    expect(await ports()).toEqual([18001]);
  });

  it('keeps the last good list while Nacos is down', async () => {
    await registry().register({ service, host: '127.0.0.1', port: 18003 });
    const observer = registry();
    expect(await observer.resolve(service)).toMatchObject([{ host: '127.0.0.1', port: 18003 }]);

    await nacos.close();
    await eventually(() => observer.health().reachable === false);
    expect(await observer.resolve(service)).toMatchObject([{ host: '127.0.0.1', port: 18003 }]);
    expect(logger.at('warn').some((line) => line.includes('is unreachable'))).toBe(true);
  });

  it('uses the static list for a service Nacos never listed', async () => {
    const observer = registry();
    expect(await observer.resolve(service)).toEqual([{ host: '127.0.0.1', port: 1 }]);
    expect(await observer.resolve('mall-unlisted')).toEqual([]);
  });

  it('starts and closes promptly when Nacos is down, retrying registration meanwhile', async () => {
    await nacos.close();
    const offline = registry({ registerRetryDelayMs: 10 });
    await offline.register({ service, host: '127.0.0.1', port: 18004 });
    expect(logger.at('warn').some((line) => line.includes('could not register'))).toBe(true);
    expect(await offline.resolve(service)).toEqual([{ host: '127.0.0.1', port: 1 }]);
    await eventually(
      () => logger.at('warn').filter((l) => l.includes('could not register')).length >= 2,
    );
    await expect(offline.close()).resolves.toBeUndefined();
  });

  it('binds the push receiver to loopback when Nacos is local', async () => {
    const local = registry();
    await local.resolve(service);
    const address = (
      local as unknown as PushReceiverProbe
    ).client._hostReactor._pushReceiver._server.address();
    expect(address.address).toBe('127.0.0.1');
  });

  it('lets a ServiceClient call an instance found in Nacos', async () => {
    const server = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 200, data: req.url }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await registry().register({ service, host: '127.0.0.1', port });
      const client = new ServiceClient(registry());
      const response = await client.get<{ data: string }>(service, '/member/info');
      expect(response.body.data).toBe('/member/info');
      client.close();
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
