import { Inject, Injectable } from '@nestjs/common';
import { ApiException, CommonPage, ResultCode } from '@mall/common';
import { CatalogReader } from '../catalog/catalog-reader';
import { SearchIndexer } from '../catalog/search-indexer';
import {
  SEARCH_REPOSITORY,
  type SearchHitsPage,
  type SearchRepository,
} from '../search-index/search-repository';
import type {
  ProductSearchQuery,
  SimpleSearchQuery,
  ZeroBasedPageQuery,
} from './dto/es-product-queries.dto';
import type { EsProduct, EsProductRelatedInfo } from './es-product';

/** Elasticsearch's default `index.max_result_window`: hits beyond it cannot be paged to. */
export const MAX_RESULT_WINDOW = 10_000;

/** The endpoints of `/esProduct`, over whichever index is configured. */
@Injectable()
export class EsProductService {
  constructor(
    @Inject(SEARCH_REPOSITORY) private readonly repository: SearchRepository,
    private readonly indexer: SearchIndexer,
    private readonly catalog: CatalogReader,
  ) {}

  /** Imports every listed product; the number indexed. */
  async importAll(): Promise<number> {
    return (await this.indexer.importAll()).imported;
  }

  async delete(ids: readonly number[]): Promise<void> {
    await this.indexer.remove(ids);
  }

  /** Indexes one product; null when it is not listed. */
  create(id: number): Promise<EsProduct | null> {
    return this.indexer.indexOne(id);
  }

  async simpleSearch(query: SimpleSearchQuery): Promise<CommonPage<EsProduct>> {
    const hits = await this.repository.simpleSearch({
      keyword: query.keyword,
      ...this.windowOf(query),
    });
    return this.pageOf(hits, query);
  }

  async search(query: ProductSearchQuery): Promise<CommonPage<EsProduct>> {
    const hits = await this.repository.search({
      keyword: query.keyword,
      brandId: query.brandId,
      productCategoryId: query.productCategoryId,
      sort: query.sort,
      ...this.windowOf(query),
    });
    return this.pageOf(hits, query);
  }

  /** Products like a listed product; an unknown or unlisted product has none (empty page). */
  async recommend(id: number, query: ZeroBasedPageQuery): Promise<CommonPage<EsProduct>> {
    const window = this.windowOf(query);
    const product = await this.catalog.listedOne(id);
    if (!product) return this.pageOf({ total: 0, products: [] }, query);
    return this.pageOf(await this.repository.recommend({ product, ...window }), query);
  }

  relatedInfo(keyword: string | undefined): Promise<EsProductRelatedInfo> {
    return this.repository.relatedInfo(keyword);
  }

  /** `from`/`size` of a 0-based page; pages past Elasticsearch's result window are refused. */
  private windowOf({ pageNum, pageSize }: ZeroBasedPageQuery): { from: number; size: number } {
    if ((pageNum + 1) * pageSize > MAX_RESULT_WINDOW) {
      throw new ApiException(
        ResultCode.VALIDATE_FAILED,
        `(pageNum + 1) * pageSize must not exceed ${MAX_RESULT_WINDOW}`,
      );
    }
    return { from: pageNum * pageSize, size: pageSize };
  }

  /** The original's page: `pageNum` echoed 0-based; no hits is an empty page. */
  private pageOf(hits: SearchHitsPage, { pageNum, pageSize }: ZeroBasedPageQuery) {
    return CommonPage.of(hits.products, hits.total, pageNum, pageSize);
  }
}
