import { createDataSource } from '@mall/db';
import { createMallDatabase, type ScratchDatabase } from '@mall/testing';
import type { DataSource } from 'typeorm';
import { cancelUnpaidOrder } from '../src/order';

jest.setTimeout(60_000);

describe('cancelUnpaidOrder', () => {
  let db: ScratchDatabase;
  let ds: DataSource;

  /** An unpaid order of member 1001 with one item per [sku, qty], its stock locked. */
  const order = async (
    items: Array<[number, number]>,
    extra: { couponId?: number; useIntegration?: number } = {},
  ) => {
    const result: { insertId: number } = await ds.query(
      `INSERT INTO oms_order (member_id, member_username, order_sn, create_time, status, delete_status,
         coupon_id, use_integration, receiver_name, receiver_phone)
       VALUES (1001, 'user_0001', 'SN', NOW(), 0, 0, ?, ?, 'n', 'p')`,
      [extra.couponId ?? null, extra.useIntegration ?? null],
    );
    for (const [sku, qty] of items) {
      await ds.query(
        'INSERT INTO oms_order_item (order_id, product_sku_id, product_quantity) VALUES (?, ?, ?)',
        [result.insertId, sku, qty],
      );
      await ds.query('UPDATE pms_sku_stock SET lock_stock = lock_stock + ? WHERE id = ?', [
        qty,
        sku,
      ]);
    }
    return result.insertId;
  };
  const lock = async (sku: number) =>
    Number(
      (await ds.query('SELECT lock_stock FROM pms_sku_stock WHERE id = ?', [sku]))[0].lock_stock,
    );
  const status = async (id: number) =>
    (await ds.query('SELECT status FROM oms_order WHERE id = ?', [id]))[0].status;
  const points = async () =>
    (await ds.query('SELECT integration FROM ums_member WHERE id = 1001'))[0].integration;

  beforeAll(async () => {
    db = await createMallDatabase('shop_cancel');
    ds = createDataSource({ ...db, poolSize: 2 });
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('releases the locks of all items, aggregated per SKU, and refunds points once', async () => {
    const [lock201, lock202] = [await lock(201), await lock(202)];
    const before = await points();
    const id = await order(
      [
        [201, 2],
        [202, 1],
        [201, 3],
      ],
      { useIntegration: 300 },
    );
    expect(await lock(201)).toBe(lock201 + 5);

    const outcome = await cancelUnpaidOrder(ds, id);
    expect(outcome).toMatchObject({
      cancelled: true,
      order: { id, memberId: 1001, pointsReturned: 300 },
    });
    expect([await lock(201), await lock(202)]).toEqual([lock201, lock202]);
    expect(await points()).toBe(before + 300);
    expect(await status(id)).toBe(4);

    expect(await cancelUnpaidOrder(ds, id)).toEqual({ cancelled: false, status: 4 });
    expect(await points()).toBe(before + 300);
  });

  it('only cancels the given member’s order when a member is named', async () => {
    const id = await order([[202, 1]]);
    expect(await cancelUnpaidOrder(ds, id, { memberId: 1002 })).toEqual({
      cancelled: false,
      status: null,
    });
    expect(await status(id)).toBe(0);
    expect(await cancelUnpaidOrder(ds, 999_999)).toEqual({ cancelled: false, status: null });
    expect((await cancelUnpaidOrder(ds, id, { memberId: 1001 })).cancelled).toBe(true);
  });

  it('returns the coupon recorded for the order, or the first used one of older orders', async () => {
    const recorded: { insertId: number } = await ds.query(
      'INSERT INTO sms_coupon_history (coupon_id, member_id, use_status, get_type) VALUES (2, 1001, 1, 1)',
    );
    const legacy: { insertId: number } = await ds.query(
      'INSERT INTO sms_coupon_history (coupon_id, member_id, use_status, get_type) VALUES (1, 1001, 1, 1)',
    );
    const withRecord = await order([[202, 1]], { couponId: 2 });
    await ds.query('UPDATE sms_coupon_history SET order_id = ? WHERE id = ?', [
      withRecord,
      recorded.insertId,
    ]);
    const older = await order([[202, 1]], { couponId: 1 });

    expect(await cancelUnpaidOrder(ds, withRecord)).toMatchObject({
      cancelled: true,
      order: { couponReturned: true },
    });
    expect(await cancelUnpaidOrder(ds, older)).toMatchObject({
      cancelled: true,
      order: { couponReturned: true },
    });
    const rows = await ds.query(
      'SELECT id, use_status, order_id FROM sms_coupon_history WHERE id IN (?, ?) ORDER BY id',
      [recorded.insertId, legacy.insertId],
    );
    expect(
      rows.map((r: { use_status: number; order_id: unknown }) => [r.use_status, r.order_id]),
    ).toEqual([
      [0, null],
      [0, null],
    ]);
  });

  it('releases a lock smaller than the quantity to 0 and reports the SKU', async () => {
    const id = await order([[203, 4]]);
    await ds.query('UPDATE pms_sku_stock SET lock_stock = 1 WHERE id = 203');
    const outcome = await cancelUnpaidOrder(ds, id);
    expect(outcome).toMatchObject({ cancelled: true, order: { inconsistentSkuIds: [203] } });
    expect(await lock(203)).toBe(0);
  });

  it('joins a caller’s transaction, and rolls back with it', async () => {
    const lock202 = await lock(202);
    const id = await order([[202, 2]]);
    await expect(
      ds.transaction(async (em) => {
        expect((await cancelUnpaidOrder(em, id)).cancelled).toBe(true);
        throw new Error('caller failed');
      }),
    ).rejects.toThrow('caller failed');
    expect(await status(id)).toBe(0);
    expect(await lock(202)).toBe(lock202 + 2);
  });
});
