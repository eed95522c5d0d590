import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleDestroy,
  type Provider,
} from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { HealthRegistry } from '@mall/observability';
import type { DataSource } from 'typeorm';
import { CatalogReader } from '../catalog/catalog-reader';
import { ImportAbortedError, SearchIndexer } from '../catalog/search-indexer';
import {
  InjectSearchSettings,
  SEARCH_SETTINGS,
  type SearchSettings,
} from '../config/search-config';
import {
  createElasticsearchClient,
  ElasticsearchSearchRepository,
} from './elasticsearch/elasticsearch-search.repository';
import { EmbeddedSearchRepository } from './embedded/embedded-search.repository';
import { SEARCH_REPOSITORY, type SearchRepository } from './search-repository';

const logger = new Logger('SearchIndex');

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The repository for the configured engine, with its index created (or checked) at start. */
export async function openSearchRepository(
  settings: SearchSettings,
  dataSource: DataSource,
  log: { log(text: string): void; warn(text: string): void } = logger,
): Promise<SearchRepository> {
  if (settings.engine === 'embedded') {
    const repository = new EmbeddedSearchRepository(dataSource);
    if (await repository.ensureIndex()) log.log(`created the ${repository.description}`);
    return repository;
  }
  const { elasticsearch } = settings;
  const repository = new ElasticsearchSearchRepository(
    createElasticsearchClient(elasticsearch),
    elasticsearch.index,
    elasticsearch.analyzer,
  );
  try {
    if (await repository.ensureIndex()) log.log(`created the ${repository.description}`);
  } catch (error) {
    // Serve anyway: searches fail until the cluster answers, readiness says so, and the first
    // write creates the index with its mapping.
    log.warn(`${repository.description} at ${elasticsearch.url} not ready: ${message(error)}`);
  }
  return repository;
}

export const searchRepositoryProvider: Provider = {
  provide: SEARCH_REPOSITORY,
  inject: [SEARCH_SETTINGS, getDataSourceToken(), HealthRegistry],
  useFactory: async (
    settings: SearchSettings,
    dataSource: DataSource,
    health: HealthRegistry,
  ): Promise<SearchRepository> => {
    const repository = await openSearchRepository(settings, dataSource);
    if (repository.engine === 'elasticsearch') {
      health.add({ name: 'elasticsearch', check: () => repository.ping() });
    }
    logger.log(`searching the ${repository.description}`);
    return repository;
  },
};

export const catalogReaderProvider: Provider = {
  provide: CatalogReader,
  inject: [getDataSourceToken()],
  useFactory: (dataSource: DataSource) => new CatalogReader(dataSource),
};

export const searchIndexerProvider: Provider = {
  provide: SearchIndexer,
  inject: [CatalogReader, SEARCH_REPOSITORY, SEARCH_SETTINGS],
  useFactory: (catalog: CatalogReader, repository: SearchRepository, settings: SearchSettings) =>
    new SearchIndexer(catalog, repository, settings.importBatchSize, {
      log: (text) => logger.log(text),
      warn: (text) => logger.warn(text),
    }),
};

/** Delay between start-up import attempts while the index cannot be reached. */
const IMPORT_RETRY_MS = 15_000;

/**
 * Fills an empty index after start (in the background, so start-up and probes are not held up by
 * a large catalog), stops a running import at shutdown and closes the repository.
 */
@Injectable()
export class SearchIndexLifecycle
  implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown
{
  private stopping = false;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(
    @InjectSearchSettings() private readonly settings: SearchSettings,
    @Inject(SEARCH_REPOSITORY) private readonly repository: SearchRepository,
    private readonly indexer: SearchIndexer,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.importOnStart) void this.importIfEmpty();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.indexer.abort();
    await this.indexer.idle();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.repository.close();
  }

  private async importIfEmpty(): Promise<void> {
    try {
      if ((await this.repository.count()) > 0) return;
      logger.log(`the ${this.repository.description} is empty: importing the catalog`);
      await this.indexer.importAll();
    } catch (error) {
      if (this.stopping || error instanceof ImportAbortedError) return;
      logger.warn(`start-up import failed (${message(error)}); retrying in ${IMPORT_RETRY_MS} ms`);
      this.retryTimer = setTimeout(() => void this.importIfEmpty(), IMPORT_RETRY_MS);
      this.retryTimer.unref();
    }
  }
}
