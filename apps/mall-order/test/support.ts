import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import Redis from 'ioredis';
import type { ScratchDatabase } from '@mall/testing';

/** Settings that keep a test's Redis keys and RabbitMQ queues apart from every other run. */
export function isolatedOrderEnv(
  tag: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  const line = `mall.t.${tag}.order`;
  return {
    MALL__app__redis__keys__orderId: `mall:t:${tag}:oms:orderId`,
    MALL__app__redis__keys__member: `mall:t:${tag}:ums:member`,
    MALL__app__redis__keys__orderDetail: `mall:t:${tag}:order`,
    MALL__app__order__sweepEveryMinutes: '0',
    MALL__app__order__cancelLine__exchange: `${line}.direct`,
    MALL__app__order__cancelLine__delayQueuePrefix: `${line}.cancel.delay.`,
    MALL__app__order__cancelLine__targetQueue: `${line}.cancel`,
    MALL__app__order__cancelLine__targetRoutingKey: `${line}.cancel`,
    MALL__app__order__cancelLine__deadLetterExchange: `${line}.dlx`,
    MALL__app__order__cancelLine__deadLetterQueue: `${line}.cancel.dead`,
    MALL__app__order__cancelLine__deadLetterRoutingKey: `${line}.cancel.dead`,
    ...extra,
  };
}

/** Direct SQL access to a scratch database, for fixtures and for asserting effects. */
export class Sql {
  private constructor(private readonly conn: Connection) {}

  static async open(db: ScratchDatabase): Promise<Sql> {
    return new Sql(
      await createConnection({
        host: db.host,
        port: db.port,
        user: db.user,
        password: db.password,
        database: db.database,
        supportBigNumbers: true,
        bigNumberStrings: false,
      }),
    );
  }

  async rows<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const [rows] = await this.conn.query<RowDataPacket[]>(sql, params);
    return rows as T[];
  }

  async one<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> {
    const rows = await this.rows<T>(sql, params);
    if (rows.length !== 1) throw new Error(`expected one row from ${sql}, got ${rows.length}`);
    return rows[0];
  }

  async exec(sql: string, params: unknown[] = []): Promise<number> {
    const [result] = await this.conn.query(sql, params);
    const header = result as { insertId?: number; affectedRows?: number };
    return header.insertId || header.affectedRows || 0;
  }

  async close(): Promise<void> {
    await this.conn.end();
  }

  /** A live cart line of the member for the SKU, priced like `/cart/add` does. */
  async addCartLine(memberId: number, skuId: number, quantity: number): Promise<number> {
    return this.exec(
      `INSERT INTO oms_cart_item (product_id, product_sku_id, member_id, quantity, price, product_pic,
         product_name, product_sub_title, product_sku_code, member_nickname, create_date, delete_status,
         product_category_id, product_brand, product_sn, product_attr)
       SELECT p.id, s.id, ?, ?, s.price, p.pic, p.name, p.sub_title, s.sku_code, NULL, NOW(), 0,
         p.product_category_id, p.brand_name, p.product_sn, s.sp_data
       FROM pms_sku_stock s JOIN pms_product p ON p.id = s.product_id WHERE s.id = ?`,
      [memberId, quantity, skuId],
    );
  }

  async setStock(skuId: number, stock: number, lockStock = 0): Promise<void> {
    await this.exec('UPDATE pms_sku_stock SET stock = ?, lock_stock = ? WHERE id = ?', [
      stock,
      lockStock,
      skuId,
    ]);
  }

  async stock(skuId: number): Promise<{ stock: number; lock_stock: number }> {
    return this.one('SELECT stock, lock_stock FROM pms_sku_stock WHERE id = ?', [skuId]);
  }

  /** An unused coupon history of the member (as `/member/coupon/add` would write it). */
  async grantCoupon(memberId: number, couponId: number): Promise<number> {
    return this.exec(
      `INSERT INTO sms_coupon_history (coupon_id, member_id, coupon_code, member_nickname, get_type,
         create_time, use_status) VALUES (?, ?, ?, NULL, 1, NOW(), 0)`,
      [couponId, memberId, `T${Date.now()}${memberId}`.slice(0, 16)],
    );
  }

  async points(memberId: number): Promise<number> {
    return (
      await this.one<{ integration: number }>('SELECT integration FROM ums_member WHERE id = ?', [
        memberId,
      ])
    ).integration;
  }
}

export interface Envelope<T = unknown> {
  code: number;
  message: string;
  data?: T;
}

export interface PlacedOrder {
  order: {
    id: number;
    orderSn: string;
    payAmount: number;
    couponAmount: number;
    integrationAmount: number;
  };
  orderItemList: Array<{ id: number; productSkuId: number; productQuantity: number }>;
}

/** The queues and exchanges of an isolated cancel line (see isolatedOrderEnv). */
export function isolatedLineNames(tag: string) {
  const line = `mall.t.${tag}.order`;
  return {
    exchanges: [`${line}.direct`, `${line}.dlx`],
    workQueue: `${line}.cancel`,
    deadQueue: `${line}.cancel.dead`,
    delayQueue: (ms: number) => `${line}.cancel.delay.${ms}`,
  };
}

/** Deletes the Redis keys a test wrote under `mall:t:<tag>:`. */
export async function deleteTestKeys(tag: string): Promise<void> {
  const redis = new Redis({ host: process.env['REDIS_HOST'] ?? '127.0.0.1', lazyConnect: true });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `mall:t:${tag}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
