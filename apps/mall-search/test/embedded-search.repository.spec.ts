import { createDataSource } from '@mall/db';
import { createScratchDatabase } from '@mall/testing';
import { EmbeddedSearchRepository } from '../src/search-index/embedded/embedded-search.repository';
import {
  ATTRIBUTE_TABLE,
  DOCUMENT_TABLE,
  TERM_TABLE,
} from '../src/search-index/embedded/embedded-schema';
import { describeSearchRepository } from './search-repository.behaviour';

describeSearchRepository('embedded (MySQL)', async () => {
  const db = await createScratchDatabase('search_embedded');
  const dataSource = createDataSource({ ...db, poolSize: 4 });
  await dataSource.initialize();
  return {
    repository: new EmbeddedSearchRepository(dataSource),
    cleanup: async () => {
      await dataSource.destroy();
      await db.drop();
    },
  };
});

describe('embedded index tables', () => {
  it('are rebuilt when they hold another layout', async () => {
    const db = await createScratchDatabase('search_layout');
    const dataSource = createDataSource({ ...db, poolSize: 2 });
    await dataSource.initialize();
    try {
      await dataSource.query(
        `CREATE TABLE ${DOCUMENT_TABLE} (id bigint PRIMARY KEY) COMMENT='an older layout'`,
      );
      await dataSource.query(`INSERT INTO ${DOCUMENT_TABLE} (id) VALUES (1)`);
      const repository = new EmbeddedSearchRepository(dataSource);
      expect(await repository.ensureIndex()).toBe(true);
      expect(await repository.count()).toBe(0);
      const columns: Array<{ TABLE_NAME: string }> = await dataSource.query(
        `SELECT DISTINCT TABLE_NAME FROM information_schema.COLUMNS
          WHERE TABLE_SCHEMA = DATABASE() AND COLUMN_NAME = 'attr_value_list'`,
      );
      expect(columns.map((c) => c.TABLE_NAME)).toEqual([DOCUMENT_TABLE]);
      expect(await repository.ensureIndex()).toBe(false);
      await dataSource.query(`SELECT 1 FROM ${ATTRIBUTE_TABLE}, ${TERM_TABLE}`);
    } finally {
      await dataSource.destroy();
      await db.drop();
    }
  });
});
