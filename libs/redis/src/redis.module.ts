import {
  DynamicModule,
  Global,
  Inject,
  Injectable,
  InjectionToken,
  Module,
  ModuleMetadata,
  OnApplicationShutdown,
  OptionalFactoryDependency,
} from '@nestjs/common';
import type Redis from 'ioredis';
import { closeRedis, createRedis } from './create-redis';
import { RedisCacheService } from './redis-cache.service';
import { RedisSettings } from './redis-settings';
import { REDIS, REDIS_SETTINGS } from './redis.tokens';

const REDIS_CONNECTION_NAME = Symbol('mall:redis-connection-name');

/** Closes the shared client when the application shuts down (after in-flight requests). */
@Injectable()
class RedisShutdown implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await closeRedis(this.redis);
  }
}

export interface RedisModuleOptions {
  /** Connection name reported to Redis and used in logs; defaults to 'mall'. */
  name?: string;
}

export interface RedisModuleAsyncOptions extends RedisModuleOptions {
  imports?: ModuleMetadata['imports'];
  inject?: Array<InjectionToken | OptionalFactoryDependency>;
  useFactory: (...args: never[]) => RedisSettings | Promise<RedisSettings>;
}

/**
 * Global module exposing the ioredis client (token REDIS, `@InjectRedis()`) and RedisCacheService.
 * The client connects when created and is closed with a bounded QUIT on shutdown.
 */
@Global()
@Module({})
export class RedisModule {
  static forRoot(settings: RedisSettings, options: RedisModuleOptions = {}): DynamicModule {
    return RedisModule.build([{ provide: REDIS_SETTINGS, useValue: settings }], options);
  }

  static forRootAsync(options: RedisModuleAsyncOptions): DynamicModule {
    const dynamic = RedisModule.build(
      [{ provide: REDIS_SETTINGS, useFactory: options.useFactory, inject: options.inject ?? [] }],
      options,
    );
    return { ...dynamic, imports: options.imports ?? [] };
  }

  private static build(
    settingsProviders: NonNullable<ModuleMetadata['providers']>,
    options: RedisModuleOptions,
  ): DynamicModule {
    return {
      module: RedisModule,
      global: true,
      providers: [
        ...settingsProviders,
        { provide: REDIS_CONNECTION_NAME, useValue: options.name ?? 'mall' },
        {
          provide: REDIS,
          useFactory: (settings: RedisSettings, name: string) => createRedis(settings, { name }),
          inject: [REDIS_SETTINGS, REDIS_CONNECTION_NAME],
        },
        RedisCacheService,
        RedisShutdown,
      ],
      exports: [REDIS, REDIS_SETTINGS, RedisCacheService],
    };
  }
}
