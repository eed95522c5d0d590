import { loadConfig } from '@mall/config';
import { createDataSource } from '@mall/db';
import { resolveSearchSettings, searchAppSchema } from '../config/search-config';
import { openSearchRepository } from '../search-index/search-index.providers';
import { CatalogReader } from './catalog-reader';
import { type ImportResult, SearchIndexer } from './search-indexer';

export interface ImportCommandOptions {
  /** Environment the configuration reads (default process.env). */
  env?: NodeJS.ProcessEnv;
  configDir?: string;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface ImportCommandResult extends ImportResult {
  engine: 'elasticsearch' | 'embedded';
  description: string;
}

/**
 * The full re-import outside the service (`node tools/search/import.mjs`): same configuration as
 * mall-search (config/mall-search.yaml, MYSQL_*, ELASTICSEARCH_URL, …), index created with its
 * mapping when absent, then every listed product written and unlisted ones removed.
 */
export async function runImportCommand(
  options: ImportCommandOptions = {},
): Promise<ImportCommandResult> {
  const log = options.log ?? (() => undefined);
  const source = await loadConfig('mall-search', {
    appSchema: searchAppSchema,
    env: options.env,
    configDir: options.configDir,
  });
  try {
    const config = source.current;
    if (!config.mysql) throw new Error('mall-search has no mysql settings');
    const settings = resolveSearchSettings(config.app, options.env);
    const dataSource = createDataSource({ ...config.mysql, poolSize: 4 });
    await dataSource.initialize();
    try {
      const repository = await openSearchRepository(settings, dataSource, { log, warn: log });
      try {
        log(
          `importing the catalog of '${config.mysql.database}' into the ${repository.description}`,
        );
        const indexer = new SearchIndexer(
          new CatalogReader(dataSource),
          repository,
          settings.importBatchSize,
          { log, warn: log },
        );
        const result = await indexer.importAll();
        return { ...result, engine: repository.engine, description: repository.description };
      } finally {
        await repository.close();
      }
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await source.close();
  }
}
