import {
  CmsMemberReport,
  CmsPrefrenceArea,
  OmsOrder,
  PmsProduct,
  SmsFlashPromotion,
  SmsFlashPromotionLog,
  SmsFlashPromotionSession,
  UmsMember,
  runMigrations,
} from '../src';
import { closeScratch, openScratch } from './support/scratch-db';

/**
 * One representative entity per domain is written through TypeORM and read back with a fresh
 * query, covering every column kind of the schema: bigint, int, decimal, varchar, text,
 * datetime, date, time, varbinary and NULL.
 */
describe('entity round trips', () => {
  let scratch: Awaited<ReturnType<typeof openScratch>>;

  beforeAll(async () => {
    scratch = await openScratch('roundtrip');
    await runMigrations(scratch.ds);
  });

  afterAll(async () => {
    await closeScratch(scratch);
  });

  it('pms: decimals, bigints, text, datetimes and nulls', async () => {
    const repo = scratch.ds.getRepository(PmsProduct);
    const saved = await repo.save(
      repo.create({
        name: 'HUAWEI P20',
        productSn: '6946605',
        brandId: Number.MAX_SAFE_INTEGER,
        price: 1999.99,
        promotionPrice: 0.01,
        originalPrice: 0,
        weight: null,
        description: '长文本 — with emoji 📱 and a quote \' "',
        promotionStartTime: new Date(2024, 0, 31, 23, 59, 58),
        promotionEndTime: null,
        stock: -25177460,
      }),
    );
    expect(typeof saved.id).toBe('number');
    expect(saved.id).toBeGreaterThan(0);

    const loaded = await repo.findOneByOrFail({ id: saved.id });
    expect(loaded).toMatchObject({
      id: saved.id,
      name: 'HUAWEI P20',
      productSn: '6946605',
      brandId: Number.MAX_SAFE_INTEGER,
      price: 1999.99,
      promotionPrice: 0.01,
      originalPrice: 0,
      weight: null,
      description: '长文本 — with emoji 📱 and a quote \' "',
      promotionEndTime: null,
      stock: -25177460,
      productCategoryId: null,
    });
    expect(loaded.promotionStartTime).toEqual(new Date(2024, 0, 31, 23, 59, 58));
    // Column defaults of the original schema apply to omitted fields.
    expect(loaded.giftGrowth).toBe(0);
    expect(loaded.giftPoint).toBe(0);
  });

  it('pms: stores datetimes as local wall-clock text', async () => {
    const [row]: { text: string }[] = await scratch.ds.query(
      "SELECT DATE_FORMAT(promotion_start_time, '%Y-%m-%d %H:%i:%s') AS text FROM pms_product LIMIT 1",
    );
    expect(row.text).toBe('2024-01-31 23:59:58');
  });

  it('pms: DECIMAL(10,2) rounds extra digits on write', async () => {
    const repo = scratch.ds.getRepository(PmsProduct);
    const saved = await repo.save(repo.create({ name: 'x', productSn: 'x', price: 0.1 + 0.2 }));
    expect((await repo.findOneByOrFail({ id: saved.id })).price).toBe(0.3);
  });

  it('pms: refuses BIGINT values beyond 2^53 instead of rounding them', async () => {
    await scratch.ds.query(
      "INSERT INTO pms_product (name, product_sn, brand_id) VALUES ('big', 'big', 9007199254740993)",
    );
    await expect(scratch.ds.getRepository(PmsProduct).findOneBy({ name: 'big' })).rejects.toThrow(
      RangeError,
    );
  });

  it('oms: NOT NULL columns, defaults and money amounts', async () => {
    const repo = scratch.ds.getRepository(OmsOrder);
    const saved = await repo.save(
      repo.create({
        memberId: 2434423,
        orderSn: '202411270100000001',
        receiverName: '大梨',
        receiverPhone: '18000000000',
        totalAmount: 5499.0,
        payAmount: 5398.99,
        couponAmount: 100.01,
        discountAmount: -0.5,
        createTime: new Date(2024, 10, 27, 10, 0, 0),
      }),
    );
    const loaded = await repo.findOneByOrFail({ id: saved.id });
    expect(loaded).toMatchObject({
      memberId: 2434423,
      totalAmount: 5499,
      payAmount: 5398.99,
      couponAmount: 100.01,
      discountAmount: -0.5,
      deleteStatus: 0,
      status: null,
      couponId: null,
    });
    await expect(
      repo.insert({ memberId: 1, receiverName: 'missing phone' } as Partial<OmsOrder>),
    ).rejects.toThrow(/receiver_phone/);
  });

  it('sms: DATE and TIME columns come back as text, int ids as numbers', async () => {
    const promotions = scratch.ds.getRepository(SmsFlashPromotion);
    const promotion = await promotions.save(
      promotions.create({
        title: '双11',
        startDate: '2025-01-01',
        endDate: '2030-12-31',
        status: 1,
      }),
    );
    expect(await promotions.findOneByOrFail({ id: promotion.id })).toMatchObject({
      startDate: '2025-01-01',
      endDate: '2030-12-31',
    });

    const sessions = scratch.ds.getRepository(SmsFlashPromotionSession);
    const session = await sessions.save(
      sessions.create({ name: '8:00', startTime: '08:00:00', endTime: '09:59:59' }),
    );
    expect(await sessions.findOneByOrFail({ id: session.id })).toMatchObject({
      startTime: '08:00:00',
      endTime: '09:59:59',
    });

    const logs = scratch.ds.getRepository(SmsFlashPromotionLog);
    const log = await logs.save(logs.create({ memberId: 7, productId: 26, subscribeTime: null }));
    expect(typeof log.id).toBe('number');
    expect(await logs.findOneByOrFail({ id: log.id })).toMatchObject({
      memberId: 7,
      productId: 26,
    });
  });

  it('cms: VARBINARY round-trips as a Buffer', async () => {
    const repo = scratch.ds.getRepository(CmsPrefrenceArea);
    const pic = Buffer.from([0x00, 0xff, 0x10, 0x80, 0x7f]);
    const saved = await repo.save(repo.create({ name: '让音质更出众', pic, showStatus: 1 }));
    const loaded = await repo.findOneByOrFail({ id: saved.id });
    expect(Buffer.isBuffer(loaded.pic)).toBe(true);
    expect(loaded.pic?.equals(pic)).toBe(true);
    expect(loaded.subTitle).toBeNull();
  });

  it('cms: the key-less member report table is usable with an assigned id', async () => {
    const repo = scratch.ds.getRepository(CmsMemberReport);
    await repo.insert({ id: 42, reportType: 1, reportObject: 'topic 7', note: null });
    expect(await repo.findOneByOrFail({ id: 42 })).toMatchObject({ reportType: 1, note: null });
  });

  it('ums: DATE birthday, unique username', async () => {
    const repo = scratch.ds.getRepository(UmsMember);
    const saved = await repo.save(
      repo.create({
        username: 'windy',
        password: 'e10adc3949ba59abbe56e057f20f883e',
        memberLevelId: 4,
        birthday: '1990-02-28',
        status: 1,
      }),
    );
    expect(await repo.findOneByOrFail({ id: saved.id })).toMatchObject({
      username: 'windy',
      memberLevelId: 4,
      birthday: '1990-02-28',
      luckeyCount: null,
    });
    await expect(repo.insert({ username: 'windy' })).rejects.toThrow(/Duplicate entry/);
  });
});
