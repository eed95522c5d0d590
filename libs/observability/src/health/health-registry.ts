import { Logger, type LoggerService } from '@nestjs/common';
import type { ComponentHealth, HealthIndicator, HealthReport } from './health-indicator';
import { isShuttingDown } from './shutdown';

export const DEFAULT_CHECK_TIMEOUT_MS = 2000;

export interface HealthRegistryOptions {
  /** Time one indicator may take before it counts as DOWN. */
  checkTimeoutMs?: number;
  /** Where component transitions (UP→DOWN, DOWN→UP) are reported; default: Nest's logger, context `Health`. */
  logger?: Pick<LoggerService, 'log' | 'warn'>;
}

/**
 * The health indicators of this service. Libraries and apps add theirs at start-up
 * (`registry.add({ name: 'db', check: ... })`); the actuator endpoints run them all in parallel.
 * HealthModule provides one instance, injectable anywhere by this class.
 */
export class HealthRegistry {
  private readonly indicators = new Map<string, HealthIndicator>();
  private readonly lastStatus = new Map<string, ComponentHealth['status']>();
  private readonly log: Pick<LoggerService, 'log' | 'warn'>;
  private readonly checkTimeoutMs: number;

  constructor(options: HealthRegistryOptions = {}) {
    this.checkTimeoutMs = options.checkTimeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS;
    this.log = options.logger ?? new Logger('Health');
  }

  add(indicator: HealthIndicator): void {
    if (this.indicators.has(indicator.name)) {
      throw new Error(`health indicator ${indicator.name} is already registered`);
    }
    this.indicators.set(indicator.name, indicator);
  }

  remove(name: string): boolean {
    this.lastStatus.delete(name);
    return this.indicators.delete(name);
  }

  names(): string[] {
    return [...this.indicators.keys()];
  }

  /** Runs every indicator; UP only if all of them pass within their timeout. */
  async check(): Promise<HealthReport> {
    const indicators = [...this.indicators.values()];
    const results = await Promise.all(indicators.map((indicator) => this.run(indicator)));
    const components: Record<string, ComponentHealth> = {};
    let allUp = true;
    indicators.forEach((indicator, index) => {
      const result = results[index];
      components[indicator.name] = result;
      if (result.status !== 'UP') allUp = false;
      this.noteTransition(indicator.name, result);
    });
    return { status: allUp ? 'UP' : 'DOWN', components };
  }

  /** Readiness: DOWN at once while shutting down (dependencies may already be closing), else {@link check}. */
  async readiness(): Promise<HealthReport> {
    if (isShuttingDown()) {
      return {
        status: 'DOWN',
        components: { readinessState: { status: 'DOWN', details: { reason: 'shutting down' } } },
      };
    }
    return this.check();
  }

  private async run(indicator: HealthIndicator): Promise<ComponentHealth> {
    const timeoutMs = indicator.timeoutMs ?? this.checkTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      // `then` turns a synchronous throw inside check() into a rejection.
      const details = await Promise.race([
        Promise.resolve().then(() => indicator.check()),
        timeout,
      ]);
      return details ? { status: 'UP', details } : { status: 'UP' };
    } catch (err) {
      return {
        status: 'DOWN',
        details: { error: err instanceof Error ? err.message : String(err) },
      };
    } finally {
      clearTimeout(timer);
    }
  }

  // Logged on change only: probes run every few seconds and would repeat the same line.
  private noteTransition(name: string, result: ComponentHealth): void {
    const previous = this.lastStatus.get(name);
    this.lastStatus.set(name, result.status);
    if (result.status === 'DOWN' && previous !== 'DOWN') {
      this.log.warn(`health component ${name} is DOWN: ${String(result.details?.['error'])}`);
    } else if (result.status === 'UP' && previous === 'DOWN') {
      this.log.log(`health component ${name} is UP again`);
    }
  }
}
