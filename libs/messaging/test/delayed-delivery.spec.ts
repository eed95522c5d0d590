import { performance } from 'node:perf_hooks';
import {
  DelayedDeliveryNames,
  DelayedPublisher,
  RabbitConnection,
  delayQueueName,
  delayedDeliveryTopology,
} from '../src';
import { BrokerAdmin, Inbox, quietLogger, settings, uniqueName, xDeath } from './broker';

jest.setTimeout(20_000);

function testLine(label: string): DelayedDeliveryNames {
  const base = uniqueName(label);
  return {
    exchange: `${base}.direct`,
    delayQueuePrefix: `${base}.delay.`,
    targetQueue: `${base}.cancel`,
    targetRoutingKey: `${base}.cancel`,
    deadLetterExchange: `${base}.dlx`,
    deadLetterQueue: `${base}.cancel.dead`,
    deadLetterRoutingKey: `${base}.cancel.dead`,
  };
}

describe('TTL + dead-letter delayed delivery against a real broker', () => {
  let admin: BrokerAdmin;
  let connection: RabbitConnection;
  const cleanups: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    admin = await BrokerAdmin.open();
    connection = new RabbitConnection(settings, { name: 'delayed-test', logger: quietLogger() });
    await connection.connect();
  });

  afterAll(async () => {
    await connection.close();
    for (const cleanup of cleanups) await cleanup();
    await admin.close();
  });

  async function line(label: string, delays: number[]) {
    const names = testLine(label);
    const publisher = new DelayedPublisher(connection, names);
    await publisher.declare(delays);
    cleanups.push(async () => {
      const topology = delayedDeliveryTopology(names, delays);
      await admin.deleteTopology(topology);
    });
    return { names, publisher };
  }

  it('delivers a message after the queue TTL, with x-death naming the delay queue', async () => {
    const { names, publisher } = await line('ttl', [300]);
    const inbox = new Inbox<{ orderId: number }>();
    const consumer = await connection.consume(names.targetQueue, inbox.handler);
    const publishedAt = performance.now();
    await publisher.publishDelayed(300, { orderId: 9001 });
    const [delivery] = await inbox.waitFor(1);
    const waitedMs = performance.now() - publishedAt;

    expect(delivery.payload).toEqual({ orderId: 9001 });
    // Lower bound only: the broker never releases it before the TTL (10 ms for clock rounding).
    expect(waitedMs).toBeGreaterThanOrEqual(290);
    expect(xDeath(delivery.meta)[0]).toMatchObject({
      reason: 'expired',
      queue: delayQueueName(300, names),
      count: 1,
    });
    expect(delivery.meta.routingKey).toBe(names.targetRoutingKey);
    await consumer.cancel();
  });

  it('gives every delay its own queue, so a short delay never waits behind a long one', async () => {
    const { names, publisher } = await line('hol', [1500, 200]);
    const inbox = new Inbox<{ id: string }>();
    const consumer = await connection.consume(names.targetQueue, inbox.handler);
    await publisher.publishDelayed(1500, { id: 'slow' });
    await publisher.publishDelayed(200, { id: 'fast' });

    const deliveries = await inbox.waitFor(2);
    expect(deliveries.map((d) => d.payload.id)).toEqual(['fast', 'slow']);
    expect(xDeath(deliveries[0].meta)[0].queue).toBe(delayQueueName(200, names));
    expect(xDeath(deliveries[1].meta)[0].queue).toBe(delayQueueName(1500, names));
    await consumer.cancel();
  });

  it('declares the queue of a delay seen for the first time', async () => {
    const { names, publisher } = await line('lazy', [100]);
    cleanups.push(() => admin.deleteQueues(delayQueueName(250, names)));
    const inbox = new Inbox<{ id: number }>();
    const consumer = await connection.consume(names.targetQueue, inbox.handler);
    await publisher.publishDelayed(250, { id: 250 });
    const [delivery] = await inbox.waitFor(1);
    expect(xDeath(delivery.meta)[0].queue).toBe(delayQueueName(250, names));
    await consumer.cancel();
  });

  it('moves a delayed message whose handler keeps failing to the dead-letter queue', async () => {
    const { names, publisher } = await line('poison', [100]);
    let calls = 0;
    const consumer = await connection.consume(
      names.targetQueue,
      async () => {
        calls++;
        throw new Error('order service rejects it');
      },
      { maxRetries: 2 },
    );
    await publisher.publishDelayed(100, { orderId: 13, note: '订单' }, { messageId: 'order-13' });

    const dead = await admin.getOne(names.deadLetterQueue);
    expect(JSON.parse(dead.content.toString('utf8'))).toEqual({ orderId: 13, note: '订单' });
    expect(dead.properties.messageId).toBe('order-13');
    expect(xDeath(dead).map((d) => `${d.reason}:${d.queue}`)).toEqual([
      `rejected:${names.targetQueue}`,
      `expired:${delayQueueName(100, names)}`,
    ]);
    expect(calls).toBe(3);
    await consumer.cancel();
  });

  it('refuses delays that are not whole positive milliseconds', async () => {
    const publisher = new DelayedPublisher(connection, testLine('invalid'));
    await expect(publisher.publishDelayed(0, {})).rejects.toThrow(RangeError);
    await expect(publisher.publishDelayed(1.5, {})).rejects.toThrow(RangeError);
  });
});
