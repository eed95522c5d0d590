import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import {
  catalogEventsTopology,
  isProductChangedEvent,
  PRODUCT_CHANGED_ROUTING_KEY,
  RabbitConnection,
  type Topology,
} from '@mall/messaging';
import { Metrics } from '@mall/observability';
import type { Counter } from 'prom-client';
import { InjectSearchSettings, type SearchSettings } from '../config/search-config';
import { SearchIndexer } from './search-indexer';

/** A message that is not a ProductChangedEvent: it fails every attempt and lands in the DLQ. */
export class MalformedProductEventError extends Error {
  constructor() {
    super(`malformed ${PRODUCT_CHANGED_ROUTING_KEY} message`);
    this.name = 'MalformedProductEventError';
  }
}

/**
 * The queue of the index's catalog events: bound to mall-admin's topic exchange, dead-lettering to
 * its own DLQ after `maxRetries` failed attempts.
 */
export function productSyncTopology(settings: SearchSettings['productSync']): Topology {
  const catalog = catalogEventsTopology(settings.exchange);
  return {
    exchanges: [
      ...(catalog.exchanges ?? []),
      { name: settings.deadLetterExchange, type: 'direct', durable: true },
    ],
    queues: [
      {
        name: settings.queue,
        durable: true,
        deadLetterExchange: settings.deadLetterExchange,
        deadLetterRoutingKey: settings.deadLetterQueue,
      },
      { name: settings.deadLetterQueue, durable: true },
    ],
    bindings: [
      {
        queue: settings.queue,
        exchange: settings.exchange,
        routingKey: PRODUCT_CHANGED_ROUTING_KEY,
      },
      {
        queue: settings.deadLetterQueue,
        exchange: settings.deadLetterExchange,
        routingKey: settings.deadLetterQueue,
      },
    ],
  };
}

/**
 * Applies mall-admin's `mall.product.changed` events to the index: created, edited or published
 * products are (re)written, unpublished or deleted ones removed. One durable queue serves every
 * instance (the index is shared), so events published while mall-search is down wait for it.
 */
@Injectable()
export class ProductSyncListener implements OnModuleInit {
  private readonly logger = new Logger(ProductSyncListener.name);
  private readonly applied: Counter<'action'>;

  constructor(
    private readonly rabbit: RabbitConnection,
    private readonly indexer: SearchIndexer,
    @InjectSearchSettings() private readonly settings: SearchSettings,
    metrics: Metrics,
  ) {
    this.applied = metrics.counter(
      'mall_search_product_changes_total',
      'Catalog change events applied to the search index, by action',
      ['action'],
    );
  }

  async onModuleInit(): Promise<void> {
    const sync = this.settings.productSync;
    await this.rabbit.declareTopology(productSyncTopology(sync));
    await this.rabbit.consume(sync.queue, (payload) => this.onProductChanged(payload), {
      maxRetries: sync.maxRetries,
      prefetch: sync.prefetch,
    });
  }

  /** Throws to have the message retried (then dead-lettered); see RabbitConnection.consume. */
  async onProductChanged(payload: unknown): Promise<void> {
    if (!isProductChangedEvent(payload)) throw new MalformedProductEventError();
    const { written, removed } = await this.indexer.applyChange(payload);
    this.applied.inc({ action: payload.action });
    this.logger.debug(
      `${payload.action} of ${payload.ids.length} product(s): ${written} written, ${removed} removed`,
    );
  }
}
