import { PublishOptions, RabbitConnection } from './rabbit-connection';
import { Topology } from './topology';

/**
 * Names of a TTL + dead-letter delay line. A message published to `<delayQueuePrefix><ms>` waits
 * there (the queue has no consumers) until the queue-level TTL expires; the broker then
 * dead-letters it to `exchange` with `targetRoutingKey`, which lands it in `targetQueue`. A message
 * the consumer gives up on is dead-lettered again, through `deadLetterExchange` to
 * `deadLetterQueue`, where it stays for inspection.
 */
export interface DelayedDeliveryNames {
  exchange: string;
  delayQueuePrefix: string;
  targetQueue: string;
  targetRoutingKey: string;
  deadLetterExchange: string;
  deadLetterQueue: string;
  deadLetterRoutingKey: string;
}

export const ORDER_EXCHANGE = 'mall.order.direct';
export const ORDER_CANCEL_QUEUE = 'mall.order.cancel';
export const ORDER_CANCEL_ROUTING_KEY = 'mall.order.cancel';
export const ORDER_CANCEL_DELAY_QUEUE_PREFIX = 'mall.order.cancel.delay.';
export const ORDER_DEAD_LETTER_EXCHANGE = 'mall.order.dlx';
export const ORDER_CANCEL_DEAD_QUEUE = 'mall.order.cancel.dead';
export const ORDER_CANCEL_DEAD_ROUTING_KEY = 'mall.order.cancel.dead';

/** The order-cancel delay line (see docs/adr/0003-order-cancel-delay.md). */
export const ORDER_CANCEL_NAMES: Readonly<DelayedDeliveryNames> = Object.freeze({
  exchange: ORDER_EXCHANGE,
  delayQueuePrefix: ORDER_CANCEL_DELAY_QUEUE_PREFIX,
  targetQueue: ORDER_CANCEL_QUEUE,
  targetRoutingKey: ORDER_CANCEL_ROUTING_KEY,
  deadLetterExchange: ORDER_DEAD_LETTER_EXCHANGE,
  deadLetterQueue: ORDER_CANCEL_DEAD_QUEUE,
  deadLetterRoutingKey: ORDER_CANCEL_DEAD_ROUTING_KEY,
});

function assertDelay(delayMs: number): void {
  if (!Number.isInteger(delayMs) || delayMs < 1 || delayMs > 0xffffffff) {
    throw new RangeError(
      `delay must be a whole number of milliseconds in 1..2^32-1, got ${delayMs}`,
    );
  }
}

/** `mall.order.cancel.delay.<ms>` for the order-cancel line. */
export function delayQueueName(delayMs: number, names: DelayedDeliveryNames = ORDER_CANCEL_NAMES) {
  assertDelay(delayMs);
  return `${names.delayQueuePrefix}${delayMs}`;
}

/** The delay queue for one delay value, bound to the exchange under its own name. */
function delayLine(names: DelayedDeliveryNames, delayMs: number): Topology {
  const queue = delayQueueName(delayMs, names);
  return {
    queues: [
      {
        name: queue,
        durable: true,
        // Queue-level TTL: every message in this queue has the same delay, so the head always
        // expires first and no message waits behind a longer one.
        messageTtlMs: delayMs,
        deadLetterExchange: names.exchange,
        deadLetterRoutingKey: names.targetRoutingKey,
      },
    ],
    bindings: [{ queue, exchange: names.exchange, routingKey: queue }],
  };
}

/** Exchanges, work queue, dead-letter queue, and one delay queue per delay value. */
export function delayedDeliveryTopology(
  names: DelayedDeliveryNames,
  delaysMs: readonly number[],
): Topology {
  const delays = [...new Set(delaysMs)];
  const lines = delays.map((ms) => delayLine(names, ms));
  return {
    exchanges: [
      { name: names.exchange, type: 'direct', durable: true },
      { name: names.deadLetterExchange, type: 'direct', durable: true },
    ],
    queues: [
      {
        name: names.targetQueue,
        durable: true,
        deadLetterExchange: names.deadLetterExchange,
        deadLetterRoutingKey: names.deadLetterRoutingKey,
      },
      { name: names.deadLetterQueue, durable: true },
      ...lines.flatMap((line) => line.queues ?? []),
    ],
    bindings: [
      { queue: names.targetQueue, exchange: names.exchange, routingKey: names.targetRoutingKey },
      {
        queue: names.deadLetterQueue,
        exchange: names.deadLetterExchange,
        routingKey: names.deadLetterRoutingKey,
      },
      ...lines.flatMap((line) => line.bindings ?? []),
    ],
  };
}

/** The order-cancel topology for the given delays (e.g. the order setting's timeout in ms). */
export function orderCancelTopology(delaysMs: readonly number[]): Topology {
  return delayedDeliveryTopology(ORDER_CANCEL_NAMES, delaysMs);
}

/**
 * Publishes messages that reach the target queue after a delay. A delay value seen for the first
 * time gets its queue declared on the spot (and re-declared after reconnects), so changing the
 * order timeout setting needs no restart and never mixes delays in one queue.
 */
export class DelayedPublisher {
  private readonly declaredDelays = new Map<number, Promise<void>>();

  constructor(
    private readonly connection: RabbitConnection,
    private readonly names: DelayedDeliveryNames = ORDER_CANCEL_NAMES,
  ) {}

  /** Declares the whole line for these delays; call once at start-up. */
  async declare(delaysMs: readonly number[]): Promise<void> {
    await this.connection.declareTopology(delayedDeliveryTopology(this.names, delaysMs));
    for (const ms of delaysMs) this.declaredDelays.set(ms, Promise.resolve());
  }

  /** Resolves once the broker has confirmed the message into the delay queue for `delayMs`. */
  async publishDelayed(delayMs: number, payload: object, options?: PublishOptions): Promise<void> {
    const queue = delayQueueName(delayMs, this.names);
    await this.ensureDelayQueue(delayMs);
    await this.connection.publish(this.names.exchange, queue, payload, options);
  }

  private ensureDelayQueue(delayMs: number): Promise<void> {
    let declared = this.declaredDelays.get(delayMs);
    if (!declared) {
      declared = this.connection.declareTopology(delayLine(this.names, delayMs));
      declared.catch(() => this.declaredDelays.delete(delayMs));
      this.declaredDelays.set(delayMs, declared);
    }
    return declared;
  }
}
