import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import {
  catalogEventsTopology,
  ProductChangeAction,
  publishProductChanged,
  RabbitConnection,
} from '@mall/messaging';

/**
 * Tells catalog readers (the search index) which products changed, after the change committed.
 * Publishing never fails or delays the admin request: it runs after the response is decided, and
 * a failure is only logged, because readers can always re-import the whole catalog.
 */
@Injectable()
export class CatalogEvents implements OnModuleInit {
  private readonly logger = new Logger('CatalogEvents');

  constructor(private readonly rabbit: RabbitConnection) {}

  async onModuleInit(): Promise<void> {
    await this.rabbit.declareTopology(catalogEventsTopology());
  }

  productsChanged(ids: readonly number[], action: ProductChangeAction): void {
    if (ids.length === 0) return;
    publishProductChanged(this.rabbit, ids, action).then(
      (result) => {
        if (result.unroutable) {
          this.logger.debug(
            `no reader bound to the product exchange; ${action} of ${ids.length} dropped`,
          );
        }
      },
      (err: unknown) => {
        this.logger.warn(
          `product ${action} event for ${ids.length} product(s) not published: ${
            err instanceof Error ? err.message : String(err)
          }`,
        );
      },
    );
  }
}
