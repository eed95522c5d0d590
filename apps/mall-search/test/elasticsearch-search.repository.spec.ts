import {
  createElasticsearchClient,
  ElasticsearchSearchRepository,
} from '../src/search-index/elasticsearch/elasticsearch-search.repository';
import { describeSearchRepository } from './search-repository.behaviour';

/**
 * The behavioural suite against a real cluster, when ELASTICSEARCH_URL is set (with the IK plugin,
 * or ELASTICSEARCH_ANALYZER naming another analyzer). Each run uses its own index and deletes it.
 */
const url = process.env['ELASTICSEARCH_URL'];

if (url) {
  describeSearchRepository(`Elasticsearch at ${url}`, async () => {
    const settings = {
      url,
      username: process.env['ELASTICSEARCH_USERNAME'] ?? '',
      password: process.env['ELASTICSEARCH_PASSWORD'] ?? '',
      index: `mall_t_search_${process.pid}_${Date.now()}`,
      analyzer: process.env['ELASTICSEARCH_ANALYZER'] ?? 'ik_max_word',
      requestTimeoutMs: 10_000,
    };
    const client = createElasticsearchClient(settings);
    const repository = new ElasticsearchSearchRepository(client, settings.index, settings.analyzer);
    return {
      repository,
      cleanup: async () => {
        await client.indices.delete({ index: settings.index }, { ignore: [404] });
        await repository.close();
      },
    };
  });
} else {
  describe('SearchRepository behaviour: Elasticsearch', () => {
    it.skip('runs when ELASTICSEARCH_URL is set', () => undefined);
  });
}
