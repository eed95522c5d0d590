import {
  DynamicModule,
  Inject,
  Injectable,
  InjectionToken,
  Module,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Metrics } from '../metrics';
import { ACTUATOR_INFO, ActuatorController, ActuatorInfo } from './actuator.controller';
import type { HealthIndicator } from './health-indicator';
import { HealthRegistry } from './health-registry';

export interface HealthModuleOptions {
  service: string;
  /** Served at /actuator/prometheus and provided for injection (`constructor(metrics: Metrics)`). */
  metrics: Metrics;
  version?: string;
  profile?: string;
  /**
   * Indicators known up front: instances, or tokens of providers implementing HealthIndicator
   * (resolved from the whole application once it has started). More can be added at runtime
   * through HealthRegistry.
   */
  indicators?: Array<HealthIndicator | InjectionToken>;
  /** Per-indicator timeout; default 2000 ms. */
  checkTimeoutMs?: number;
}

const HEALTH_MODULE_OPTIONS = Symbol('mall.healthModuleOptions');

/** Registers the indicators given to forRoot, once every module's providers exist. */
@Injectable()
class InitialIndicators implements OnApplicationBootstrap {
  constructor(
    private readonly registry: HealthRegistry,
    private readonly moduleRef: ModuleRef,
    @Inject(HEALTH_MODULE_OPTIONS) private readonly options: HealthModuleOptions,
  ) {}

  onApplicationBootstrap(): void {
    for (const entry of this.options.indicators ?? []) {
      const indicator = isIndicator(entry)
        ? entry
        : this.moduleRef.get<unknown>(entry, { strict: false });
      if (!isIndicator(indicator)) {
        throw new Error(`health indicator ${String(entry)} does not provide name and check()`);
      }
      this.registry.add(indicator);
    }
  }
}

function isIndicator(value: unknown): value is HealthIndicator {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as HealthIndicator).name === 'string' &&
    typeof (value as HealthIndicator).check === 'function'
  );
}

/**
 * /actuator/health (+ /liveness, /readiness), /actuator/prometheus and /actuator/info. Global, so
 * HealthRegistry and Metrics can be injected by every module of the app.
 */
@Module({})
export class HealthModule {
  static forRoot(options: HealthModuleOptions): DynamicModule {
    const info: ActuatorInfo = {
      service: options.service,
      version: options.version ?? 'unknown',
      profile: options.profile ?? 'default',
    };
    return {
      module: HealthModule,
      global: true,
      controllers: [ActuatorController],
      providers: [
        { provide: HEALTH_MODULE_OPTIONS, useValue: options },
        { provide: ACTUATOR_INFO, useValue: info },
        { provide: Metrics, useValue: options.metrics },
        {
          provide: HealthRegistry,
          useFactory: () => new HealthRegistry({ checkTimeoutMs: options.checkTimeoutMs }),
        },
        InitialIndicators,
      ],
      exports: [HealthRegistry, Metrics],
    };
  }
}
