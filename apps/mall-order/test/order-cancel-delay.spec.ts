import { execFile } from 'node:child_process';
import type { Socket } from 'node:net';
import { promisify } from 'node:util';
import { RabbitConnection } from '@mall/messaging';
import {
  createMallDatabase,
  memberClaims,
  startTestService,
  type ScratchDatabase,
  type TestService,
} from '@mall/testing';
import { serviceDefinition } from '../src/service';
import { Broker, waitFor } from './broker';
import {
  deleteTestKeys,
  isolatedLineNames,
  isolatedOrderEnv,
  Sql,
  type Envelope,
  type PlacedOrder,
} from './support';

jest.setTimeout(90_000);

const run = promisify(execFile);
const TAG = `delay${process.pid}`;
const LINE = isolatedLineNames(TAG);
/** Long enough for rabbitmqctl (about 2 s per call) to act between publish and expiry. */
const DELAY_MS = 6000;
/**
 * `MALL_TEST_BROKER_RESTART=1` restarts the whole broker (`rabbitmqctl stop_app` / `start_app`);
 * by default only this service's connection is closed from the broker side, so test suites
 * running in parallel keep their connections.
 */
const RESTART_BROKER = process.env['MALL_TEST_BROKER_RESTART'] === '1';
const member = (n: number) => memberClaims(1000 + n, `user_${String(n).padStart(4, '0')}`);

describe('mall-order automatic cancellation by delayed message', () => {
  let db: ScratchDatabase;
  let svc: TestService;
  let sql: Sql;
  let broker: Broker;

  const place = async (n: number, sku: number, extra: Record<string, unknown> = {}) => {
    const cartId = await sql.addCartLine(1000 + n, sku, 1);
    const res = await svc.request<Envelope<PlacedOrder>>('POST', '/order/generateOrder', {
      user: member(n),
      body: { memberReceiveAddressId: 1000 + n, payType: 1, cartIds: [cartId], ...extra },
    });
    if (res.body.code !== 200) throw new Error(`order not placed: ${JSON.stringify(res.body)}`);
    return (res.body.data as PlacedOrder).order;
  };
  const status = async (orderId: number) =>
    (await sql.one<{ status: number }>('SELECT status FROM oms_order WHERE id = ?', [orderId]))
      .status;

  beforeAll(async () => {
    db = await createMallDatabase('order_delay');
    svc = await startTestService(serviceDefinition, {
      database: db,
      env: isolatedOrderEnv(TAG, { MALL__app__order__cancelDelayMs: String(DELAY_MS) }),
    });
    sql = await Sql.open(db);
    broker = await Broker.open();
  });

  afterAll(async () => {
    await svc?.close();
    await broker?.deleteAll(
      [LINE.workQueue, LINE.deadQueue, LINE.delayQueue(DELAY_MS)],
      LINE.exchanges,
    );
    await broker?.close();
    await deleteTestKeys(TAG);
    await sql?.close();
    await db?.drop();
  });

  it('closes an unpaid order when its delay expires: stock unlocked, coupon and points back', async () => {
    const history = await sql.grantCoupon(1001, 2);
    const points = await sql.points(1001);
    const stock = await sql.stock(201);
    const order = await place(1, 201, { couponId: 2, useIntegration: 200 });
    expect(await sql.stock(201)).toEqual({ ...stock, lock_stock: stock.lock_stock + 1 });
    expect(await sql.points(1001)).toBe(points - 200);
    expect(await broker.messageCount(LINE.delayQueue(DELAY_MS))).toBe(1);

    expect(await waitFor(async () => (await status(order.id)) === 4, DELAY_MS + 10_000)).toBe(true);
    expect(await sql.stock(201)).toEqual(stock);
    expect(await sql.points(1001)).toBe(points);
    expect(
      await sql.one('SELECT use_status FROM sms_coupon_history WHERE id = ?', [history]),
    ).toEqual({
      use_status: 0,
    });
    expect(await broker.messageCount(LINE.delayQueue(DELAY_MS))).toBe(0);
  });

  it('leaves a paid order alone when its message arrives', async () => {
    const order = await place(2, 202);
    await svc.request('POST', '/order/paySuccess', {
      user: member(2),
      query: { orderId: order.id, payType: 1 },
    });
    const stock = await sql.stock(202);
    expect(
      await waitFor(
        async () => (await broker.messageCount(LINE.delayQueue(DELAY_MS))) === 0,
        DELAY_MS + 10_000,
      ),
    ).toBe(true);
    // The work queue is drained by the consumer; the order stays paid.
    expect(await waitFor(async () => (await broker.messageCount(LINE.workQueue)) === 0, 5000)).toBe(
      true,
    );
    expect(await status(order.id)).toBe(1);
    expect(await sql.stock(202)).toEqual(stock);
  });

  it(`loses nothing when the ${RESTART_BROKER ? 'broker restarts' : 'broker drops the connection'} between publish and expiry`, async () => {
    const connection = svc.started.app.get(RabbitConnection);
    const reconnects = connection.metrics().reconnects;
    const stock = await sql.stock(203);
    const order = await place(3, 203);
    expect(await broker.messageCount(LINE.delayQueue(DELAY_MS))).toBe(1);

    if (RESTART_BROKER) {
      await broker.close();
      await run('rabbitmqctl', ['stop_app'], { timeout: 30_000 });
      await run('rabbitmqctl', ['start_app'], { timeout: 30_000 });
      broker = await Broker.open();
    } else {
      await closeConnectionFromBroker(connection);
    }

    expect(await waitFor(async () => (await status(order.id)) === 4, DELAY_MS + 30_000)).toBe(true);
    expect(await sql.stock(203)).toEqual(stock);
    expect(connection.metrics().reconnects).toBeGreaterThan(reconnects);
  });

  it('moves a malformed cancel message to the dead-letter queue', async () => {
    await broker.sendRaw(LINE.workQueue, 'not json');
    await broker.sendRaw(LINE.workQueue, JSON.stringify({ orderId: 'x' }));
    expect(
      await waitFor(async () => (await broker.messageCount(LINE.deadQueue)) === 2, 15_000),
    ).toBe(true);
  });
});

/** Closes the service's AMQP connection from the broker side (`rabbitmqctl close_connection`). */
async function closeConnectionFromBroker(connection: RabbitConnection): Promise<void> {
  // The client's local port identifies its connection among the broker's; amqplib keeps the
  // socket on `connection.stream`, which its types do not declare.
  const model = (connection as unknown as { model: { connection: { stream: Socket } } }).model;
  const localPort = model.connection.stream.localPort;
  const { stdout } = await run('rabbitmqctl', ['-q', 'list_connections', 'pid', 'peer_port'], {
    timeout: 30_000,
  });
  const line = stdout
    .split('\n')
    .map((row) => row.trim().split(/\s+/))
    .find(([, port]) => Number(port) === localPort);
  if (!line) throw new Error(`no broker connection with peer port ${localPort}:\n${stdout}`);
  await run('rabbitmqctl', ['close_connection', line[0], 'test: broker-side close'], {
    timeout: 30_000,
  });
}
