import { CLIENT_CLOSED_STATUS, type Logger, type Metrics } from '@mall/observability';
import type { IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';

const SUCCESS_CODE = 200;

/** What the access log needs of a request the proxy handled. */
export interface ProxiedRequestRecord {
  readonly req: IncomingMessage;
  /** Route template label: `/<service>/*` (or `/<service>`), never the raw URL. */
  readonly route: string;
  /** `performance.now()` when the request arrived. */
  readonly startedAt: number;
  readonly traceId: string | null;
  /** Id of the verified token's user, when there is one. */
  readonly userId: string | number | null;
}

/**
 * The shared HTTP histogram, in-flight gauge and access log for the requests the proxy takes below
 * Fastify: the same series, labels, levels and fields as `instrumentFastify` of
 * `@mall/observability` records for the routes Fastify serves, so proxied and local requests show
 * alike on dashboards and in the logs.
 */
export class ProxyRequestLog {
  private readonly histogram: Metrics['httpRequestDuration'];
  private readonly inFlight: Metrics['httpRequestsInFlight'];

  constructor(
    metrics: Metrics,
    private readonly logger: Logger,
  ) {
    this.histogram = metrics.httpRequestDuration;
    this.inFlight = metrics.httpRequestsInFlight;
  }

  /** A request was taken: counts it in flight and returns its start time. */
  begin(): number {
    this.inFlight.inc();
    return performance.now();
  }

  /**
   * A request ended with `status` (499 when the client left first) and `code`, the envelope code
   * when the gateway answered itself, or null for a service's answer (the service records its own).
   */
  end(record: ProxiedRequestRecord, status: number, code: number | null): void {
    this.inFlight.dec();
    const { req, route } = record;
    const method = req.method ?? 'GET';
    const latencyMs = performance.now() - record.startedAt;
    this.histogram.observe({ method, route, status, code: code ?? 'none' }, latencyMs / 1000);

    const line: Record<string, unknown> = {
      method,
      url: req.url,
      route,
      status,
      code,
      latencyMs: Math.round(latencyMs * 1000) / 1000,
      ip: clientIp(req),
      userAgent: req.headers['user-agent'],
    };
    if (record.traceId) line['traceId'] = record.traceId;
    if (record.userId !== null) line['userId'] = record.userId;
    if (status === CLIENT_CLOSED_STATUS) line['aborted'] = true;

    if (status >= 500) this.logger.error(line, 'request');
    else if (status === CLIENT_CLOSED_STATUS || (code !== null && code !== SUCCESS_CODE)) {
      this.logger.warn(line, 'request');
    } else this.logger.info(line, 'request');
  }
}

/**
 * The client's address as Fastify reports it with `trustProxy: true`: the first address of
 * `X-Forwarded-For` when an ingress set it, else the peer address.
 */
export function clientIp(req: IncomingMessage): string | undefined {
  const forwarded = req.headers['x-forwarded-for'];
  if (typeof forwarded === 'string' && forwarded.length > 0) {
    const comma = forwarded.indexOf(',');
    return (comma < 0 ? forwarded : forwarded.slice(0, comma)).trim();
  }
  return req.socket.remoteAddress;
}
