import { Inject, Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ConfigSource } from './config-source';
import { MALL_CONFIG, MallConfigModule } from './config.module';
import { parseMallConfig } from './load-config';
import type { MallConfig } from './schema';

@Injectable()
class NeedsConfig {
  constructor(
    readonly source: ConfigSource,
    @Inject(MALL_CONFIG) readonly config: MallConfig,
  ) {}
}

@Module({ providers: [NeedsConfig], exports: [NeedsConfig] })
class FeatureModule {}

describe('MallConfigModule', () => {
  it('provides the source and its snapshot globally and closes the source on shutdown', async () => {
    const config = parseMallConfig({ server: { port: 9000 } });
    const source = new ConfigSource('svc', 'dev', config, console);
    const close = jest.spyOn(source, 'close');

    const moduleRef = await Test.createTestingModule({
      imports: [MallConfigModule.forRoot(source), FeatureModule],
    }).compile();
    const app = await moduleRef.init();

    const consumer = app.get(NeedsConfig);
    expect(consumer.source).toBe(source);
    expect(consumer.config).toBe(config);
    expect(consumer.config.server.port).toBe(9000);

    await app.close();
    expect(close).toHaveBeenCalledTimes(1);
  });
});
