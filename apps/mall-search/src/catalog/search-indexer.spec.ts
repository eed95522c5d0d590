import { toEsProduct, type EsProduct } from '../es-product/es-product';
import type { SearchRepository } from '../search-index/search-repository';
import type { CatalogReader } from './catalog-reader';
import { ImportAbortedError, SearchIndexer } from './search-indexer';

/**
 * The indexer's own rules (what an import removes, joining, aborting) with an in-memory catalog
 * and index; the MySQL and Elasticsearch paths are covered by the test/ suites.
 */
const product = (id: number): EsProduct => toEsProduct({ id, name: `product ${id}` });

function fakes(
  listedIds: number[],
  indexedIds: number[],
  afterCatalogRead?: (listed: Set<number>, indexed: Set<number>) => void,
) {
  const listed = new Set(listedIds);
  const indexed = new Set(indexedIds);
  let batchesRead = 0;
  const catalog = {
    async *listedBatches(batchSize: number) {
      const ids = [...listed].sort((a, b) => a - b);
      for (let i = 0; i < ids.length; i += batchSize) {
        batchesRead++;
        yield ids.slice(i, i + batchSize).map(product);
      }
      afterCatalogRead?.(listed, indexed);
    },
    listed: async (ids: readonly number[]) => ids.filter((id) => listed.has(id)).map(product),
    listedIds: async (ids: readonly number[]) => new Set(ids.filter((id) => listed.has(id))),
  };
  const repository = {
    description: 'in-memory index',
    upsert: async (products: readonly EsProduct[]) => {
      for (const p of products) indexed.add(p.id);
    },
    remove: async (ids: readonly number[]) => {
      for (const id of ids) indexed.delete(id);
    },
    refresh: async () => undefined,
    listIds: async () => [...indexed].sort((a, b) => a - b),
  };
  const indexer = new SearchIndexer(
    catalog as unknown as CatalogReader,
    repository as unknown as SearchRepository,
    2,
  );
  return { indexer, listed, indexed, batches: () => batchesRead };
}

describe('SearchIndexer.importAll', () => {
  it('writes every listed product and removes documents of unlisted ones', async () => {
    const { indexer, indexed } = fakes([1, 2, 3, 4, 5], [2, 9, 10]);
    expect(await indexer.importAll()).toEqual({ imported: 5, removed: 2 });
    expect([...indexed].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps a document whose product got listed after the catalog was read', async () => {
    // While the import reads the catalog, an event lists and indexes product 7.
    const { indexer, indexed } = fakes([1, 2], [], (listed, index) => {
      listed.add(7);
      index.add(7);
    });
    expect(await indexer.importAll()).toEqual({ imported: 2, removed: 0 });
    expect(indexed.has(7)).toBe(true);
  });

  it('lets a second call join the running import', async () => {
    const { indexer, batches } = fakes([1, 2, 3, 4], []);
    const [first, second] = await Promise.all([indexer.importAll(), indexer.importAll()]);
    expect(first).toBe(second);
    expect(batches()).toBe(2);
  });

  it('stops when aborted', async () => {
    const { indexer } = fakes([1, 2, 3], []);
    indexer.abort();
    await expect(indexer.importAll()).rejects.toBeInstanceOf(ImportAbortedError);
    await expect(indexer.idle()).resolves.toBeUndefined();
  });
});

describe('SearchIndexer.applyChange', () => {
  it('writes listed products and removes the others, whatever the action', async () => {
    const { indexer, indexed } = fakes([1, 2], [1, 3]);
    expect(await indexer.applyChange({ ids: [1, 2, 3], action: 'upsert' })).toEqual({
      written: 2,
      removed: 1,
    });
    expect([...indexed].sort()).toEqual([1, 2]);
    // A late delete of a product that is listed again keeps it.
    expect(await indexer.applyChange({ ids: [2], action: 'delete' })).toEqual({
      written: 1,
      removed: 0,
    });
    expect(indexed.has(2)).toBe(true);
  });
});
