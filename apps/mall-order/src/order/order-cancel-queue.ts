import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DelayedPublisher, RabbitConnection, type ConsumerHandle } from '@mall/messaging';
import { OrderCancellationService } from './order-cancellation.service';
import { OrderConfig } from './order-config';
import { OrderMetrics } from './order-metrics';
import { OrderSettingReader } from './order-setting.reader';

/** Body of a delayed cancel message. */
export interface OrderCancelMessage {
  orderId: number;
}

/** Re-publication attempts after a failed publish (2 s, 4 s … 32 s), then the sweep takes over. */
const PUBLISH_RETRY_DELAYS_MS = [2000, 4000, 8000, 16_000, 32_000];

/**
 * The delayed cancellation of unpaid orders (docs/adr/0003-order-cancel-delay.md): after an order
 * is committed its id is published, with publisher confirms, to the delay queue of the current
 * timeout; when the queue's TTL expires the broker dead-letters it to the work queue, whose
 * consumer (manual ack, retries, then the dead-letter queue) closes the order if it is still
 * unpaid. A publish that fails is retried in the background; should the broker stay away longer,
 * the timeout sweep closes the order instead, so no cancellation is lost.
 */
@Injectable()
export class OrderCancelQueue implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(OrderCancelQueue.name);
  private readonly publisher: DelayedPublisher;
  private consumer: ConsumerHandle | null = null;
  private readonly retryTimers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly connection: RabbitConnection,
    private readonly config: OrderConfig,
    private readonly settings: OrderSettingReader,
    private readonly cancellation: OrderCancellationService,
    private readonly metrics: OrderMetrics,
  ) {
    this.publisher = new DelayedPublisher(connection, config.cancelLine);
  }

  async onModuleInit(): Promise<void> {
    await this.publisher.declare([await this.settings.cancelDelayMs()]);
    this.consumer = await this.connection.consume<unknown>(
      this.config.cancelLine.targetQueue,
      (payload) => this.onCancelMessage(payload),
      { maxRetries: 3 },
    );
  }

  async onModuleDestroy(): Promise<void> {
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.retryTimers.clear();
    await this.consumer?.cancel();
    this.consumer = null;
  }

  /**
   * Publishes the delayed cancel message of a committed order and resolves once the broker has
   * confirmed it. Never rejects: a failure is logged and retried in the background.
   */
  async publishCancel(orderId: number): Promise<boolean> {
    try {
      await this.publish(orderId);
      return true;
    } catch (err) {
      this.logger.warn(
        `cancel message of order ${orderId} not published (${(err as Error).message}); retrying in the background`,
      );
      this.retryLater(orderId, 0);
      return false;
    }
  }

  private async publish(orderId: number): Promise<void> {
    const delayMs = await this.settings.cancelDelayMs();
    const message: OrderCancelMessage = { orderId };
    await this.publisher.publishDelayed(delayMs, message, { messageId: `order-cancel-${orderId}` });
  }

  private retryLater(orderId: number, attempt: number): void {
    if (attempt >= PUBLISH_RETRY_DELAYS_MS.length) {
      this.metrics.cancelPublishFailed.inc();
      this.logger.error(
        `cancel message of order ${orderId} could not be published; the timeout sweep will close it`,
      );
      return;
    }
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      this.publish(orderId).then(
        () =>
          this.logger.log(`cancel message of order ${orderId} published on retry ${attempt + 1}`),
        () => this.retryLater(orderId, attempt + 1),
      );
    }, PUBLISH_RETRY_DELAYS_MS[attempt]);
    timer.unref();
    this.retryTimers.add(timer);
  }

  private async onCancelMessage(payload: unknown): Promise<void> {
    const orderId = (payload as Partial<OrderCancelMessage> | null)?.orderId;
    if (typeof orderId !== 'number' || !Number.isSafeInteger(orderId) || orderId <= 0) {
      // Retrying cannot fix the body: the message ends in the dead-letter queue for inspection.
      throw new Error(`cancel message without a valid orderId: ${JSON.stringify(payload)}`);
    }
    const outcome = await this.cancellation.cancel(orderId, 'timeout');
    if (!outcome.cancelled) {
      this.logger.debug?.(
        `order ${orderId} not cancelled by timeout: status ${String(outcome.status)}`,
      );
    }
  }
}
