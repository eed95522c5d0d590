import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export type HttpLabel = 'method' | 'route' | 'status' | 'code';

/** Seconds; spans a cached read (a few ms) to the slowest order flows. */
export const HTTP_DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export interface MetricsOptions {
  /** Node runtime metrics (event-loop lag, GC, heap, handles, CPU); on by default. */
  defaultMetrics?: boolean;
}

/**
 * The metrics of one service: a registry whose every series carries `service`, the Node runtime
 * metrics, and the HTTP series that every service shares, so one dashboard covers them all.
 */
export class Metrics {
  readonly registry = new Registry();
  /** Request latency by method, route template, HTTP status and envelope code. */
  readonly httpRequestDuration: Histogram<HttpLabel>;
  readonly httpRequestsInFlight: Gauge;

  constructor(
    readonly service: string,
    options: MetricsOptions = {},
  ) {
    this.registry.setDefaultLabels({ service });
    if (options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry });
    this.httpRequestDuration = new Histogram({
      name: 'http_server_requests_seconds',
      help: 'HTTP server request duration; code is the {code,message,data} envelope code or none',
      labelNames: ['method', 'route', 'status', 'code'],
      buckets: HTTP_DURATION_BUCKETS,
      registers: [this.registry],
    });
    this.httpRequestsInFlight = new Gauge({
      name: 'http_server_requests_in_flight',
      help: 'HTTP requests received and not yet answered',
      registers: [this.registry],
    });
  }

  /** The Content-Type header for {@link render}'s output. */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** The exposition text of every metric, computed now (gauges' collect callbacks run here). */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  /**
   * A gauge sampled at scrape time, e.g. connection-pool sizes: `collect` receives the gauge and
   * sets its values. Each name can be registered once per service.
   */
  registerGauge<T extends string>(
    name: string,
    help: string,
    labelNames: readonly T[],
    collect: (gauge: Gauge<T>) => void | Promise<void>,
  ): Gauge<T> {
    if (this.registry.getSingleMetric(name)) {
      throw new Error(`metric ${name} is already registered`);
    }
    return new Gauge<T>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      collect() {
        return collect(this);
      },
    });
  }

  /**
   * A business counter (orders created, paid, ...). Returns the existing counter when one of that
   * name exists, so every caller may declare the counter it uses.
   */
  counter<T extends string>(name: string, help: string, labelNames: readonly T[] = []): Counter<T> {
    const existing = this.registry.getSingleMetric(name);
    if (existing) {
      const sameLabels =
        existing instanceof Counter &&
        sameMembers((existing as unknown as { labelNames: string[] }).labelNames, labelNames);
      if (!sameLabels) {
        throw new Error(`metric ${name} already exists with another type or other labels`);
      }
      return existing as Counter<T>;
    }
    return new Counter<T>({ name, help, labelNames, registers: [this.registry] });
  }
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
