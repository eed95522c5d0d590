import {
  type DynamicModule,
  type InjectionToken,
  Module,
  type ModuleMetadata,
} from '@nestjs/common';
import { TypeOrmModule, type TypeOrmModuleOptions } from '@nestjs/typeorm';
import {
  createDataSourceOptions,
  type DataSourceOverrides,
  type MysqlSettings,
} from './data-source';
import { ALL_ENTITIES } from './entities';

/** Start-up behaviour of the Nest integration. */
export interface DatabaseModuleOptions {
  /** Connection attempts after the first failure before start-up fails (default 2). */
  retryAttempts?: number;
  /** Pause between attempts in ms (default 1000). */
  retryDelayMs?: number;
  /** Extra TypeORM options, e.g. `{ logging: ['error'] }`. */
  overrides?: DataSourceOverrides;
}

export interface DatabaseModuleAsyncOptions
  extends DatabaseModuleOptions,
    Pick<ModuleMetadata, 'imports'> {
  inject?: InjectionToken[];
  useFactory: (...deps: never[]) => MysqlSettings | Promise<MysqlSettings>;
}

function typeOrmOptions(
  settings: MysqlSettings,
  options: DatabaseModuleOptions,
): TypeOrmModuleOptions {
  return {
    ...createDataSourceOptions(settings, options.overrides),
    // Bounded retries: a wrong host or password should stop start-up quickly, not after 30 s.
    retryAttempts: options.retryAttempts ?? 2,
    retryDelay: options.retryDelayMs ?? 1000,
  };
}

/**
 * Global database module: one pooled DataSource for the `mall` schema and a repository for every
 * entity, so any provider can use `@InjectRepository(PmsBrand)` or `@InjectDataSource()` without
 * importing anything.
 */
@Module({})
export class DatabaseModule {
  static forRoot(settings: MysqlSettings, options: DatabaseModuleOptions = {}): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(typeOrmOptions(settings, options)),
        TypeOrmModule.forFeature(ALL_ENTITIES),
      ],
      exports: [TypeOrmModule],
    };
  }

  /** Same as `forRoot`, with the settings produced by a factory (e.g. from the config service). */
  static forRootAsync(options: DatabaseModuleAsyncOptions): DynamicModule {
    const { imports, inject, useFactory, ...moduleOptions } = options;
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          imports,
          inject,
          // Nest resolves `inject` and passes the instances in order; their types are the caller's.
          useFactory: async (...deps: unknown[]) =>
            typeOrmOptions(await useFactory(...(deps as never[])), moduleOptions),
        }),
        TypeOrmModule.forFeature(ALL_ENTITIES),
      ],
      exports: [TypeOrmModule],
    };
  }
}
