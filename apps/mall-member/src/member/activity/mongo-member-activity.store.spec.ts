import { Long, ObjectId } from 'mongodb';
import {
  JAVA_CLASSES,
  MONGO_COLLECTIONS,
  MongoMemberActivityStore,
  NEWEST_FIRST,
  type MongoDatabase,
} from './mongo-member-activity.store';

/** A stand-in for the driver's Collection: records every call, answers what a test sets. */
function fakeCollection() {
  const cursor = {
    sort: jest.fn(),
    skip: jest.fn(),
    limit: jest.fn(),
    toArray: jest.fn().mockResolvedValue([]),
  };
  cursor.sort.mockReturnValue(cursor);
  cursor.skip.mockReturnValue(cursor);
  cursor.limit.mockReturnValue(cursor);
  return {
    cursor,
    find: jest.fn().mockReturnValue(cursor),
    findOne: jest.fn().mockResolvedValue(null),
    countDocuments: jest.fn().mockResolvedValue(0),
    insertOne: jest.fn().mockResolvedValue({ acknowledged: true }),
    updateOne: jest.fn().mockResolvedValue({ upsertedCount: 1 }),
    deleteMany: jest.fn().mockResolvedValue({ deletedCount: 0 }),
    createIndexes: jest.fn().mockResolvedValue([]),
  };
}

type FakeCollection = ReturnType<typeof fakeCollection>;

function fakeDb() {
  const collections = new Map<string, FakeCollection>();
  const command = jest.fn().mockResolvedValue({ ok: 1 });
  const db = {
    collection: (name: string) => {
      let collection = collections.get(name);
      if (!collection) {
        collection = fakeCollection();
        collections.set(name, collection);
      }
      return collection;
    },
    command,
  };
  return {
    db: db as unknown as MongoDatabase,
    command,
    of: (name: string) => db.collection(name),
  };
}

const CREATED = new Date('2026-03-01T08:00:00.000Z');
const member = { memberId: 7, memberNickname: '演示会员', memberIcon: 'icon.png' };
const productFields = {
  productId: 26,
  productName: '华为 HUAWEI P20',
  productPic: 'p20.png',
  productSubTitle: 'AI智慧全面屏',
  productPrice: '3788.00',
};

describe('MongoMemberActivityStore', () => {
  let fake: ReturnType<typeof fakeDb>;
  let store: MongoMemberActivityStore;
  let history: FakeCollection;
  let collection: FakeCollection;
  let attention: FakeCollection;

  beforeEach(() => {
    fake = fakeDb();
    store = new MongoMemberActivityStore(fake.db);
    history = fake.of(MONGO_COLLECTIONS.readHistory);
    collection = fake.of(MONGO_COLLECTIONS.productCollection);
    attention = fake.of(MONGO_COLLECTIONS.brandAttention);
  });

  it('uses the original collection names', () => {
    expect(MONGO_COLLECTIONS).toEqual({
      readHistory: 'memberReadHistory',
      productCollection: 'memberProductCollection',
      brandAttention: 'memberBrandAttention',
    });
  });

  describe('ensureIndexes', () => {
    it('creates the member/subject and member/createTime indexes of each collection', async () => {
      await store.ensureIndexes();
      expect(history.createIndexes).toHaveBeenCalledWith([
        { key: { memberId: 1, productId: 1 } },
        { key: { memberId: 1, createTime: -1 } },
      ]);
      expect(collection.createIndexes).toHaveBeenCalledWith([
        { key: { memberId: 1, productId: 1 }, unique: true },
        { key: { memberId: 1, createTime: -1 } },
      ]);
      expect(attention.createIndexes).toHaveBeenCalledWith([
        { key: { memberId: 1, brandId: 1 }, unique: true },
        { key: { memberId: 1, createTime: -1 } },
      ]);
    });

    it('falls back to a plain index when existing duplicates prevent the unique one', async () => {
      collection.createIndexes.mockRejectedValueOnce(
        Object.assign(new Error('E11000 duplicate key error'), { code: 11000 }),
      );
      const warn = jest.fn();
      await store.ensureIndexes(warn);
      expect(collection.createIndexes).toHaveBeenLastCalledWith([
        { key: { memberId: 1, productId: 1 } },
        { key: { memberId: 1, createTime: -1 } },
      ]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('memberProductCollection'));
    });

    it('fails start-up on any other error', async () => {
      attention.createIndexes.mockRejectedValueOnce(
        Object.assign(new Error('not authorized'), { code: 13 }),
      );
      await expect(store.ensureIndexes()).rejects.toThrow('not authorized');
    });
  });

  describe('read history', () => {
    it('inserts a document shaped like the original, with 64-bit ids and _class', async () => {
      const record = await store.readHistory.add({
        ...member,
        ...productFields,
        createTime: CREATED,
      });
      const [doc] = history.insertOne.mock.calls[0] as [Record<string, unknown>];
      expect(doc).toEqual({
        _id: expect.any(ObjectId),
        memberId: Long.fromNumber(7),
        memberNickname: '演示会员',
        memberIcon: 'icon.png',
        productId: Long.fromNumber(26),
        productName: '华为 HUAWEI P20',
        productPic: 'p20.png',
        productSubTitle: 'AI智慧全面屏',
        productPrice: '3788.00',
        createTime: CREATED,
        _class: JAVA_CLASSES.readHistory,
      });
      expect(record).toEqual({
        id: (doc['_id'] as ObjectId).toHexString(),
        ...member,
        ...productFields,
        createTime: CREATED,
      });
    });

    it('pages the member’s documents newest first and counts them', async () => {
      const id = new ObjectId();
      history.cursor.toArray.mockResolvedValueOnce([
        // A document written by the Java service: Long ids, missing optional fields.
        {
          _id: id,
          memberId: Long.fromNumber(7),
          productId: Long.fromNumber(26),
          createTime: CREATED,
        },
      ]);
      history.countDocuments.mockResolvedValueOnce(11);

      const page = await store.readHistory.page(7, { skip: 5, take: 5 });
      expect(history.find).toHaveBeenCalledWith({ memberId: Long.fromNumber(7) });
      expect(history.cursor.sort).toHaveBeenCalledWith({ createTime: -1, _id: -1 });
      expect(NEWEST_FIRST).toEqual({ createTime: -1, _id: -1 });
      expect(history.cursor.skip).toHaveBeenCalledWith(5);
      expect(history.cursor.limit).toHaveBeenCalledWith(5);
      expect(history.countDocuments).toHaveBeenCalledWith({ memberId: Long.fromNumber(7) });
      expect(page).toEqual({
        total: 11,
        list: [
          {
            id: id.toHexString(),
            memberId: 7,
            memberNickname: null,
            memberIcon: null,
            productId: 26,
            productName: null,
            productPic: null,
            productSubTitle: null,
            productPrice: null,
            createTime: CREATED,
          },
        ],
      });
    });

    it('deletes by id within the member only, skipping ids that are not ObjectIds', async () => {
      const id = new ObjectId();
      history.deleteMany.mockResolvedValueOnce({ deletedCount: 1 });
      const deleted = await store.readHistory.deleteByIds(7, [
        id.toHexString(),
        '42',
        'x',
        id.toHexString(),
      ]);
      expect(deleted).toBe(1);
      expect(history.deleteMany).toHaveBeenCalledWith({
        memberId: Long.fromNumber(7),
        _id: { $in: [id] },
      });

      expect(await store.readHistory.deleteByIds(7, ['42', 'nope'])).toBe(0);
      expect(history.deleteMany).toHaveBeenCalledTimes(1);
    });

    it('clears the member’s documents', async () => {
      history.deleteMany.mockResolvedValueOnce({ deletedCount: 3 });
      expect(await store.readHistory.clear(7)).toBe(3);
      expect(history.deleteMany).toHaveBeenCalledWith({ memberId: Long.fromNumber(7) });
    });
  });

  describe('product collection', () => {
    const newRecord = { ...member, ...productFields, createTime: CREATED };
    const filter = { memberId: Long.fromNumber(7), productId: Long.fromNumber(26) };

    it('inserts through an upsert on member and product that never overwrites', async () => {
      const record = await store.productCollection.addIfAbsent(newRecord);
      expect(collection.updateOne).toHaveBeenCalledWith(
        filter,
        {
          $setOnInsert: expect.objectContaining({
            _id: expect.any(ObjectId),
            memberId: Long.fromNumber(7),
            productId: Long.fromNumber(26),
            createTime: CREATED,
            _class: JAVA_CLASSES.productCollection,
          }),
        },
        { upsert: true },
      );
      expect(record).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{24}$/), productId: 26 });
    });

    it('reports an existing or concurrently added product as not added', async () => {
      collection.updateOne.mockResolvedValueOnce({ upsertedCount: 0, matchedCount: 1 });
      expect(await store.productCollection.addIfAbsent(newRecord)).toBeNull();
      collection.updateOne.mockRejectedValueOnce(
        Object.assign(new Error('E11000'), { code: 11000 }),
      );
      expect(await store.productCollection.addIfAbsent(newRecord)).toBeNull();
      collection.updateOne.mockRejectedValueOnce(Object.assign(new Error('timeout'), { code: 50 }));
      await expect(store.productCollection.addIfAbsent(newRecord)).rejects.toThrow('timeout');
    });

    it('finds, removes and pages by member and product', async () => {
      await store.productCollection.find(7, 26);
      expect(collection.findOne).toHaveBeenCalledWith(filter);
      collection.deleteMany.mockResolvedValueOnce({ deletedCount: 1 });
      expect(await store.productCollection.remove(7, 26)).toBe(1);
      expect(collection.deleteMany).toHaveBeenCalledWith(filter);
      await store.productCollection.page(7, { skip: 0, take: 5 });
      expect(collection.find).toHaveBeenCalledWith({ memberId: Long.fromNumber(7) });
      expect(collection.cursor.sort).toHaveBeenCalledWith(NEWEST_FIRST);
    });
  });

  describe('brand attention', () => {
    it('keys documents on member and brand', async () => {
      const brand = {
        ...member,
        brandId: 3,
        brandName: '苹果',
        brandLogo: 'apple.png',
        brandCity: null,
        createTime: CREATED,
      };
      const record = await store.brandAttention.addIfAbsent(brand);
      const filter = { memberId: Long.fromNumber(7), brandId: Long.fromNumber(3) };
      expect(attention.updateOne).toHaveBeenCalledWith(
        filter,
        {
          $setOnInsert: {
            _id: expect.any(ObjectId),
            memberId: Long.fromNumber(7),
            memberNickname: '演示会员',
            memberIcon: 'icon.png',
            brandId: Long.fromNumber(3),
            brandName: '苹果',
            brandLogo: 'apple.png',
            brandCity: null,
            createTime: CREATED,
            _class: JAVA_CLASSES.brandAttention,
          },
        },
        { upsert: true },
      );
      expect(record).toEqual({ id: expect.any(String), ...brand });

      await store.brandAttention.find(7, 3);
      expect(attention.findOne).toHaveBeenCalledWith(filter);
      await store.brandAttention.remove(7, 3);
      expect(attention.deleteMany).toHaveBeenCalledWith(filter);
      await store.brandAttention.clear(7);
      expect(attention.deleteMany).toHaveBeenLastCalledWith({ memberId: Long.fromNumber(7) });
    });
  });

  it('pings the server and closes through the given callback', async () => {
    const onClose = jest.fn().mockResolvedValue(undefined);
    const closable = new MongoMemberActivityStore(fake.db, onClose);
    await closable.ping();
    expect(fake.command).toHaveBeenCalledWith({ ping: 1 });
    await closable.close();
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
