import { Inject } from '@nestjs/common';
import { MALL_CONFIG, type MallConfig } from '@mall/config';
import { CATALOG_EXCHANGE } from '@mall/messaging';
import { z } from 'zod';

/** `true`/`false` from YAML, or as the strings an environment variable carries. */
const flag = () =>
  z.preprocess(
    (value) => (value === 'true' ? true : value === 'false' ? false : value),
    z.boolean(),
  );

/** The `app:` section of config/mall-search.yaml (docs/search.md explains every key). */
export const searchAppSchema = z.object({
  elasticsearch: z
    .object({
      /** `http(s)://host:9200`; empty: the embedded index (ELASTICSEARCH_URL wins over it). */
      url: z.string().default(''),
      username: z.string().default(''),
      password: z.coerce.string().default(''),
      /** The original's index name. */
      index: z.string().min(1).default('pms'),
      /** Analyzer of name, subTitle and keywords; `ik_max_word` needs the IK plugin. */
      analyzer: z.string().min(1).default('ik_max_word'),
      requestTimeoutMs: z.coerce.number().int().min(1).default(10_000),
    })
    .prefault({}),
  search: z
    .object({
      /**
       * `auto`: Elasticsearch when a URL is configured, else the embedded index in MySQL.
       * `embedded` forces the embedded index even when ELASTICSEARCH_URL is set.
       */
      engine: z.enum(['auto', 'elasticsearch', 'embedded']).default('auto'),
      /** Import the catalog in the background when the index is empty at start. */
      importOnStart: flag().default(true),
      /** Products read from MySQL and written to the index per round trip. */
      importBatchSize: z.coerce.number().int().min(1).max(10_000).default(1000),
    })
    .prefault({}),
  productSync: z
    .object({
      /** Topic exchange mall-admin publishes `mall.product.changed` to. */
      exchange: z.string().min(1).default(CATALOG_EXCHANGE),
      /** Durable queue shared by every mall-search instance (the index is shared too). */
      queue: z.string().min(1).default('mall.search.product-sync'),
      /** Where events go after `maxRetries` failed attempts, for inspection or replay. */
      deadLetterExchange: z.string().min(1).default('mall.search.dlx'),
      deadLetterQueue: z.string().min(1).default('mall.search.product-sync.dead'),
      maxRetries: z.coerce.number().int().min(0).default(5),
      /** 1 applies the events of one instance in order (a later event never races an earlier one). */
      prefetch: z.coerce.number().int().min(1).default(1),
    })
    .prefault({}),
});

export type SearchAppConfig = z.infer<typeof searchAppSchema>;
export type SearchConfig = MallConfig<SearchAppConfig>;

export type SearchEngine = 'elasticsearch' | 'embedded';

export interface ElasticsearchSettings {
  url: string;
  username: string;
  password: string;
  index: string;
  analyzer: string;
  requestTimeoutMs: number;
}

/** The settings the index layer works with, after the environment has had its say. */
export interface SearchSettings {
  engine: SearchEngine;
  elasticsearch: ElasticsearchSettings;
  importOnStart: boolean;
  importBatchSize: number;
  productSync: SearchAppConfig['productSync'];
}

/**
 * Resolves the engine: ELASTICSEARCH_URL / _USERNAME / _PASSWORD win over `app.elasticsearch`
 * (the platform sets them the way it sets MYSQL_HOST); `app.search.engine` can force either side.
 */
export function resolveSearchSettings(
  app: SearchAppConfig,
  env: NodeJS.ProcessEnv = process.env,
): SearchSettings {
  const elasticsearch: ElasticsearchSettings = {
    ...app.elasticsearch,
    url: env['ELASTICSEARCH_URL'] || app.elasticsearch.url,
    username: env['ELASTICSEARCH_USERNAME'] || app.elasticsearch.username,
    password: env['ELASTICSEARCH_PASSWORD'] || app.elasticsearch.password,
  };
  let engine: SearchEngine;
  if (app.search.engine === 'auto') engine = elasticsearch.url ? 'elasticsearch' : 'embedded';
  else engine = app.search.engine;
  if (engine === 'elasticsearch' && !elasticsearch.url) {
    throw new Error(
      'config error: app.search.engine is elasticsearch but neither ELASTICSEARCH_URL nor app.elasticsearch.url is set',
    );
  }
  return {
    engine,
    elasticsearch,
    importOnStart: app.search.importOnStart,
    importBatchSize: app.search.importBatchSize,
    productSync: app.productSync,
  };
}

/** Injection token of the resolved SearchSettings. */
export const SEARCH_SETTINGS = Symbol('SEARCH_SETTINGS');

export const InjectSearchSettings = (): ParameterDecorator => Inject(SEARCH_SETTINGS);

export const searchSettingsProvider = {
  provide: SEARCH_SETTINGS,
  inject: [MALL_CONFIG],
  useFactory: (config: SearchConfig): SearchSettings => resolveSearchSettings(config.app),
};
