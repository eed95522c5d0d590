import {
  Long,
  ObjectId,
  type Collection,
  type Db,
  type Filter,
  type IndexDescription,
} from 'mongodb';
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

/** Collection names of the original (Spring Data: the class name with a lower-case first letter). */
export const MONGO_COLLECTIONS = {
  readHistory: 'memberReadHistory',
  productCollection: 'memberProductCollection',
  brandAttention: 'memberBrandAttention',
} as const;

/**
 * `_class` of the original documents, written too so that documents stay readable by the Java
 * services during a side-by-side migration.
 */
export const JAVA_CLASSES = {
  readHistory: 'com.dunshan.mall.member.domain.MemberReadHistory',
  productCollection: 'com.dunshan.mall.member.domain.MemberProductCollection',
  brandAttention: 'com.dunshan.mall.member.domain.MemberBrandAttention',
} as const;

/**
 * Indexes created at start-up: the member's records by subject, and newest first. The subject
 * index of collections and attention is unique, so concurrent adds of one subject cannot both
 * insert; see ensureIndexes for data that already holds duplicates.
 */
export const MONGO_INDEXES: Record<keyof typeof MONGO_COLLECTIONS, IndexDescription[]> = {
  readHistory: [{ key: { memberId: 1, productId: 1 } }, { key: { memberId: 1, createTime: -1 } }],
  productCollection: [
    { key: { memberId: 1, productId: 1 }, unique: true },
    { key: { memberId: 1, createTime: -1 } },
  ],
  brandAttention: [
    { key: { memberId: 1, brandId: 1 }, unique: true },
    { key: { memberId: 1, createTime: -1 } },
  ],
};

/** Server error codes: duplicate key, and an index that exists with other options. */
const DUPLICATE_KEY = 11000;
const INDEX_OPTIONS_CONFLICT = new Set([85, 86]);

function mongoErrorCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

/** Newest first; `_id` (creation-ordered) breaks ties. */
export const NEWEST_FIRST = { createTime: -1, _id: -1 } as const;

type MongoNumber = number | Long;

interface ActivityDocument {
  _id: ObjectId;
  memberId: MongoNumber;
  memberNickname?: string | null;
  memberIcon?: string | null;
  createTime?: Date | null;
  _class?: string;
}

interface ProductDocument extends ActivityDocument {
  productId: MongoNumber;
  productName?: string | null;
  productPic?: string | null;
  productSubTitle?: string | null;
  productPrice?: string | null;
}

interface BrandDocument extends ActivityDocument {
  brandId: MongoNumber;
  brandName?: string | null;
  brandLogo?: string | null;
  brandCity?: string | null;
}

/** Ids are stored as 64-bit integers, as the Java services wrote them (`Long`). */
function long(value: number): Long {
  return Long.fromNumber(value);
}

function toNumber(value: MongoNumber | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : value.toNumber();
}

function productDocument(record: NewRecord<ProductActivityRecord>, javaClass: string) {
  return {
    _id: new ObjectId(),
    memberId: long(record.memberId),
    memberNickname: record.memberNickname,
    memberIcon: record.memberIcon,
    productId: long(record.productId),
    productName: record.productName,
    productPic: record.productPic,
    productSubTitle: record.productSubTitle,
    productPrice: record.productPrice,
    createTime: record.createTime,
    _class: javaClass,
  } satisfies ProductDocument;
}

function toProductRecord(doc: ProductDocument): ProductActivityRecord {
  return {
    id: doc._id.toHexString(),
    memberId: toNumber(doc.memberId),
    memberNickname: doc.memberNickname ?? null,
    memberIcon: doc.memberIcon ?? null,
    productId: toNumber(doc.productId),
    productName: doc.productName ?? null,
    productPic: doc.productPic ?? null,
    productSubTitle: doc.productSubTitle ?? null,
    productPrice: doc.productPrice ?? null,
    createTime: doc.createTime ?? null,
  };
}

function brandDocument(record: NewRecord<BrandAttentionRecord>) {
  return {
    _id: new ObjectId(),
    memberId: long(record.memberId),
    memberNickname: record.memberNickname,
    memberIcon: record.memberIcon,
    brandId: long(record.brandId),
    brandName: record.brandName,
    brandLogo: record.brandLogo,
    brandCity: record.brandCity,
    createTime: record.createTime,
    _class: JAVA_CLASSES.brandAttention,
  } satisfies BrandDocument;
}

function toBrandRecord(doc: BrandDocument): BrandAttentionRecord {
  return {
    id: doc._id.toHexString(),
    memberId: toNumber(doc.memberId),
    memberNickname: doc.memberNickname ?? null,
    memberIcon: doc.memberIcon ?? null,
    brandId: toNumber(doc.brandId),
    brandName: doc.brandName ?? null,
    brandLogo: doc.brandLogo ?? null,
    brandCity: doc.brandCity ?? null,
    createTime: doc.createTime ?? null,
  };
}

async function pageOf<D extends ActivityDocument, T>(
  collection: Collection<D>,
  memberId: number,
  { skip, take }: ActivityPageRequest,
  map: (doc: D) => T,
): Promise<ActivityPage<T>> {
  const filter = { memberId: long(memberId) } as Filter<D>;
  const [docs, total] = await Promise.all([
    collection.find(filter).sort(NEWEST_FIRST).skip(skip).limit(take).toArray(),
    collection.countDocuments(filter),
  ]);
  return { list: (docs as D[]).map(map), total };
}

async function clearOf<D extends ActivityDocument>(collection: Collection<D>, memberId: number) {
  const result = await collection.deleteMany({ memberId: long(memberId) } as Filter<D>);
  return result.deletedCount;
}

class MongoReadHistoryStore implements ReadHistoryStore {
  constructor(private readonly collection: Collection<ProductDocument>) {}

  async add(record: NewRecord<ProductActivityRecord>): Promise<ProductActivityRecord> {
    const doc = productDocument(record, JAVA_CLASSES.readHistory);
    await this.collection.insertOne(doc);
    return toProductRecord(doc);
  }

  page(memberId: number, page: ActivityPageRequest) {
    return pageOf(this.collection, memberId, page, toProductRecord);
  }

  async deleteByIds(memberId: number, ids: readonly string[]): Promise<number> {
    const objectIds = [...new Set(ids)]
      .filter((id) => ObjectId.isValid(id) && /^[0-9a-f]{24}$/i.test(id))
      .map((id) => new ObjectId(id));
    if (objectIds.length === 0) return 0;
    const result = await this.collection.deleteMany({
      memberId: long(memberId),
      _id: { $in: objectIds },
    });
    return result.deletedCount;
  }

  clear(memberId: number) {
    return clearOf(this.collection, memberId);
  }
}

/**
 * One document per member and subject. The insert is an upsert on `{memberId, <subject>}` with
 * `$setOnInsert`, so an existing document is left as it is and reported as "already there".
 */
class MongoSubjectStore<D extends ActivityDocument, T extends { id: string; memberId: number }>
  implements SubjectActivityStore<T>
{
  constructor(
    private readonly collection: Collection<D>,
    private readonly subject: 'productId' | 'brandId',
    private readonly subjectIdOf: (record: NewRecord<T>) => number,
    private readonly toDocument: (record: NewRecord<T>) => D,
    private readonly toRecord: (doc: D) => T,
  ) {}

  private filter(memberId: number, subjectId: number): Filter<D> {
    return { memberId: long(memberId), [this.subject]: long(subjectId) } as Filter<D>;
  }

  async addIfAbsent(record: NewRecord<T>): Promise<T | null> {
    const doc = this.toDocument(record);
    try {
      const result = await this.collection.updateOne(
        this.filter(record.memberId, this.subjectIdOf(record)),
        { $setOnInsert: doc as Partial<D> },
        { upsert: true },
      );
      return result.upsertedCount === 1 ? this.toRecord(doc) : null;
    } catch (error) {
      // A concurrent add of the same subject won the race on the unique index.
      if (mongoErrorCode(error) === DUPLICATE_KEY) return null;
      throw error;
    }
  }

  async find(memberId: number, subjectId: number): Promise<T | null> {
    const doc = await this.collection.findOne(this.filter(memberId, subjectId));
    return doc ? this.toRecord(doc as D) : null;
  }

  page(memberId: number, page: ActivityPageRequest) {
    return pageOf(this.collection, memberId, page, this.toRecord);
  }

  async remove(memberId: number, subjectId: number): Promise<number> {
    return (await this.collection.deleteMany(this.filter(memberId, subjectId))).deletedCount;
  }

  clear(memberId: number) {
    return clearOf(this.collection, memberId);
  }
}

/** What the store needs of a MongoDB database handle (a `Db` of the official driver). */
export type MongoDatabase = Pick<Db, 'collection' | 'command'>;

/** The original's store: database `mall-port` (configurable), three collections. */
export class MongoMemberActivityStore implements MemberActivityStore {
  readonly kind = 'mongodb';
  readonly readHistory: ReadHistoryStore;
  readonly productCollection: SubjectActivityStore<ProductActivityRecord>;
  readonly brandAttention: SubjectActivityStore<BrandAttentionRecord>;

  constructor(
    private readonly db: MongoDatabase,
    private readonly onClose: () => Promise<void> = async () => undefined,
  ) {
    this.readHistory = new MongoReadHistoryStore(
      db.collection<ProductDocument>(MONGO_COLLECTIONS.readHistory),
    );
    this.productCollection = new MongoSubjectStore<ProductDocument, ProductActivityRecord>(
      db.collection<ProductDocument>(MONGO_COLLECTIONS.productCollection),
      'productId',
      (record) => record.productId,
      (record) => productDocument(record, JAVA_CLASSES.productCollection),
      toProductRecord,
    );
    this.brandAttention = new MongoSubjectStore<BrandDocument, BrandAttentionRecord>(
      db.collection<BrandDocument>(MONGO_COLLECTIONS.brandAttention),
      'brandId',
      (record) => record.brandId,
      brandDocument,
      toBrandRecord,
    );
  }

  /**
   * Creates the indexes; existing identical ones are kept. Collections written by the original
   * (which inserted duplicates, spec §E.2/E.3) may not take a unique index: the subject index is
   * then created without uniqueness and a warning names the collection, since the upsert still
   * prevents new duplicates outside of races.
   */
  async ensureIndexes(warn: (message: string) => void = () => undefined): Promise<void> {
    await Promise.all(
      (Object.keys(MONGO_COLLECTIONS) as (keyof typeof MONGO_COLLECTIONS)[]).map(async (name) => {
        const collection = this.db.collection(MONGO_COLLECTIONS[name]);
        try {
          await collection.createIndexes(MONGO_INDEXES[name]);
        } catch (error) {
          const code = mongoErrorCode(error);
          if (code !== DUPLICATE_KEY && !INDEX_OPTIONS_CONFLICT.has(code ?? -1)) throw error;
          warn(
            `${MONGO_COLLECTIONS[name]}: unique index not created (${error instanceof Error ? error.message : String(error)}); using a plain index`,
          );
          await collection.createIndexes(MONGO_INDEXES[name].map(({ key }) => ({ key })));
        }
      }),
    );
  }

  async ping(): Promise<void> {
    await this.db.command({ ping: 1 });
  }

  close(): Promise<void> {
    return this.onClose();
  }
}
