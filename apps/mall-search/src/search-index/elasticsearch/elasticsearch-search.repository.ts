import { Client, errors, HttpConnection, type estypes } from '@elastic/elasticsearch';
import type { ElasticsearchSettings } from '../../config/search-config';
import type { EsProduct, EsProductRelatedInfo } from '../../es-product/es-product';
import type {
  ProductSearch,
  RecommendSearch,
  SearchHitsPage,
  SearchRepository,
  SimpleSearch,
} from '../search-repository';
import { pmsIndexDefinition } from './es-mapping';
import {
  productSearchBody,
  recommendBody,
  relatedInfoBody,
  type SearchBody,
  simpleSearchBody,
} from './es-queries';
import { EMPTY_RELATED_INFO, hitsPageOf, relatedInfoOf } from './es-responses';

/** Documents per bulk request when removing, and ids per page when listing. */
const BULK_CHUNK = 1000;
const ID_PAGE = 10_000;

/**
 * A client for the configured cluster. Requests go through node's `http` (HttpConnection rather
 * than the default undici), the only transport the SkyWalking agent traces.
 */
export function createElasticsearchClient(
  settings: ElasticsearchSettings,
  connection?: ConstructorParameters<typeof Client>[0]['Connection'],
): Client {
  return new Client({
    node: settings.url,
    ...(settings.username
      ? { auth: { username: settings.username, password: settings.password } }
      : {}),
    requestTimeout: settings.requestTimeoutMs,
    maxRetries: 2,
    Connection: connection ?? HttpConnection,
  });
}

function isIndexMissing(error: unknown): boolean {
  return (
    error instanceof errors.ResponseError &&
    error.statusCode === 404 &&
    (error.body as { error?: { type?: string } } | undefined)?.error?.type ===
      'index_not_found_exception'
  );
}

function isAlreadyThere(error: unknown): boolean {
  return (
    error instanceof errors.ResponseError &&
    (error.body as { error?: { type?: string } } | undefined)?.error?.type ===
      'resource_already_exists_exception'
  );
}

/** Fails with the first item error of a bulk answer (deleting a missing document is no error). */
function assertBulkSucceeded(response: estypes.BulkResponse): void {
  if (!response.errors) return;
  const failed = response.items
    .map((item) => Object.values(item)[0])
    .filter((result): result is estypes.BulkResponseItem => Boolean(result?.error));
  if (failed.length === 0) return;
  const first = failed[0].error;
  throw new Error(
    `bulk request: ${failed.length} of ${response.items.length} items failed, ` +
      `first on id ${failed[0]._id}: ${first?.type}: ${first?.reason}`,
  );
}

/** The original's engine: the `pms` index of an Elasticsearch 9 cluster. */
export class ElasticsearchSearchRepository implements SearchRepository {
  readonly engine = 'elasticsearch' as const;
  readonly description: string;
  /** Set once ensureIndex() succeeded: writes never let ES create the index without its mapping. */
  private indexVerified = false;

  constructor(
    private readonly client: Client,
    private readonly index: string,
    private readonly analyzer: string,
  ) {
    this.description = `Elasticsearch index '${index}'`;
  }

  async ensureIndex(): Promise<boolean> {
    if (await this.client.indices.exists({ index: this.index })) {
      this.indexVerified = true;
      return false;
    }
    try {
      await this.client.indices.create({ index: this.index, ...pmsIndexDefinition(this.analyzer) });
      this.indexVerified = true;
      return true;
    } catch (error) {
      // Another instance created it between the check and the create.
      if (!isAlreadyThere(error)) throw error;
      this.indexVerified = true;
      return false;
    }
  }

  async count(): Promise<number> {
    try {
      return (await this.client.count({ index: this.index })).count;
    } catch (error) {
      if (isIndexMissing(error)) return 0;
      throw error;
    }
  }

  async upsert(products: readonly EsProduct[], options: { refresh?: boolean } = {}): Promise<void> {
    if (products.length === 0) return;
    // ES would otherwise create a missing index on the first write, with dynamic mappings.
    if (!this.indexVerified) await this.ensureIndex();
    const operations: estypes.BulkRequest['operations'] = [];
    for (const product of products) {
      operations.push({ index: { _index: this.index, _id: String(product.id) } }, product);
    }
    const response = await this.client.bulk({
      operations,
      refresh: options.refresh === false ? false : 'wait_for',
    });
    assertBulkSucceeded(response);
  }

  async remove(ids: readonly number[]): Promise<void> {
    for (let start = 0; start < ids.length; start += BULK_CHUNK) {
      const chunk = ids.slice(start, start + BULK_CHUNK);
      try {
        const response = await this.client.bulk({
          operations: chunk.map((id) => ({ delete: { _index: this.index, _id: String(id) } })),
          refresh: 'wait_for',
        });
        assertBulkSucceeded(response);
      } catch (error) {
        if (isIndexMissing(error)) return;
        throw error;
      }
    }
  }

  async refresh(): Promise<void> {
    await this.client.indices.refresh({ index: this.index });
  }

  async listIds(): Promise<number[]> {
    const ids: number[] = [];
    let after: estypes.SortResults | undefined;
    try {
      for (;;) {
        const response = await this.client.search({
          index: this.index,
          query: { match_all: {} },
          _source: false,
          size: ID_PAGE,
          sort: [{ id: { order: 'asc' } }],
          track_total_hits: false,
          ...(after ? { search_after: after } : {}),
        });
        const hits = response.hits.hits;
        for (const hit of hits) ids.push(Number(hit._id));
        if (hits.length < ID_PAGE) return ids;
        after = hits[hits.length - 1].sort;
      }
    } catch (error) {
      if (isIndexMissing(error)) return [];
      throw error;
    }
  }

  simpleSearch(request: SimpleSearch): Promise<SearchHitsPage> {
    return this.searchPage(simpleSearchBody(request));
  }

  search(request: ProductSearch): Promise<SearchHitsPage> {
    return this.searchPage(productSearchBody(request));
  }

  recommend(request: RecommendSearch): Promise<SearchHitsPage> {
    return this.searchPage(recommendBody(request));
  }

  async relatedInfo(keyword: string | undefined): Promise<EsProductRelatedInfo> {
    try {
      const response = await this.client.search({ index: this.index, ...relatedInfoBody(keyword) });
      return relatedInfoOf(response);
    } catch (error) {
      if (isIndexMissing(error)) return { ...EMPTY_RELATED_INFO };
      throw error;
    }
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** Runs a search; an index that does not exist yet (nothing imported) answers no hits. */
  private async searchPage(body: SearchBody): Promise<SearchHitsPage> {
    try {
      return hitsPageOf(await this.client.search({ index: this.index, ...body }));
    } catch (error) {
      if (isIndexMissing(error)) return { total: 0, products: [] };
      throw error;
    }
  }
}
