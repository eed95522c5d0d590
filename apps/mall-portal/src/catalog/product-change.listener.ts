import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import {
  catalogEventsTopology,
  isProductChangedEvent,
  PRODUCT_CHANGED_ROUTING_KEY,
  RabbitConnection,
} from '@mall/messaging';
import { InjectRedis } from '@mall/redis';
import { invalidateHomeContent, invalidateProductDetails } from '@mall/shop';
import type { Redis } from 'ioredis';
import { InjectPortalConfig, type PortalConfig } from '../config/portal-config';

/**
 * Evicts cached product pages (and the home page, which lists products) when mall-admin publishes
 * `mall.product.changed`. One durable queue is shared by every portal instance: the cache lives in
 * Redis, so a single eviction per event is enough, and events published while the portal is down
 * are applied when it comes back.
 */
@Injectable()
export class ProductChangeListener implements OnModuleInit {
  private readonly logger = new Logger(ProductChangeListener.name);
  private readonly queue: string;
  private readonly exchange: string;

  constructor(
    private readonly rabbit: RabbitConnection,
    @InjectRedis() private readonly redis: Redis,
    @InjectPortalConfig() config: PortalConfig,
  ) {
    this.queue = config.app.productDetail.changeQueue;
    this.exchange = config.app.productDetail.changeExchange;
  }

  async onModuleInit(): Promise<void> {
    const topology = catalogEventsTopology(this.exchange);
    await this.rabbit.declareTopology({
      exchanges: topology.exchanges,
      queues: [{ name: this.queue, durable: true }],
      bindings: [
        { queue: this.queue, exchange: this.exchange, routingKey: PRODUCT_CHANGED_ROUTING_KEY },
      ],
    });
    await this.rabbit.consume(this.queue, (payload) => this.onProductChanged(payload));
  }

  /** Evicts the products' pages and the home page; a malformed message is logged and dropped. */
  async onProductChanged(payload: unknown): Promise<void> {
    if (!isProductChangedEvent(payload)) {
      this.logger.warn(`ignoring malformed ${PRODUCT_CHANGED_ROUTING_KEY} message`);
      return;
    }
    await Promise.all([
      invalidateProductDetails(this.redis, payload.ids),
      invalidateHomeContent(this.redis),
    ]);
  }
}
