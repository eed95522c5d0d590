import {
  DynamicModule,
  Global,
  Injectable,
  InjectionToken,
  Module,
  ModuleMetadata,
  OnModuleDestroy,
  OnModuleInit,
  OptionalFactoryDependency,
  Provider,
} from '@nestjs/common';
import { RabbitSettings } from './messaging-settings';
import { RabbitConnection, RabbitConnectionOptions } from './rabbit-connection';

/** Injection token of the RabbitSettings the module was built with. */
export const RABBIT_SETTINGS = Symbol('mall:rabbit-settings');
const RABBIT_CONNECTION_OPTIONS = Symbol('mall:rabbit-connection-options');

/**
 * Connects when the application initialises, so topology and consumers registered by other
 * providers' onModuleInit are declared and started as the connection opens; closes (draining
 * running handlers) when modules are destroyed, before database pools shut down.
 */
@Injectable()
class RabbitLifecycle implements OnModuleInit, OnModuleDestroy {
  constructor(private readonly connection: RabbitConnection) {}

  async onModuleInit(): Promise<void> {
    await this.connection.connect();
  }

  async onModuleDestroy(): Promise<void> {
    await this.connection.close();
  }
}

export type MessagingModuleOptions = Omit<RabbitConnectionOptions, 'logger'>;

export interface MessagingModuleAsyncOptions extends MessagingModuleOptions {
  imports?: ModuleMetadata['imports'];
  inject?: Array<InjectionToken | OptionalFactoryDependency>;
  useFactory: (...args: never[]) => RabbitSettings | Promise<RabbitSettings>;
}

/** Global module providing the service's RabbitConnection. */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(settings: RabbitSettings, options: MessagingModuleOptions = {}): DynamicModule {
    return MessagingModule.build({ provide: RABBIT_SETTINGS, useValue: settings }, options);
  }

  static forRootAsync(options: MessagingModuleAsyncOptions): DynamicModule {
    const { imports, inject, useFactory, ...connectionOptions } = options;
    const dynamic = MessagingModule.build(
      { provide: RABBIT_SETTINGS, useFactory, inject: inject ?? [] },
      connectionOptions,
    );
    return { ...dynamic, imports: imports ?? [] };
  }

  private static build(settings: Provider, options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        settings,
        { provide: RABBIT_CONNECTION_OPTIONS, useValue: options },
        {
          provide: RabbitConnection,
          useFactory: (rabbit: RabbitSettings, connectionOptions: MessagingModuleOptions) =>
            new RabbitConnection(rabbit, connectionOptions),
          inject: [RABBIT_SETTINGS, RABBIT_CONNECTION_OPTIONS],
        },
        RabbitLifecycle,
      ],
      exports: [RabbitConnection, RABBIT_SETTINGS],
    };
  }
}
