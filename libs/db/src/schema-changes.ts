import { HOT_PATH_INDEXES } from './migrations/1764201700000-HotPathIndexes';
import { PRODUCT_LIST_INDEXES } from './migrations/1795749624150-ProductListIndexes';

/** An index as the compatibility checks describe it. */
export interface SchemaIndex {
  table: string;
  name: string;
  columns: readonly string[];
  unique?: boolean;
}

/** The original `mall` schema has 76 tables; every table the migrations add beyond them is listed below. */
export const ORIGINAL_TABLE_COUNT = 76;

/**
 * Every deliberate departure of the migrated schema from the original one. A migration that changes the
 * original tables or adds tables must declare it here: the compatibility test compares a database restored
 * from the original dump with a migrated one and accepts exactly these differences.
 */
export const SCHEMA_CHANGES = {
  /** New tables (the original had none of them). */
  addedTables: [
    // Member activity store for deployments without MongoDB (ADR 0007).
    'ums_member_brand_attention',
    'ums_member_product_collection',
    'ums_member_read_history',
  ] as readonly string[],
  /** Indexes added to original tables. */
  addedIndexes: [
    ...HOT_PATH_INDEXES,
    // Several receive addresses per member (ADR 0007) keep the member lookup indexed.
    { table: 'ums_member_receive_address', name: 'idx_member_id', columns: ['member_id'] },
    // Admin product list: page in index order, filter and count inside the index (docs/performance.md).
    ...PRODUCT_LIST_INDEXES,
  ] as readonly SchemaIndex[],
  /** Indexes of the original that the migrations drop. */
  removedIndexes: [
    // The original allowed one receive address per member (ADR 0007).
    {
      table: 'ums_member_receive_address',
      name: 'member_id',
      columns: ['member_id'],
      unique: true,
    },
  ] as readonly SchemaIndex[],
};

/** `table.index[ UNIQUE] col1,col2` — the form the compatibility checks compare. */
export function describeIndex(index: SchemaIndex): string {
  return `${index.table}.${index.name}${index.unique ? ' UNIQUE ' : ' '}${index.columns.join(',')}`;
}
