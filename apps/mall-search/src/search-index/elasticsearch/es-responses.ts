import type { estypes } from '@elastic/elasticsearch';
import {
  type EsProductRelatedAttr,
  type EsProductRelatedInfo,
  toEsProduct,
} from '../../es-product/es-product';
import type { SearchHitsPage } from '../search-repository';

/** Hits of a search response as a page: documents in hit order, total from `hits.total`. */
export function hitsPageOf(response: estypes.SearchResponse<unknown>): SearchHitsPage {
  const { total, hits } = response.hits;
  const totalCount = typeof total === 'number' ? total : (total?.value ?? hits.length);
  return { total: totalCount, products: hits.map((hit) => toEsProduct(hit._source)) };
}

interface TermsBucket {
  key: string | number;
  key_as_string?: string;
  doc_count: number;
  [subAggregation: string]: unknown;
}

function bucketsOf(aggregate: unknown): TermsBucket[] {
  const buckets = (aggregate as { buckets?: unknown } | undefined)?.buckets;
  return Array.isArray(buckets) ? (buckets as TermsBucket[]) : [];
}

function keyOf(bucket: TermsBucket): string {
  return bucket.key_as_string ?? String(bucket.key);
}

/** The aggregations of a related-info search as the original's EsProductRelatedInfo. */
export function relatedInfoOf(response: estypes.SearchResponse<unknown>): EsProductRelatedInfo {
  const aggregations = (response.aggregations ?? {}) as Record<string, unknown>;
  const nested = aggregations['allAttrValues'] as Record<string, unknown> | undefined;
  const paramAttrs = nested?.['productAttrs'] as Record<string, unknown> | undefined;
  const productAttrs: EsProductRelatedAttr[] = bucketsOf(paramAttrs?.['attrIds']).map((bucket) => {
    const names = bucketsOf(bucket['attrNames']);
    return {
      attrId: Number(bucket.key),
      attrName: names.length > 0 ? keyOf(names[0]) : null,
      attrValues: bucketsOf(bucket['attrValues']).map(keyOf),
    };
  });
  return {
    brandNames: bucketsOf(aggregations['brandNames']).map(keyOf),
    productCategoryNames: bucketsOf(aggregations['productCategoryNames']).map(keyOf),
    productAttrs,
  };
}

/** An empty answer, for searches of an index that does not exist (nothing imported yet). */
export const EMPTY_RELATED_INFO: Readonly<EsProductRelatedInfo> = Object.freeze({
  brandNames: [],
  productCategoryNames: [],
  productAttrs: [],
});
