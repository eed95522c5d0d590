import type { ProductChangedEvent } from '@mall/messaging';
import type { EsProduct } from '../es-product/es-product';
import type { SearchRepository } from '../search-index/search-repository';
import type { CatalogReader } from './catalog-reader';

export interface ImportResult {
  /** Documents written (the listed products). */
  imported: number;
  /** Documents removed because their product is no longer listed. */
  removed: number;
}

export interface IndexerLogger {
  log(message: string): void;
  warn(message: string): void;
}

const silentLogger: IndexerLogger = { log: () => undefined, warn: () => undefined };

/** Thrown into a running import when the service stops. */
export class ImportAbortedError extends Error {
  constructor() {
    super('import aborted: the service is stopping');
    this.name = 'ImportAbortedError';
  }
}

/**
 * Keeps the search index in step with the catalog: full imports, single products, and the
 * `mall.product.changed` events of mall-admin. Every event re-reads the catalog, so applying one
 * twice, or an old one late, converges on the catalog's current state.
 */
export class SearchIndexer {
  private running: Promise<ImportResult> | null = null;
  private aborted = false;

  constructor(
    private readonly catalog: CatalogReader,
    private readonly repository: SearchRepository,
    private readonly batchSize: number,
    private readonly logger: IndexerLogger = silentLogger,
  ) {}

  /**
   * Writes every listed product to the index in batches, then removes the documents of products
   * that are no longer listed, so the index equals the catalog (the original only added). A call
   * while an import runs joins it.
   */
  importAll(): Promise<ImportResult> {
    this.running ??= this.runImport().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Resolves once no import is running (used at shutdown, after abort()). */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  /** Makes a running import stop after its current batch. */
  abort(): void {
    this.aborted = true;
  }

  /** Indexes one product: its document, or null when it is not listed (nothing is written). */
  async indexOne(id: number): Promise<EsProduct | null> {
    const product = await this.catalog.listedOne(id);
    if (product) await this.repository.upsert([product]);
    return product;
  }

  async remove(ids: readonly number[]): Promise<void> {
    if (ids.length > 0) await this.repository.remove(ids);
  }

  /**
   * Applies a `mall.product.changed` event. Both actions re-read the products: listed ones are
   * (re)written, the others removed. So a `delete` that arrives after a later re-publish (retries
   * re-queue messages at the back) cannot drop a listed product, and replays are harmless.
   */
  async applyChange(event: ProductChangedEvent): Promise<{ written: number; removed: number }> {
    const listed = await this.catalog.listed(event.ids);
    const listedIds = new Set(listed.map((product) => product.id));
    const unlisted = event.ids.filter((id) => !listedIds.has(id));
    await this.repository.upsert(listed);
    await this.remove(unlisted);
    return { written: listed.length, removed: unlisted.length };
  }

  private async runImport(): Promise<ImportResult> {
    const started = Date.now();
    const imported = new Set<number>();
    for await (const batch of this.catalog.listedBatches(this.batchSize)) {
      if (this.aborted) throw new ImportAbortedError();
      await this.repository.upsert(batch, { refresh: false });
      for (const product of batch) imported.add(product.id);
    }
    await this.repository.refresh();
    // Documents not written by this run: removed unless the product got listed meanwhile (its
    // event may have written it after the catalog was read).
    const stale = (await this.repository.listIds()).filter((id) => !imported.has(id));
    const relisted = await this.catalog.listedIds(stale);
    const removed = stale.filter((id) => !relisted.has(id));
    await this.remove(removed);
    this.logger.log(
      `imported ${imported.size} products into the ${this.repository.description}` +
        ` and removed ${removed.length} unlisted ones in ${Date.now() - started} ms`,
    );
    return { imported: imported.size, removed: removed.length };
  }
}
