import type { estypes } from '@elastic/elasticsearch';
import {
  MIN_SCORE,
  type ProductSearch,
  RECOMMEND_WEIGHTS,
  type RecommendSearch,
  RELATED_TERMS_SIZE,
  SEARCH_WEIGHTS,
  type SimpleSearch,
  SORT_NEWEST,
  SORT_PRICE_ASC,
  SORT_PRICE_DESC,
  SORT_SALES,
} from '../search-repository';

/** The request body of a search: everything but the index name. */
export type SearchBody = Omit<estypes.SearchRequest, 'index'>;

/** The texts fields searched by keyword. */
const TEXT_FIELDS = ['name', 'subTitle', 'keywords'] as const;

/** Characters with a meaning in query_string syntax; escaped so a keyword is plain text. */
const QUERY_STRING_SPECIAL = /[+\-=&|!(){}[\]^"~*?:\\/]/g;

/**
 * A keyword as plain query_string text: special characters escaped; `<` and `>` removed, as they
 * cannot be escaped (ES documentation).
 */
export function escapeQueryString(text: string): string {
  return text.replace(/[<>]/g, ' ').replace(QUERY_STRING_SPECIAL, (c) => `\\${c}`);
}

const byScore: estypes.SortCombinations = { _score: { order: 'desc' } };

function pageOf(request: { from: number; size: number }) {
  return { from: request.from, size: request.size, track_total_hits: true };
}

/**
 * `/search/simple` (Spring Data's `findByNameOrSubTitleOrKeywords`): one query_string per field
 * with `default_operator: and` (every word of the keyword in that field), any field suffices.
 * No keyword: every document. Ranked by relevance; `id` breaks ties so pages never overlap.
 */
export function simpleSearchBody(request: SimpleSearch): SearchBody {
  const query: estypes.QueryDslQueryContainer = request.keyword
    ? {
        bool: {
          should: TEXT_FIELDS.map((field) => ({
            query_string: {
              query: escapeQueryString(request.keyword as string),
              fields: [field],
              default_operator: 'and' as const,
            },
          })),
        },
      }
    : { match_all: {} };
  return { query, sort: [byScore, { id: { order: 'asc' } }], ...pageOf(request) };
}

/** Sort clauses of `/search`: the chosen order, then relevance, then `id` in the same direction. */
export function productSearchSort(sort: number): estypes.SortCombinations[] {
  switch (sort) {
    case SORT_NEWEST:
      return [{ id: { order: 'desc' } }, byScore];
    case SORT_SALES:
      return [{ sale: { order: 'desc' } }, byScore, { id: { order: 'desc' } }];
    case SORT_PRICE_ASC:
      return [{ price: { order: 'asc' } }, byScore, { id: { order: 'asc' } }];
    case SORT_PRICE_DESC:
      return [{ price: { order: 'desc' } }, byScore, { id: { order: 'desc' } }];
    default:
      return [byScore, { id: { order: 'asc' } }];
  }
}

function weightedMatches(
  weights: Record<string, number>,
  values: Record<string, string | number | null | undefined>,
): estypes.QueryDslFunctionScoreContainer[] {
  const functions: estypes.QueryDslFunctionScoreContainer[] = [];
  for (const [field, weight] of Object.entries(weights)) {
    const value = values[field];
    // The original passed a null brand or name to `match` and failed; a missing value matches nothing.
    if (value === null || value === undefined || value === '') continue;
    functions.push({ filter: { match: { [field]: value } }, weight });
  }
  return functions;
}

function functionScore(
  functions: estypes.QueryDslFunctionScoreContainer[],
): estypes.QueryDslQueryContainer {
  return {
    function_score: {
      query: { match_all: {} },
      functions,
      score_mode: 'sum',
      boost_mode: 'multiply',
      min_score: MIN_SCORE,
    },
  };
}

/**
 * `/search`: the keyword scores 10 in name, 5 in subTitle, 2 in keywords (summed; a document must
 * match one of them); brand and category are `term` filters applied as `post_filter`.
 */
export function productSearchBody(request: ProductSearch): SearchBody {
  const { keyword } = request;
  const query: estypes.QueryDslQueryContainer = keyword
    ? functionScore(
        weightedMatches(SEARCH_WEIGHTS, { name: keyword, subTitle: keyword, keywords: keyword }),
      )
    : { match_all: {} };
  const filters: estypes.QueryDslQueryContainer[] = [];
  if (request.brandId !== undefined) filters.push({ term: { brandId: request.brandId } });
  if (request.productCategoryId !== undefined) {
    filters.push({ term: { productCategoryId: request.productCategoryId } });
  }
  return {
    query,
    ...(filters.length > 0 ? { post_filter: { bool: { must: filters } } } : {}),
    sort: productSearchSort(request.sort),
    ...pageOf(request),
  };
}

/**
 * `/recommend/{id}`: the product's name scores 8 in name, 2 in subTitle, 2 in keywords, its brand
 * 5 and its category 3; the product itself is filtered out.
 */
export function recommendBody(request: RecommendSearch): SearchBody {
  const { product } = request;
  return {
    query: functionScore(
      weightedMatches(RECOMMEND_WEIGHTS, {
        name: product.name,
        subTitle: product.name,
        keywords: product.name,
        brandId: product.brandId,
        productCategoryId: product.productCategoryId,
      }),
    ),
    post_filter: { bool: { must_not: [{ term: { id: product.id } }] } },
    sort: [byScore, { id: { order: 'asc' } }],
    ...pageOf(request),
  };
}

/**
 * `/search/relate`: brands, categories and param attributes (nested, `type = 1`) of the documents
 * the keyword matches in any text field. Only aggregations are read, so no hits are fetched.
 */
export function relatedInfoBody(keyword: string | undefined): SearchBody {
  const terms = (field: string): estypes.AggregationsAggregationContainer => ({
    terms: { field, size: RELATED_TERMS_SIZE },
  });
  return {
    query: keyword
      ? { multi_match: { query: keyword, fields: [...TEXT_FIELDS] } }
      : { match_all: {} },
    size: 0,
    aggs: {
      brandNames: terms('brandName'),
      productCategoryNames: terms('productCategoryName'),
      allAttrValues: {
        nested: { path: 'attrValueList' },
        aggs: {
          productAttrs: {
            filter: { term: { 'attrValueList.type': 1 } },
            aggs: {
              attrIds: {
                ...terms('attrValueList.productAttributeId'),
                aggs: {
                  attrValues: terms('attrValueList.value'),
                  attrNames: terms('attrValueList.name'),
                },
              },
            },
          },
        },
      },
    },
  };
}
