import {
  CATALOG_EXCHANGE,
  PRODUCT_CHANGED_ROUTING_KEY,
  ProductChangedEvent,
} from '@mall/messaging';
import {
  adminClaims,
  createMallDatabase,
  InjectOptions,
  ScratchDatabase,
  startTestService,
  TestService,
} from '@mall/testing';
import { REDIS } from '@mall/redis';
import * as amqp from 'amqplib';
import type { Redis } from 'ioredis';
import { Connection, createConnection, RowDataPacket } from 'mysql2/promise';
import { PmsModule } from '../src/pms/pms.module';
import { serviceDefinition } from '../src/service';

/** What the gateway forwards for the seeded super administrator. */
export const ADMIN = adminClaims(1, 'admin', ['5_超级管理员']);

export interface Envelope<T = unknown> {
  code: number;
  message: string;
  data: T;
}

export interface Page<T> {
  pageNum: number;
  pageSize: number;
  totalPage: number;
  total: number;
  list: T[];
}

/**
 * Collects `mall.product.changed` events through a private queue bound to the catalog exchange.
 * Other suites may publish to the same exchange, so tests look for the ids they touched.
 */
export class ProductEventInbox {
  readonly events: ProductChangedEvent[] = [];
  private wake: Array<() => void> = [];

  private constructor(private readonly connection: amqp.ChannelModel) {}

  static async open(): Promise<ProductEventInbox> {
    const connection = await amqp.connect(
      process.env['RABBITMQ_URL'] ?? 'amqp://guest:guest@127.0.0.1:5672',
    );
    const inbox = new ProductEventInbox(connection);
    const channel = await connection.createChannel();
    await channel.assertExchange(CATALOG_EXCHANGE, 'topic', { durable: true });
    const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
    await channel.bindQueue(queue, CATALOG_EXCHANGE, PRODUCT_CHANGED_ROUTING_KEY);
    await channel.consume(
      queue,
      (message) => {
        if (!message) return;
        inbox.events.push(JSON.parse(message.content.toString('utf8')) as ProductChangedEvent);
        for (const notify of inbox.wake.splice(0)) notify();
      },
      { noAck: true },
    );
    return inbox;
  }

  /** Waits (bounded by the test timeout) for an event with this action covering every id. */
  async waitFor(action: ProductChangedEvent['action'], ids: number[]): Promise<void> {
    for (;;) {
      const seen = new Set(this.events.filter((e) => e.action === action).flatMap((e) => e.ids));
      if (ids.every((id) => seen.has(id))) return;
      await new Promise<void>((resolve) => this.wake.push(resolve));
    }
  }

  /** Events mentioning `id`, in arrival order. */
  about(id: number): ProductChangedEvent[] {
    return this.events.filter((e) => e.ids.includes(id));
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}

/** One PMS-only mall-admin on a fresh migrated + seeded database, and a SQL connection to it. */
export class PmsTestContext {
  private constructor(
    readonly db: ScratchDatabase,
    readonly svc: TestService,
    readonly sql: Connection,
  ) {}

  static async start(label: string): Promise<PmsTestContext> {
    const db = await createMallDatabase(label);
    // mall-admin's real bootstrap with only the PMS controllers: the other domains are not under test.
    const svc = await startTestService(
      { ...serviceDefinition, appModule: PmsModule },
      { database: db },
    );
    const sql = await createConnection({
      host: db.host,
      port: db.port,
      user: db.user,
      password: db.password,
      database: db.database,
    });
    return new PmsTestContext(db, svc, sql);
  }

  async call<T = unknown>(
    method: 'GET' | 'POST',
    path: string,
    options: InjectOptions = {},
  ): Promise<Envelope<T>> {
    const res = await this.svc.request<Envelope<T>>(method, path, { user: ADMIN, ...options });
    if (res.status !== 200) throw new Error(`${method} ${path} → HTTP ${res.status}: ${res.text}`);
    return res.body;
  }

  async rows<T = Record<string, unknown>>(statement: string, params: unknown[] = []): Promise<T[]> {
    const [rows] = await this.sql.query<RowDataPacket[]>(statement, params);
    return rows as T[];
  }

  async count(table: string, where = '1 = 1', params: unknown[] = []): Promise<number> {
    const [row] = await this.rows<{ n: number }>(
      `SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`,
      params,
    );
    return Number(row.n);
  }

  async close(): Promise<void> {
    await this.sql.end().catch(() => undefined);
    // The product list's count cache keys carry the database name: remove this database's.
    const redis = this.svc.started.app.get<Redis>(REDIS);
    const keys = await redis.keys(`mall:pms:productList:${this.db.database}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await this.svc.close().catch(() => undefined);
    await this.db.drop();
  }
}
