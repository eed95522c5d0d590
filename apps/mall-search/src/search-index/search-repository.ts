import type { EsProduct, EsProductRelatedInfo } from '../es-product/es-product';

/** Sort codes of `GET /esProduct/search`: anything else ranks by relevance. */
export const SORT_NEWEST = 1;
export const SORT_SALES = 2;
export const SORT_PRICE_ASC = 3;
export const SORT_PRICE_DESC = 4;

/** Weights of the composite search (function_score, score_mode sum). */
export const SEARCH_WEIGHTS = { name: 10, subTitle: 5, keywords: 2 } as const;
/** Weights of the recommendation for a product (function_score, score_mode sum). */
export const RECOMMEND_WEIGHTS = {
  name: 8,
  subTitle: 2,
  keywords: 2,
  brandId: 5,
  productCategoryId: 3,
} as const;
/** Both function_score queries drop documents below this score: at least one function matched. */
export const MIN_SCORE = 2;
/** Buckets of every terms aggregation of the related info (Elasticsearch's default size). */
export const RELATED_TERMS_SIZE = 10;

export interface PageWindow {
  /** Documents skipped (`pageNum * pageSize`). */
  from: number;
  size: number;
}

/** `/search/simple`: every word of `keyword` in one of name, subTitle, keywords. */
export interface SimpleSearch extends PageWindow {
  /** Absent: every document. */
  keyword?: string;
}

/** `/search`: weighted keyword match, brand/category filters and a sort. */
export interface ProductSearch extends PageWindow {
  keyword?: string;
  brandId?: number;
  productCategoryId?: number;
  sort: number;
}

/** `/recommend/{id}`: products like `product` (name words, brand, category), itself excluded. */
export interface RecommendSearch extends PageWindow {
  product: Pick<EsProduct, 'id' | 'name' | 'brandId' | 'productCategoryId'>;
}

export interface SearchHitsPage {
  total: number;
  products: EsProduct[];
}

/**
 * The product search index. Two adapters implement it with the same answers: Elasticsearch (the
 * original's engine) and the embedded index in MySQL, used when no Elasticsearch is configured.
 * After a write resolves, searches see it.
 */
export interface SearchRepository {
  readonly engine: 'elasticsearch' | 'embedded';
  /** Human-readable location for logs, e.g. `elasticsearch index pms`. */
  readonly description: string;
  /** Creates the index (with its mapping) when it does not exist; true when it was created. */
  ensureIndex(): Promise<boolean>;
  /** Number of documents. */
  count(): Promise<number>;
  /** Adds or replaces documents (by id). `refresh: false` defers visibility to refresh(). */
  upsert(products: readonly EsProduct[], options?: { refresh?: boolean }): Promise<void>;
  /** Removes documents by id; unknown ids are ignored. */
  remove(ids: readonly number[]): Promise<void>;
  /** Makes deferred writes visible. */
  refresh(): Promise<void>;
  /** Every document id, ascending. */
  listIds(): Promise<number[]>;
  simpleSearch(request: SimpleSearch): Promise<SearchHitsPage>;
  search(request: ProductSearch): Promise<SearchHitsPage>;
  recommend(request: RecommendSearch): Promise<SearchHitsPage>;
  relatedInfo(keyword: string | undefined): Promise<EsProductRelatedInfo>;
  /** Rejects when the index cannot be reached (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Injection token of the SearchRepository in use. */
export const SEARCH_REPOSITORY = Symbol('SEARCH_REPOSITORY');
