import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigSource } from './config-source';

/** Injection token of the config snapshot taken when the application module was built. */
export const MALL_CONFIG = 'MALL_CONFIG';

@Injectable()
class ConfigSourceLifecycle implements OnApplicationShutdown {
  constructor(@Inject(ConfigSource) private readonly source: ConfigSource<unknown>) {}

  async onApplicationShutdown(): Promise<void> {
    await this.source.close();
  }
}

/**
 * Makes a loaded `ConfigSource` available everywhere: inject `ConfigSource` to follow changes, or
 * `@Inject(MALL_CONFIG)` for the snapshot at start. The source is closed on application shutdown.
 */
@Global()
@Module({})
export class MallConfigModule {
  static forRoot(source: ConfigSource<unknown>): DynamicModule {
    return {
      module: MallConfigModule,
      global: true,
      providers: [
        { provide: ConfigSource, useValue: source },
        { provide: MALL_CONFIG, useValue: source.current },
        ConfigSourceLifecycle,
      ],
      exports: [ConfigSource, MALL_CONFIG],
    };
  }
}
