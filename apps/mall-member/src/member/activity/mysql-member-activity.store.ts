import {
  UmsMemberBrandAttention,
  UmsMemberProductCollection,
  UmsMemberReadHistory,
} from '@mall/db';
import {
  DataSource,
  In,
  QueryFailedError,
  Repository,
  type FindOptionsOrder,
  type FindOptionsWhere,
} from 'typeorm';
import type {
  ActivityPage,
  ActivityPageRequest,
  BrandAttentionRecord,
  MemberActivityStore,
  NewRecord,
  ProductActivityRecord,
  ReadHistoryStore,
  SubjectActivityStore,
} from './member-activity.store';

type ProductRow = UmsMemberReadHistory | UmsMemberProductCollection;

function toProductRecord(row: ProductRow): ProductActivityRecord {
  return {
    id: String(row.id),
    memberId: row.memberId,
    memberNickname: row.memberNickname,
    memberIcon: row.memberIcon,
    productId: row.productId,
    productName: row.productName,
    productPic: row.productPic,
    productSubTitle: row.productSubTitle,
    productPrice: row.productPrice,
    createTime: row.createTime,
  };
}

function toBrandRecord(row: UmsMemberBrandAttention): BrandAttentionRecord {
  return {
    id: String(row.id),
    memberId: row.memberId,
    memberNickname: row.memberNickname,
    memberIcon: row.memberIcon,
    brandId: row.brandId,
    brandName: row.brandName,
    brandLogo: row.brandLogo,
    brandCity: row.brandCity,
    createTime: row.createTime,
  };
}

/** MySQL reports a unique-key violation as ER_DUP_ENTRY (errno 1062). */
function isDuplicateKey(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; errno?: number } | undefined;
  return driverError?.code === 'ER_DUP_ENTRY' || driverError?.errno === 1062;
}

/** Row ids among client-supplied ids; anything else cannot name a row and is ignored. */
function rowIds(ids: readonly string[]): number[] {
  return [...new Set(ids.filter((id) => /^[1-9]\d{0,15}$/.test(id)).map(Number))].filter(
    Number.isSafeInteger,
  );
}

// Newest first; the id breaks ties between records of the same second (DATETIME has no fraction).
const NEWEST_FIRST = { createTime: 'DESC', id: 'DESC' } as const;

/** DATETIME keeps whole seconds: store what a later read returns. */
function wholeSeconds<T extends { createTime: Date }>(record: T): T {
  return { ...record, createTime: new Date(Math.floor(record.createTime.getTime() / 1000) * 1000) };
}

async function pageOf<Row extends { id: number; memberId: number; createTime: Date }, T>(
  repo: Repository<Row>,
  memberId: number,
  { skip, take }: ActivityPageRequest,
  map: (row: Row) => T,
): Promise<ActivityPage<T>> {
  const [rows, total] = await repo.findAndCount({
    where: { memberId } as FindOptionsWhere<Row>,
    order: NEWEST_FIRST as FindOptionsOrder<Row>,
    skip,
    take,
  });
  return { list: rows.map(map), total };
}

class MysqlReadHistoryStore implements ReadHistoryStore {
  constructor(private readonly repo: Repository<UmsMemberReadHistory>) {}

  async add(record: NewRecord<ProductActivityRecord>): Promise<ProductActivityRecord> {
    const row = this.repo.create(wholeSeconds(record));
    await this.repo.insert(row);
    return toProductRecord(row);
  }

  page(memberId: number, page: ActivityPageRequest) {
    return pageOf(this.repo, memberId, page, toProductRecord);
  }

  async deleteByIds(memberId: number, ids: readonly string[]): Promise<number> {
    const idList = rowIds(ids);
    if (idList.length === 0) return 0;
    const result = await this.repo.delete({ memberId, id: In(idList) });
    return result.affected ?? 0;
  }

  async clear(memberId: number): Promise<number> {
    return (await this.repo.delete({ memberId })).affected ?? 0;
  }
}

class MysqlProductCollectionStore implements SubjectActivityStore<ProductActivityRecord> {
  constructor(private readonly repo: Repository<UmsMemberProductCollection>) {}

  async addIfAbsent(
    record: NewRecord<ProductActivityRecord>,
  ): Promise<ProductActivityRecord | null> {
    const row = this.repo.create(wholeSeconds(record));
    try {
      await this.repo.insert(row);
    } catch (error) {
      // The unique key (member_id, product_id) settles concurrent adds of the same product.
      if (isDuplicateKey(error)) return null;
      throw error;
    }
    return toProductRecord(row);
  }

  async find(memberId: number, productId: number): Promise<ProductActivityRecord | null> {
    const row = await this.repo.findOneBy({ memberId, productId });
    return row ? toProductRecord(row) : null;
  }

  page(memberId: number, page: ActivityPageRequest) {
    return pageOf(this.repo, memberId, page, toProductRecord);
  }

  async remove(memberId: number, productId: number): Promise<number> {
    return (await this.repo.delete({ memberId, productId })).affected ?? 0;
  }

  async clear(memberId: number): Promise<number> {
    return (await this.repo.delete({ memberId })).affected ?? 0;
  }
}

class MysqlBrandAttentionStore implements SubjectActivityStore<BrandAttentionRecord> {
  constructor(private readonly repo: Repository<UmsMemberBrandAttention>) {}

  async addIfAbsent(record: NewRecord<BrandAttentionRecord>): Promise<BrandAttentionRecord | null> {
    const row = this.repo.create(wholeSeconds(record));
    try {
      await this.repo.insert(row);
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
    return toBrandRecord(row);
  }

  async find(memberId: number, brandId: number): Promise<BrandAttentionRecord | null> {
    const row = await this.repo.findOneBy({ memberId, brandId });
    return row ? toBrandRecord(row) : null;
  }

  page(memberId: number, page: ActivityPageRequest) {
    return pageOf(this.repo, memberId, page, toBrandRecord);
  }

  async remove(memberId: number, brandId: number): Promise<number> {
    return (await this.repo.delete({ memberId, brandId })).affected ?? 0;
  }

  async clear(memberId: number): Promise<number> {
    return (await this.repo.delete({ memberId })).affected ?? 0;
  }
}

/**
 * The embedded store: tables ums_member_read_history, ums_member_product_collection and
 * ums_member_brand_attention of the `mall` database (migration MemberActivityTables).
 */
export class MysqlMemberActivityStore implements MemberActivityStore {
  readonly kind = 'mysql';
  readonly readHistory: ReadHistoryStore;
  readonly productCollection: SubjectActivityStore<ProductActivityRecord>;
  readonly brandAttention: SubjectActivityStore<BrandAttentionRecord>;

  constructor(private readonly dataSource: DataSource) {
    this.readHistory = new MysqlReadHistoryStore(dataSource.getRepository(UmsMemberReadHistory));
    this.productCollection = new MysqlProductCollectionStore(
      dataSource.getRepository(UmsMemberProductCollection),
    );
    this.brandAttention = new MysqlBrandAttentionStore(
      dataSource.getRepository(UmsMemberBrandAttention),
    );
  }

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }

  /** The DataSource belongs to the application and is closed with it. */
  async close(): Promise<void> {
    return undefined;
  }
}
