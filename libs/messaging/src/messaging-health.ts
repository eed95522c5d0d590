import { RabbitConnection, RabbitMetricsSnapshot } from './rabbit-connection';

/** Same shape as the observability lib's HealthIndicator, kept structural to avoid a dependency. */
export interface RabbitHealthIndicator {
  name: 'rabbitmq';
  check(): Promise<Record<string, unknown>>;
}

/** Readiness check: UP while the connection is open (the client reconnects by itself). */
export function rabbitHealthIndicator(connection: RabbitConnection): RabbitHealthIndicator {
  return {
    name: 'rabbitmq',
    async check() {
      if (!connection.isConnected) {
        throw new Error(`rabbitmq connection is ${connection.state}`);
      }
      return { consumers: connection.consumerCount };
    },
  };
}

/** Collect function for gauges: connection state (1/0) and the publish/consume counters. */
export function rabbitMetrics(connection: RabbitConnection): () => RabbitMetricsSnapshot {
  return () => connection.metrics();
}
