import { PublishFailedError } from './errors';
import type { RabbitConnection } from './rabbit-connection';
import type { Topology } from './topology';

/**
 * Catalog change notifications: mall-admin publishes one after every committed product change, so
 * that readers keeping a copy of the catalog (the search index) can refresh it without polling.
 */
export const CATALOG_EXCHANGE = 'mall.product';
export const PRODUCT_CHANGED_ROUTING_KEY = 'mall.product.changed';

/**
 * `upsert`: the products changed (created, edited, published, renamed brand or category, …); a reader
 * re-reads each id and keeps it if it is listed (`delete_status = 0 AND publish_status = 1`), otherwise
 * drops it. `delete`: the products were deleted or taken off the shelf; a reader drops them.
 */
export type ProductChangeAction = 'upsert' | 'delete';

export interface ProductChangedEvent {
  ids: number[];
  action: ProductChangeAction;
}

/** Ids per message: a brand rename may touch thousands of products; messages stay small. */
export const PRODUCT_CHANGED_MAX_IDS = 500;

/** The durable topic exchange readers bind their queues to (routing key `mall.product.changed`). */
export function catalogEventsTopology(exchange: string = CATALOG_EXCHANGE): Topology {
  return { exchanges: [{ name: exchange, type: 'topic', durable: true }] };
}

/** True for a well-formed event; readers use it to dead-letter anything else. */
export function isProductChangedEvent(value: unknown): value is ProductChangedEvent {
  if (typeof value !== 'object' || value === null) return false;
  const { ids, action } = value as { ids?: unknown; action?: unknown };
  return (
    (action === 'upsert' || action === 'delete') &&
    Array.isArray(ids) &&
    ids.every((id) => Number.isSafeInteger(id) && (id as number) > 0)
  );
}

/** Splits an id list into events of at most PRODUCT_CHANGED_MAX_IDS distinct ids. */
export function productChangedEvents(
  ids: readonly number[],
  action: ProductChangeAction,
): ProductChangedEvent[] {
  const distinct = [...new Set(ids)];
  const events: ProductChangedEvent[] = [];
  for (let i = 0; i < distinct.length; i += PRODUCT_CHANGED_MAX_IDS) {
    events.push({ ids: distinct.slice(i, i + PRODUCT_CHANGED_MAX_IDS), action });
  }
  return events;
}

export interface PublishProductChangedResult {
  /** Messages the broker confirmed. */
  published: number;
  /** The broker had no queue bound to the routing key: nobody listens, nothing was lost. */
  unroutable: boolean;
}

/**
 * Publishes the change of `ids` (in chunks) and resolves once the broker confirmed every message.
 * An unroutable message (no reader has bound a queue yet) is not an error; any other failure rejects.
 */
export async function publishProductChanged(
  connection: RabbitConnection,
  ids: readonly number[],
  action: ProductChangeAction,
  exchange: string = CATALOG_EXCHANGE,
): Promise<PublishProductChangedResult> {
  const result: PublishProductChangedResult = { published: 0, unroutable: false };
  for (const event of productChangedEvents(ids, action)) {
    try {
      await connection.publish(exchange, PRODUCT_CHANGED_ROUTING_KEY, event, {
        type: PRODUCT_CHANGED_ROUTING_KEY,
      });
      result.published++;
    } catch (err) {
      if (err instanceof PublishFailedError && err.reason === 'unroutable') {
        result.unroutable = true;
        continue;
      }
      throw err;
    }
  }
  return result;
}
