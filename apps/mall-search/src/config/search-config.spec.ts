import { resolveSearchSettings, searchAppSchema } from './search-config';

const defaults = () => searchAppSchema.parse({});

describe('searchAppSchema', () => {
  it('defaults to the pms index, IK, auto engine and the shared sync queue', () => {
    expect(defaults()).toEqual({
      elasticsearch: {
        url: '',
        username: '',
        password: '',
        index: 'pms',
        analyzer: 'ik_max_word',
        requestTimeoutMs: 10_000,
      },
      search: { engine: 'auto', importOnStart: true, importBatchSize: 1000 },
      productSync: {
        exchange: 'mall.product',
        queue: 'mall.search.product-sync',
        deadLetterExchange: 'mall.search.dlx',
        deadLetterQueue: 'mall.search.product-sync.dead',
        maxRetries: 5,
        prefetch: 1,
      },
    });
  });

  it('accepts numbers and booleans as environment strings', () => {
    const app = searchAppSchema.parse({
      search: { importOnStart: 'false', importBatchSize: '250' },
      elasticsearch: { password: 123456 },
    });
    expect(app.search).toMatchObject({ importOnStart: false, importBatchSize: 250 });
    expect(app.elasticsearch.password).toBe('123456');
  });

  it('rejects an unknown engine and a zero batch size', () => {
    expect(searchAppSchema.safeParse({ search: { engine: 'solr' } }).success).toBe(false);
    expect(searchAppSchema.safeParse({ search: { importBatchSize: 0 } }).success).toBe(false);
  });
});

describe('resolveSearchSettings', () => {
  it('uses the embedded index without a URL', () => {
    expect(resolveSearchSettings(defaults(), {}).engine).toBe('embedded');
  });

  it('uses Elasticsearch when ELASTICSEARCH_URL is set, with its credentials', () => {
    const settings = resolveSearchSettings(defaults(), {
      ELASTICSEARCH_URL: 'http://elasticsearch-client:9200',
      ELASTICSEARCH_USERNAME: 'elastic',
      ELASTICSEARCH_PASSWORD: 'admin@123',
    });
    expect(settings.engine).toBe('elasticsearch');
    expect(settings.elasticsearch).toMatchObject({
      url: 'http://elasticsearch-client:9200',
      username: 'elastic',
      password: 'admin@123',
      index: 'pms',
    });
  });

  it('lets the environment win over app.elasticsearch, and an empty variable count as unset', () => {
    const app = searchAppSchema.parse({ elasticsearch: { url: 'http://file:9200' } });
    expect(
      resolveSearchSettings(app, { ELASTICSEARCH_URL: 'http://env:9200' }).elasticsearch.url,
    ).toBe('http://env:9200');
    expect(resolveSearchSettings(app, { ELASTICSEARCH_URL: '' }).elasticsearch.url).toBe(
      'http://file:9200',
    );
  });

  it('forces an engine: embedded despite a URL; elasticsearch only with one', () => {
    const embedded = searchAppSchema.parse({ search: { engine: 'embedded' } });
    expect(resolveSearchSettings(embedded, { ELASTICSEARCH_URL: 'http://es:9200' }).engine).toBe(
      'embedded',
    );
    const forced = searchAppSchema.parse({ search: { engine: 'elasticsearch' } });
    expect(() => resolveSearchSettings(forced, {})).toThrow(/ELASTICSEARCH_URL/);
  });
});
