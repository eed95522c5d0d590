import type { Metrics } from '@mall/observability';
import type { Counter } from 'prom-client';

/** The gateway's own counters, next to the shared HTTP histogram (which labels each route). */
export class GatewayMetrics {
  /** Requests the gateway answered itself: `reason` = internal, unauthenticated, client, rbac, … */
  readonly rejected: Counter<'reason'>;
  /** Requests that could not be proxied: `kind` = unavailable, timeout, reset, body_too_large, … */
  readonly upstreamFailures: Counter<'service' | 'kind'>;
  /** Retries on another instance after a connection failure. */
  readonly retries: Counter<'service'>;
  /** JWK set fetches by outcome (loaded, failed). */
  readonly jwksLoads: Counter<'outcome'>;

  constructor(metrics: Metrics) {
    this.rejected = metrics.counter(
      'gateway_rejected_requests_total',
      'Requests answered by the gateway without reaching a service, by reason',
      ['reason'],
    );
    this.upstreamFailures = metrics.counter(
      'gateway_upstream_failures_total',
      'Proxied requests that failed between the gateway and the service',
      ['service', 'kind'],
    );
    this.retries = metrics.counter(
      'gateway_upstream_retries_total',
      'Requests sent again to another instance after a connection failure',
      ['service'],
    );
    this.jwksLoads = metrics.counter(
      'gateway_jwks_loads_total',
      'Fetches of the auth service JWK set, by outcome',
      ['outcome'],
    );
  }
}
