import Mock from '@elastic/elasticsearch-mock';
import { errors } from '@elastic/elasticsearch';
import type { EsProduct } from '../../es-product/es-product';
import {
  createElasticsearchClient,
  ElasticsearchSearchRepository,
} from './elasticsearch-search.repository';
import { escapeQueryString } from './es-queries';

interface Captured {
  method: string;
  path: string;
  body: unknown;
  querystring: Record<string, unknown>;
}

const SETTINGS = {
  url: 'http://es.test:9200',
  username: 'elastic',
  password: 'secret',
  index: 'pms',
  analyzer: 'ik_max_word',
  requestTimeoutMs: 1000,
};

/** A hit as Elasticsearch 9 returns a document written by the original (Spring Data) service. */
const HUAWEI_HIT = {
  _index: 'pms',
  _id: '1',
  _score: 17,
  _source: {
    _class: 'com.dunshan.mall.search.domain.EsProduct',
    id: 1,
    productSn: '1000001',
    brandId: 1,
    brandName: '华为',
    productCategoryId: 7,
    productCategoryName: '手机',
    pic: 'https://img.test/mate60.jpg',
    name: '华为 HUAWEI Mate 60 Pro',
    subTitle: '卫星通话 超可靠玄武架构',
    keywords: '华为,Mate60,手机',
    price: 6499.0,
    sale: 1280,
    newStatus: 1,
    recommandStatus: 1,
    stock: 1500,
    promotionType: 1,
    sort: 100,
    attrValueList: [
      { id: 3, productAttributeId: 12, value: '6.82英寸', type: 1, name: '屏幕尺寸' },
      { id: 1, productAttributeId: 10, value: '雅川青,雅丹黑', type: 0, name: '颜色' },
    ],
  },
  sort: [17, 1],
};

const EMPTY_HITS = {
  took: 1,
  timed_out: false,
  _shards: { total: 1, successful: 1, skipped: 0, failed: 0 },
  hits: { total: { value: 0, relation: 'eq' }, max_score: null, hits: [] },
};

function notFound() {
  return new errors.ResponseError({
    body: '',
    statusCode: 404,
    headers: {},
    warnings: null,
    meta: {} as never,
  });
}

function indexMissing() {
  return new errors.ResponseError({
    body: {
      error: { type: 'index_not_found_exception', reason: 'no such index [pms]' },
      status: 404,
    },
    statusCode: 404,
    headers: {},
    warnings: null,
    meta: {} as never,
  });
}

let mock: Mock;
let repository: ElasticsearchSearchRepository;
let requests: Captured[];

/** Answers every search with `answer` and records the request. */
function onSearch(answer: unknown = EMPTY_HITS) {
  mock.add({ method: ['GET', 'POST'], path: '/pms/_search' }, (params) => {
    requests.push(params as Captured);
    return answer as Record<string, unknown>;
  });
}

function lastBody(): Record<string, unknown> {
  return requests[requests.length - 1].body as Record<string, unknown>;
}

beforeEach(() => {
  mock = new Mock();
  requests = [];
  repository = new ElasticsearchSearchRepository(
    createElasticsearchClient(SETTINGS, mock.getConnection()),
    'pms',
    'ik_max_word',
  );
});

describe('simple search DSL', () => {
  it('matches every word of the keyword in one of name, subTitle, keywords', async () => {
    onSearch();
    await repository.simpleSearch({ keyword: '华为 手机', from: 10, size: 5 });
    expect(requests[0].method).toBe('POST');
    expect(lastBody()).toEqual({
      query: {
        bool: {
          should: [
            { query_string: { query: '华为 手机', fields: ['name'], default_operator: 'and' } },
            { query_string: { query: '华为 手机', fields: ['subTitle'], default_operator: 'and' } },
            { query_string: { query: '华为 手机', fields: ['keywords'], default_operator: 'and' } },
          ],
        },
      },
      sort: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
      from: 10,
      size: 5,
      track_total_hits: true,
    });
  });

  it('matches everything without a keyword', async () => {
    onSearch();
    await repository.simpleSearch({ from: 0, size: 5 });
    expect(lastBody()['query']).toEqual({ match_all: {} });
  });

  it('escapes query_string syntax so a keyword is plain text', () => {
    expect(escapeQueryString('a+b (c) "d" e:f/g <h> [i]~*?\\')).toBe(
      'a\\+b \\(c\\) \\"d\\" e\\:f\\/g  h  \\[i\\]\\~\\*\\?\\\\',
    );
  });
});

describe('composite search DSL', () => {
  it('scores the keyword 10/5/2 in name/subTitle/keywords, summed, with min_score 2', async () => {
    onSearch();
    await repository.search({ keyword: '手机', sort: 0, from: 0, size: 5 });
    expect(lastBody()).toEqual({
      query: {
        function_score: {
          query: { match_all: {} },
          functions: [
            { filter: { match: { name: '手机' } }, weight: 10 },
            { filter: { match: { subTitle: '手机' } }, weight: 5 },
            { filter: { match: { keywords: '手机' } }, weight: 2 },
          ],
          score_mode: 'sum',
          boost_mode: 'multiply',
          min_score: 2,
        },
      },
      sort: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
      from: 0,
      size: 5,
      track_total_hits: true,
    });
  });

  it('filters brand and category as a post_filter of term queries', async () => {
    onSearch();
    await repository.search({ brandId: 3, productCategoryId: 7, sort: 0, from: 5, size: 5 });
    expect(lastBody()).toMatchObject({
      query: { match_all: {} },
      post_filter: {
        bool: { must: [{ term: { brandId: 3 } }, { term: { productCategoryId: 7 } }] },
      },
      from: 5,
      size: 5,
    });
    await repository.search({ productCategoryId: 7, sort: 0, from: 0, size: 5 });
    expect(lastBody()['post_filter']).toEqual({
      bool: { must: [{ term: { productCategoryId: 7 } }] },
    });
    await repository.search({ sort: 0, from: 0, size: 5 });
    expect(lastBody()).not.toHaveProperty('post_filter');
  });

  it.each([
    [1, [{ id: { order: 'desc' } }, { _score: { order: 'desc' } }]],
    [2, [{ sale: { order: 'desc' } }, { _score: { order: 'desc' } }, { id: { order: 'desc' } }]],
    [3, [{ price: { order: 'asc' } }, { _score: { order: 'desc' } }, { id: { order: 'asc' } }]],
    [4, [{ price: { order: 'desc' } }, { _score: { order: 'desc' } }, { id: { order: 'desc' } }]],
    [0, [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }]],
    [9, [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }]],
  ])('sort %i orders by %j', async (sort, expected) => {
    onSearch();
    await repository.search({ keyword: 'nike', sort, from: 0, size: 5 });
    expect(lastBody()['sort']).toEqual(expected);
  });
});

describe('recommend DSL', () => {
  it('weights name 8/2/2, brand 5, category 3 and excludes the product itself', async () => {
    onSearch();
    await repository.recommend({
      product: { id: 5, name: 'Apple iPhone 15', brandId: 3, productCategoryId: 7 },
      from: 5,
      size: 5,
    });
    expect(lastBody()).toEqual({
      query: {
        function_score: {
          query: { match_all: {} },
          functions: [
            { filter: { match: { name: 'Apple iPhone 15' } }, weight: 8 },
            { filter: { match: { subTitle: 'Apple iPhone 15' } }, weight: 2 },
            { filter: { match: { keywords: 'Apple iPhone 15' } }, weight: 2 },
            { filter: { match: { brandId: 3 } }, weight: 5 },
            { filter: { match: { productCategoryId: 7 } }, weight: 3 },
          ],
          score_mode: 'sum',
          boost_mode: 'multiply',
          min_score: 2,
        },
      },
      post_filter: { bool: { must_not: [{ term: { id: 5 } }] } },
      sort: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
      from: 5,
      size: 5,
      track_total_hits: true,
    });
  });

  it('leaves out the functions of missing values', async () => {
    onSearch();
    await repository.recommend({
      product: { id: 5, name: 'Lonely', brandId: null, productCategoryId: null },
      from: 0,
      size: 5,
    });
    const functions = (lastBody()['query'] as { function_score: { functions: unknown[] } })
      .function_score.functions;
    expect(functions).toHaveLength(3);
  });
});

describe('related info DSL', () => {
  const aggs = {
    brandNames: { terms: { field: 'brandName', size: 10 } },
    productCategoryNames: { terms: { field: 'productCategoryName', size: 10 } },
    allAttrValues: {
      nested: { path: 'attrValueList' },
      aggs: {
        productAttrs: {
          filter: { term: { 'attrValueList.type': 1 } },
          aggs: {
            attrIds: {
              terms: { field: 'attrValueList.productAttributeId', size: 10 },
              aggs: {
                attrValues: { terms: { field: 'attrValueList.value', size: 10 } },
                attrNames: { terms: { field: 'attrValueList.name', size: 10 } },
              },
            },
          },
        },
      },
    },
  };

  it('multi_matches the keyword and aggregates brands, categories and param attributes', async () => {
    onSearch({ ...EMPTY_HITS, aggregations: {} });
    await repository.relatedInfo('手机');
    expect(lastBody()).toEqual({
      query: { multi_match: { query: '手机', fields: ['name', 'subTitle', 'keywords'] } },
      size: 0,
      aggs,
    });
    await repository.relatedInfo(undefined);
    expect(lastBody()).toEqual({ query: { match_all: {} }, size: 0, aggs });
  });
});

describe('response mapping', () => {
  it('maps hits to documents in order, without _class, with numbers', async () => {
    onSearch({
      ...EMPTY_HITS,
      hits: { total: { value: 42, relation: 'eq' }, max_score: null, hits: [HUAWEI_HIT] },
    });
    const page = await repository.search({ keyword: '华为', sort: 0, from: 0, size: 1 });
    expect(page.total).toBe(42);
    expect(page.products).toHaveLength(1);
    const product = page.products[0];
    expect(Object.keys(product)).toEqual([
      'id',
      'productSn',
      'brandId',
      'brandName',
      'productCategoryId',
      'productCategoryName',
      'pic',
      'name',
      'subTitle',
      'keywords',
      'price',
      'sale',
      'newStatus',
      'recommandStatus',
      'stock',
      'promotionType',
      'sort',
      'attrValueList',
    ]);
    expect(product).toMatchObject({ id: 1, price: 6499, brandName: '华为', sort: 100 });
    expect(product.attrValueList).toEqual([
      { id: 3, productAttributeId: 12, value: '6.82英寸', type: 1, name: '屏幕尺寸' },
      { id: 1, productAttributeId: 10, value: '雅川青,雅丹黑', type: 0, name: '颜色' },
    ]);
  });

  it('fills the fields a partial document lacks with null and an empty attribute list', async () => {
    onSearch({
      ...EMPTY_HITS,
      hits: {
        total: { value: 1, relation: 'eq' },
        max_score: 1,
        hits: [{ _index: 'pms', _id: '9', _score: 1, _source: { id: 9, name: 'bare' } }],
      },
    });
    const [product] = (await repository.simpleSearch({ from: 0, size: 5 })).products;
    expect(product).toMatchObject({ id: 9, name: 'bare', price: null, brandId: null });
    expect(product.attrValueList).toEqual([]);
  });

  it('answers an empty page for zero hits and for a missing index', async () => {
    onSearch();
    expect(await repository.search({ keyword: 'nothing', sort: 0, from: 0, size: 5 })).toEqual({
      total: 0,
      products: [],
    });
    mock.clearAll();
    mock.add({ method: ['GET', 'POST'], path: '/pms/_search' }, () => indexMissing());
    expect(await repository.simpleSearch({ keyword: 'x', from: 0, size: 5 })).toEqual({
      total: 0,
      products: [],
    });
    expect(await repository.relatedInfo('x')).toEqual({
      brandNames: [],
      productCategoryNames: [],
      productAttrs: [],
    });
  });

  it('turns aggregation buckets into the related info', async () => {
    onSearch({
      ...EMPTY_HITS,
      hits: { total: { value: 11, relation: 'eq' }, max_score: null, hits: [] },
      aggregations: {
        brandNames: {
          doc_count_error_upper_bound: 0,
          sum_other_doc_count: 0,
          buckets: [
            { key: '华为', doc_count: 6 },
            { key: '苹果', doc_count: 5 },
          ],
        },
        productCategoryNames: {
          doc_count_error_upper_bound: 0,
          sum_other_doc_count: 0,
          buckets: [{ key: '手机', doc_count: 11 }],
        },
        allAttrValues: {
          doc_count: 66,
          productAttrs: {
            doc_count: 44,
            attrIds: {
              doc_count_error_upper_bound: 0,
              sum_other_doc_count: 0,
              buckets: [
                {
                  key: 13,
                  doc_count: 11,
                  attrValues: {
                    buckets: [
                      { key: '5G全网通', doc_count: 9 },
                      { key: '4G全网通', doc_count: 2 },
                    ],
                  },
                  attrNames: { buckets: [{ key: '网络制式', doc_count: 11 }] },
                },
                {
                  key: 15,
                  doc_count: 2,
                  attrValues: { buckets: [{ key: '5000mAh', doc_count: 2 }] },
                  attrNames: { buckets: [] },
                },
              ],
            },
          },
        },
      },
    });
    expect(await repository.relatedInfo('手机')).toEqual({
      brandNames: ['华为', '苹果'],
      productCategoryNames: ['手机'],
      productAttrs: [
        { attrId: 13, attrName: '网络制式', attrValues: ['5G全网通', '4G全网通'] },
        { attrId: 15, attrName: null, attrValues: ['5000mAh'] },
      ],
    });
  });
});

describe('index maintenance', () => {
  it('creates the pms index with its mapping when it does not exist', async () => {
    const created: Captured[] = [];
    mock.add({ method: 'HEAD', path: '/pms' }, () => notFound());
    mock.add({ method: 'PUT', path: '/pms' }, (params) => {
      created.push(params as Captured);
      return { acknowledged: true, shards_acknowledged: true, index: 'pms' };
    });
    expect(await repository.ensureIndex()).toBe(true);
    const body = created[0].body as {
      settings: unknown;
      mappings: { properties: Record<string, unknown> };
    };
    expect(body.settings).toEqual({ number_of_shards: 1, number_of_replicas: 0 });
    const properties = body.mappings.properties;
    expect(properties['name']).toEqual({ type: 'text', analyzer: 'ik_max_word' });
    expect(properties['subTitle']).toEqual({ type: 'text', analyzer: 'ik_max_word' });
    expect(properties['keywords']).toEqual({ type: 'text', analyzer: 'ik_max_word' });
    expect(properties['brandName']).toEqual({ type: 'keyword' });
    expect(properties['price']).toEqual({ type: 'float' });
    expect(properties['attrValueList']).toEqual({
      type: 'nested',
      properties: {
        id: { type: 'long' },
        productAttributeId: { type: 'long' },
        value: { type: 'keyword' },
        type: { type: 'long' },
        name: { type: 'keyword' },
      },
    });
  });

  it('leaves an existing index alone', async () => {
    mock.add({ method: 'HEAD', path: '/pms' }, () => ({}));
    expect(await repository.ensureIndex()).toBe(false);
  });

  it('writes documents with one bulk request, visible before it resolves', async () => {
    const bulks: Captured[] = [];
    mock.add({ method: 'HEAD', path: '/pms' }, () => ({}));
    mock.add({ method: 'POST', path: '/_bulk' }, (params) => {
      bulks.push(params as Captured);
      return { errors: false, took: 1, items: [] };
    });
    const product = { ...(HUAWEI_HIT._source as unknown as EsProduct) };
    await repository.upsert([product]);
    expect(bulks[0].body).toEqual([{ index: { _index: 'pms', _id: '1' } }, product]);
    expect(bulks[0].querystring).toEqual({ refresh: 'wait_for' });
    await repository.upsert([product], { refresh: false });
    expect(bulks[1].querystring).toEqual({ refresh: 'false' });
    await repository.remove([4, 5]);
    expect(bulks[2].body).toEqual([
      { delete: { _index: 'pms', _id: '4' } },
      { delete: { _index: 'pms', _id: '5' } },
    ]);
  });

  it('fails a bulk write with the first item error', async () => {
    mock.add({ method: 'HEAD', path: '/pms' }, () => ({}));
    mock.add({ method: 'POST', path: '/_bulk' }, () => ({
      errors: true,
      took: 1,
      items: [
        {
          index: {
            _index: 'pms',
            _id: '1',
            status: 400,
            error: { type: 'mapper_parsing_exception', reason: 'failed to parse field [price]' },
          },
        },
      ],
    }));
    await expect(repository.upsert([HUAWEI_HIT._source as unknown as EsProduct])).rejects.toThrow(
      'first on id 1: mapper_parsing_exception: failed to parse field [price]',
    );
  });

  it('lists every id with search_after pages', async () => {
    mock.add({ method: ['GET', 'POST'], path: '/pms/_search' }, (params) => {
      requests.push(params as Captured);
      return {
        ...EMPTY_HITS,
        hits: { total: null, hits: [{ _index: 'pms', _id: '7', _score: null, sort: [7] }] },
      };
    });
    expect(await repository.listIds()).toEqual([7]);
    expect(lastBody()).toEqual({
      query: { match_all: {} },
      _source: false,
      size: 10000,
      sort: [{ id: { order: 'asc' } }],
      track_total_hits: false,
    });
  });
});
