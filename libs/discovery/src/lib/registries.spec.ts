import type { LookupAddress } from 'node:dns';
import { parseMallConfig } from '@mall/config';
import { createRegistry } from './create-registry';
import { KubernetesDnsRegistry } from './k8s-dns-registry';
import { NacosRegistry } from './nacos-registry';
import { instanceAddress, parseHostPort } from './registry';
import { StaticRegistry } from './static-registry';

const quiet = { debug: jest.fn(), info: jest.fn(), warn: jest.fn(), error: jest.fn() };

describe('parseHostPort', () => {
  it('reads host:port and [v6]:port', () => {
    expect(parseHostPort('10.0.0.5:8086')).toEqual({ host: '10.0.0.5', port: 8086 });
    expect(parseHostPort('[::1]:8086')).toEqual({ host: '::1', port: 8086 });
    expect(instanceAddress({ host: '::1', port: 8086 })).toBe('[::1]:8086');
    expect(() => parseHostPort('mall-cart')).toThrow('expected host:port, got "mall-cart"');
    expect(() => parseHostPort('h:70000')).toThrow('expected host:port');
  });
});

describe('StaticRegistry', () => {
  it('resolves the configured lists and nothing else', async () => {
    const registry = new StaticRegistry({ 'mall-cart': ['10.0.0.5:8086', '10.0.0.6:8086'] });
    expect(await registry.resolve('mall-cart')).toEqual([
      { host: '10.0.0.5', port: 8086 },
      { host: '10.0.0.6', port: 8086 },
    ]);
    expect(await registry.resolve('mall-order')).toEqual([]);
    await registry.register();
    expect(await registry.resolve('mall-cart')).toHaveLength(2);
    await registry.close();
  });
});

describe('KubernetesDnsRegistry', () => {
  const ports = { 'mall-admin': 8087, 'mall-cart': 8086 };

  it('names services in the cluster domain', () => {
    const registry = new KubernetesDnsRegistry({
      namespace: 'mall',
      clusterDomain: 'cluster.local',
      serviceNamePattern: '{service}',
      ports,
    });
    expect(registry.hostFor('mall-admin')).toBe('mall-admin.mall.svc.cluster.local');
    const prefixed = new KubernetesDnsRegistry({
      namespace: 'shop',
      clusterDomain: 'k8s.internal',
      serviceNamePattern: 'svc-{service}',
      ports,
    });
    expect(prefixed.hostFor('mall-cart')).toBe('svc-mall-cart.shop.svc.k8s.internal');
    const explicit = new KubernetesDnsRegistry({
      namespace: 'shop',
      clusterDomain: 'k8s.internal',
      serviceNamePattern: '{service}.{namespace}.example',
      ports,
    });
    expect(explicit.hostFor('mall-cart')).toBe('mall-cart.shop.example');
  });

  it('resolves through the system resolver with the service port', async () => {
    const registry = new KubernetesDnsRegistry({
      namespace: 'mall',
      clusterDomain: 'cluster.local',
      serviceNamePattern: 'localhost',
      ports,
    });
    const instances = await registry.resolve('mall-admin');
    expect(instances.length).toBeGreaterThan(0);
    expect(instances).toContainEqual({ host: '127.0.0.1', port: 8087 });
    for (const instance of instances) expect(instance.port).toBe(8087);
    await expect(registry.resolve('mall-unknown')).rejects.toThrow(
      'no port known for service mall-unknown',
    );
    await registry.close();
  });

  it('reuses answers briefly and keeps the last one when DNS fails', async () => {
    const answers: Array<LookupAddress[] | Error> = [
      [{ address: '10.1.0.1', family: 4 }],
      new Error('ENOTFOUND'),
    ];
    const lookup = jest.fn(async () => {
      const next = answers.shift() ?? new Error('no more answers');
      if (next instanceof Error) throw next;
      return next;
    });
    const registry = new KubernetesDnsRegistry({
      namespace: 'mall',
      clusterDomain: 'cluster.local',
      serviceNamePattern: '{service}',
      ports,
      cacheTtlMs: 0,
      lookup,
      logger: quiet,
    });
    expect(await registry.resolve('mall-cart')).toEqual([{ host: '10.1.0.1', port: 8086 }]);
    expect(await registry.resolve('mall-cart')).toEqual([{ host: '10.1.0.1', port: 8086 }]);
    expect(lookup).toHaveBeenCalledTimes(2);
    expect(lookup).toHaveBeenCalledWith('mall-cart.mall.svc.cluster.local');
    expect(quiet.warn).toHaveBeenCalledWith(expect.stringContaining('using the last answer'));
    await expect(registry.resolve('mall-admin')).rejects.toThrow('no more answers');
  });
});

describe('createRegistry', () => {
  it('follows discovery.mode', async () => {
    const base = { server: { port: 8080 } };
    const staticRegistry = createRegistry(parseMallConfig(base), quiet);
    expect(staticRegistry).toBeInstanceOf(StaticRegistry);
    expect(await staticRegistry.resolve('mall-auth')).toEqual([{ host: '127.0.0.1', port: 8401 }]);

    const k8s = createRegistry(
      parseMallConfig({
        ...base,
        discovery: { mode: 'k8s', k8s: { ports: { 'mall-auth': 9401 } } },
      }),
      quiet,
    );
    expect(k8s).toBeInstanceOf(KubernetesDnsRegistry);
    expect((k8s as KubernetesDnsRegistry).hostFor('mall-auth')).toBe(
      'mall-auth.mall.svc.cluster.local',
    );

    const nacos = createRegistry(
      parseMallConfig({ ...base, nacos: { serverAddr: '127.0.0.1:1' } }),
      quiet,
    );
    expect(nacos).toBeInstanceOf(NacosRegistry);
    expect(nacos.mode).toBe('nacos');
    await nacos.close();
  });
});
