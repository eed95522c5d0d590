export type HealthStatus = 'UP' | 'DOWN';

/**
 * One dependency check (database, Redis, broker, ...). `check` resolves when the dependency works,
 * optionally with details to show, and rejects (or times out) when it does not.
 */
export interface HealthIndicator {
  /** Component name in the health report, e.g. `db`, `redis`, `rabbit`. */
  name: string;
  check(): Promise<void | Record<string, unknown>>;
  /** Overrides the registry's per-check timeout. */
  timeoutMs?: number;
}

export interface ComponentHealth {
  status: HealthStatus;
  details?: Record<string, unknown>;
}

/** Spring-Boot-shaped health body, so existing dashboards and probes read it unchanged. */
export interface HealthReport {
  status: HealthStatus;
  components?: Record<string, ComponentHealth>;
}
