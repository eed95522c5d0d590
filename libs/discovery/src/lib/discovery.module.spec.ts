import { Test } from '@nestjs/testing';
import { ConfigSource, MallConfigModule, parseMallConfig } from '@mall/config';
import { DiscoveryModule, SERVICE_REGISTRY } from './discovery.module';
import type { ServiceRegistry } from './registry';
import { ServiceClient } from './service-client';
import { StaticRegistry } from './static-registry';

describe('DiscoveryModule', () => {
  it('provides the configured registry and a client, and releases both on shutdown', async () => {
    const config = parseMallConfig({
      server: { port: 8083 },
      discovery: { services: { 'mall-cart': ['10.0.0.5:8086'] } },
    });
    const logger = { debug: jest.fn(), info: jest.fn(), warn: jest.fn(), error: jest.fn() };
    const source = new ConfigSource('mall-member', 'dev', config, logger);
    const moduleRef = await Test.createTestingModule({
      imports: [MallConfigModule.forRoot(source), DiscoveryModule.forRoot({ logger })],
    }).compile();
    const app = await moduleRef.init();

    const registry = app.get<ServiceRegistry>(SERVICE_REGISTRY);
    expect(registry).toBeInstanceOf(StaticRegistry);
    expect(await registry.resolve('mall-cart')).toEqual([{ host: '10.0.0.5', port: 8086 }]);
    const client = app.get(ServiceClient);
    expect(await client.pickInstance('mall-cart')).toEqual({ host: '10.0.0.5', port: 8086 });

    const deregister = jest.spyOn(registry, 'deregister');
    const close = jest.spyOn(registry, 'close');
    const destroyAgent = jest.spyOn(client.agent, 'destroy');
    await app.close();
    expect(deregister).toHaveBeenCalledTimes(1);
    expect(close).toHaveBeenCalledTimes(1);
    expect(destroyAgent).toHaveBeenCalledTimes(1);
  });
});
