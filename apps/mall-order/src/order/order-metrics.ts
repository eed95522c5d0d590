import { Injectable } from '@nestjs/common';
import { Metrics } from '@mall/observability';
import type { Counter } from 'prom-client';

/** Business counters of the order life cycle, on `/actuator/prometheus`. */
@Injectable()
export class OrderMetrics {
  readonly created: Counter;
  readonly paid: Counter;
  /** `reason`: user, timeout (delayed message) or sweep. */
  readonly cancelled: Counter<'reason'>;
  /** Delayed-cancel messages that could not be published (the sweep closes those orders). */
  readonly cancelPublishFailed: Counter;

  constructor(metrics: Metrics) {
    this.created = metrics.counter('mall_orders_created_total', 'Orders generated');
    this.paid = metrics.counter('mall_orders_paid_total', 'Orders paid');
    this.cancelled = metrics.counter('mall_orders_cancelled_total', 'Unpaid orders closed', [
      'reason',
    ]);
    this.cancelPublishFailed = metrics.counter(
      'mall_order_cancel_publish_failures_total',
      'Delayed cancel messages given up after retries',
    );
  }
}
