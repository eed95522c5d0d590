import {
  type BeforeApplicationShutdown,
  type DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigSource, type LoggerLike } from '@mall/config';
import { createRegistry } from './create-registry';
import type { ServiceRegistry } from './registry';
import { ServiceClient, type ServiceClientOptions } from './service-client';

/** Injection token of the `ServiceRegistry`. */
export const SERVICE_REGISTRY = 'SERVICE_REGISTRY';

export interface DiscoveryModuleOptions {
  client?: ServiceClientOptions;
  /** Default: Nest's logger under the context `Discovery`. */
  logger?: LoggerLike;
}

function nestLogger(context: string): LoggerLike {
  const logger = new Logger(context);
  return {
    debug: (msg) => logger.debug(msg),
    info: (msg) => logger.log(msg),
    warn: (msg) => logger.warn(msg),
    error: (msg) => logger.error(msg),
  };
}

@Injectable()
class DiscoveryLifecycle implements BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    @Inject(SERVICE_REGISTRY) private readonly registry: ServiceRegistry,
    private readonly client: ServiceClient,
  ) {}

  // Leave the registry before the HTTP server stops, so callers stop picking this instance.
  async beforeApplicationShutdown(): Promise<void> {
    await this.registry.deregister();
  }

  async onApplicationShutdown(): Promise<void> {
    this.client.close();
    await this.registry.close();
  }
}

/**
 * Provides the registry chosen by `discovery.mode` (`SERVICE_REGISTRY`) and a `ServiceClient` over
 * it, everywhere. Needs `MallConfigModule`. Registering this service is left to start-up code,
 * after the HTTP server listens: `app.get(SERVICE_REGISTRY).register({ service, host, port })`.
 */
@Module({})
export class DiscoveryModule {
  static forRoot(options: DiscoveryModuleOptions = {}): DynamicModule {
    return {
      module: DiscoveryModule,
      global: true,
      providers: [
        {
          provide: SERVICE_REGISTRY,
          inject: [ConfigSource],
          useFactory: (source: ConfigSource<unknown>) =>
            createRegistry(source.current, options.logger ?? nestLogger('Discovery')),
        },
        {
          provide: ServiceClient,
          inject: [SERVICE_REGISTRY],
          useFactory: (registry: ServiceRegistry) => new ServiceClient(registry, options.client),
        },
        DiscoveryLifecycle,
      ],
      exports: [SERVICE_REGISTRY, ServiceClient],
    };
  }
}
