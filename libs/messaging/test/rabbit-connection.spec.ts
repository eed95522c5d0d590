import {
  PublishFailedError,
  RETRY_COUNT_HEADER,
  RabbitConnection,
  RabbitUnavailableError,
  TopologyMismatchError,
  Topology,
  rabbitHealthIndicator,
  rabbitMetrics,
} from '../src';
import { BrokerAdmin, Inbox, quietLogger, settings, uniqueName, xDeath } from './broker';

jest.setTimeout(20_000);

/** A direct exchange and a work queue that dead-letters into its own DLQ. */
function workTopology(label: string) {
  const names = {
    exchange: uniqueName(`${label}.x`),
    queue: uniqueName(`${label}.q`),
    dlx: uniqueName(`${label}.dlx`),
    dlq: uniqueName(`${label}.dlq`),
  };
  const topology: Topology = {
    exchanges: [
      { name: names.exchange, type: 'direct' },
      { name: names.dlx, type: 'direct' },
    ],
    queues: [
      { name: names.queue, deadLetterExchange: names.dlx, deadLetterRoutingKey: 'dead' },
      { name: names.dlq },
    ],
    bindings: [
      { queue: names.queue, exchange: names.exchange, routingKey: 'work' },
      { queue: names.dlq, exchange: names.dlx, routingKey: 'dead' },
    ],
  };
  return { names, topology };
}

describe('RabbitConnection against a real broker', () => {
  let admin: BrokerAdmin;
  let connection: RabbitConnection;
  const created: Topology[] = [];

  beforeAll(async () => {
    admin = await BrokerAdmin.open();
    connection = new RabbitConnection(settings, {
      name: 'messaging-lib-test',
      logger: quietLogger(),
      reconnectInitialDelayMs: 50,
    });
    await connection.connect();
  });

  afterAll(async () => {
    await connection.close();
    for (const topology of created) await admin.deleteTopology(topology);
    await admin.close();
  });

  async function declareWork(label: string) {
    const work = workTopology(label);
    created.push(work.topology);
    await connection.declareTopology(work.topology);
    return work.names;
  }

  it('publishes with a confirm and consumes with manual ack', async () => {
    const names = await declareWork('roundtrip');
    const inbox = new Inbox<{ orderId: number }>();
    const consumer = await connection.consume(names.queue, inbox.handler);
    const before = connection.metrics();

    await connection.publish(names.exchange, 'work', { orderId: 42 }, { messageId: 'm-42' });
    const [delivery] = await inbox.waitFor(1);

    expect(delivery.payload).toEqual({ orderId: 42 });
    expect(delivery.meta).toMatchObject({
      queue: names.queue,
      exchange: names.exchange,
      routingKey: 'work',
      messageId: 'm-42',
      retryCount: 0,
      redelivered: false,
    });
    expect(delivery.meta.properties.deliveryMode).toBe(2);
    expect(delivery.meta.properties.contentType).toBe('application/json');
    const after = connection.metrics();
    expect(after.confirmed - before.confirmed).toBe(1);
    expect(after.published - before.published).toBe(1);
    await consumer.cancel();
    await expect(admin.messageCount(names.queue)).resolves.toBe(0);
  });

  it('declares the same topology twice without error', async () => {
    const work = workTopology('idempotent');
    created.push(work.topology);
    await connection.declareTopology(work.topology);
    await expect(connection.declareTopology(work.topology)).resolves.toBeUndefined();
  });

  it('rejects an unroutable publish instead of letting the broker drop it', async () => {
    const names = await declareWork('unroutable');
    const failedBefore = connection.metrics().failed;
    const attempt = connection.publish(names.exchange, 'nobody-listens', { x: 1 });
    await expect(attempt).rejects.toBeInstanceOf(PublishFailedError);
    await expect(attempt).rejects.toMatchObject({ reason: 'unroutable' });
    expect(connection.metrics().failed - failedBefore).toBe(1);
  });

  it('rejects a publish to a missing exchange and keeps publishing afterwards', async () => {
    const names = await declareWork('missing-exchange');
    const missing = uniqueName('no-such-exchange');
    await expect(connection.publish(missing, 'k', { x: 1 })).rejects.toThrow(
      new RegExp(`NOT_FOUND - no exchange '${missing.replace(/\./g, '\\.')}'`),
    );
    const inbox = new Inbox<{ x: number }>();
    const consumer = await connection.consume(names.queue, inbox.handler);
    await connection.publish(names.exchange, 'work', { x: 2 });
    await expect(inbox.waitFor(1)).resolves.toEqual([
      expect.objectContaining({ payload: { x: 2 } }),
    ]);
    await consumer.cancel();
  });

  it('retries a failing handler maxRetries times, then dead-letters the intact payload', async () => {
    const names = await declareWork('poison');
    const attempts: number[] = [];
    const consumer = await connection.consume<{ sku: string }>(
      names.queue,
      async (_payload, meta) => {
        attempts.push(meta.retryCount);
        throw new Error('handler always fails');
      },
      { maxRetries: 3, prefetch: 1 },
    );
    await connection.publish(names.exchange, 'work', { sku: 'poison-1' }, { messageId: 'p-1' });

    const dead = await admin.getOne(names.dlq);
    expect(JSON.parse(dead.content.toString('utf8'))).toEqual({ sku: 'poison-1' });
    expect(dead.properties.messageId).toBe('p-1');
    expect(dead.properties.headers?.[RETRY_COUNT_HEADER]).toBe(3);
    expect(xDeath(dead)[0]).toMatchObject({ reason: 'rejected', queue: names.queue });
    expect(attempts).toEqual([0, 1, 2, 3]);
    await consumer.cancel();
    await expect(admin.messageCount(names.queue)).resolves.toBe(0);
  });

  it('keeps consuming while a poison message is being retried (no head-of-line blocking)', async () => {
    const names = await declareWork('poison-flow');
    const handled: string[] = [];
    const consumer = await connection.consume<{ id: string }>(
      names.queue,
      async (payload) => {
        if (payload.id === 'bad') throw new Error('cannot process');
        handled.push(payload.id);
      },
      { maxRetries: 2, prefetch: 1 },
    );
    await connection.publish(names.exchange, 'work', { id: 'bad' });
    await connection.publish(names.exchange, 'work', { id: 'good-1' });
    await connection.publish(names.exchange, 'work', { id: 'good-2' });
    const dead = await admin.getOne(names.dlq);
    expect(JSON.parse(dead.content.toString('utf8'))).toEqual({ id: 'bad' });
    while (handled.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(handled).toEqual(['good-1', 'good-2']);
    await consumer.cancel();
  });

  it('sends a body that is not JSON straight to the dead-letter queue', async () => {
    const names = await declareWork('not-json');
    const handler = jest.fn(async () => undefined);
    const consumer = await connection.consume(names.queue, handler, { maxRetries: 3 });
    await admin.publishRaw(names.queue, Buffer.from('\xac\xed java-serialized', 'latin1'));
    const dead = await admin.getOne(names.dlq);
    expect(dead.content.toString('latin1')).toBe('\xac\xed java-serialized');
    expect(dead.properties.headers?.[RETRY_COUNT_HEADER]).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
    await consumer.cancel();
  });

  it('names the queue and argument when an existing queue has other arguments', async () => {
    const queue = uniqueName('mismatch');
    created.push({ queues: [{ name: queue }] });
    await connection.declareTopology({ queues: [{ name: queue, messageTtlMs: 300 }] });
    const conflicting = connection.declareTopology({
      queues: [{ name: queue, messageTtlMs: 400 }],
    });
    await expect(conflicting).rejects.toBeInstanceOf(TopologyMismatchError);
    await expect(conflicting).rejects.toMatchObject({
      kind: 'queue',
      entity: queue,
      argument: 'x-message-ttl',
    });
    await expect(conflicting).rejects.toThrow(
      `RabbitMQ queue '${queue}' already exists with a different 'x-message-ttl' ` +
        `(declared 400, broker has 300); queue arguments cannot change: delete the queue or use a policy`,
    );
    // The conflict closed only a throw-away channel: the connection still works.
    expect(connection.isConnected).toBe(true);
    const names = await declareWork('after-mismatch');
    await expect(connection.publish(names.exchange, 'work', { ok: true })).resolves.toBeUndefined();
  });

  it('reports health and metrics', async () => {
    await expect(rabbitHealthIndicator(connection).check()).resolves.toEqual({
      consumers: connection.consumerCount,
    });
    expect(rabbitMetrics(connection)()).toMatchObject({ connected: 1 });
  });

  it('fails to consume from a queue that does not exist, naming it', async () => {
    const queue = uniqueName('absent');
    await expect(connection.consume(queue, async () => undefined)).rejects.toThrow(
      new RegExp(`cannot consume from queue '${queue.replace(/\./g, '\\.')}'.*NOT_FOUND`),
    );
  });
});

describe('RabbitConnection reconnect', () => {
  let admin: BrokerAdmin;
  const work = workTopology('reconnect');

  beforeAll(async () => {
    admin = await BrokerAdmin.open();
  });

  afterAll(async () => {
    await admin.deleteTopology(work.topology);
    await admin.close();
  });

  it('re-declares, restarts consumers and resumes publishing after the connection drops', async () => {
    const logger = quietLogger();
    const connection = new RabbitConnection(settings, {
      name: 'reconnect-test',
      logger,
      reconnectInitialDelayMs: 50,
    });
    try {
      await connection.declareTopology(work.topology);
      const inbox = new Inbox<{ n: number }>();
      await connection.consume(work.names.queue, inbox.handler);
      await connection.connect();
      await connection.publish(work.names.exchange, 'work', { n: 1 });
      await inbox.waitFor(1);

      await connection.simulateConnectionLoss();
      expect(connection.state).toBe('reconnecting');
      await expect(rabbitHealthIndicator(connection).check()).rejects.toThrow(/reconnecting/);

      // Issued while disconnected: waits for the new connection, then is confirmed.
      await connection.publish(work.names.exchange, 'work', { n: 2 });
      expect(connection.isConnected).toBe(true);
      await inbox.waitUntil((d) => d.payload.n === 2);
      // At-least-once: an ack lost with the socket makes the broker redeliver message 1, flagged.
      const repeats = inbox.received.filter((d) => d.payload.n === 1).slice(1);
      expect(repeats.every((d) => d.meta.redelivered)).toBe(true);
      expect(connection.metrics()).toMatchObject({ connected: 1, reconnects: 1 });
      expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/lost; reconnecting/));
    } finally {
      await connection.close();
    }
    expect(connection.state).toBe('closed');
  });
});

describe('RabbitConnection without a broker', () => {
  it('fails connect with one clear line that hides the credentials', async () => {
    const connection = new RabbitConnection(
      { url: 'amqp://mall:secret@127.0.0.1:1/mall', prefetch: 1 },
      { logger: quietLogger() },
    );
    const attempt = connection.connect();
    await expect(attempt).rejects.toBeInstanceOf(RabbitUnavailableError);
    await expect(attempt).rejects.toThrow(
      /^RabbitMQ at amqp:\/\/127\.0\.0\.1:1 vhost 'mall' is unreachable: .*ECONNREFUSED/,
    );
    await expect(attempt).rejects.not.toThrow(/secret/);
    expect(connection.state).toBe('idle');
    await connection.close();
  });

  it('rejects a publish at once when connect() was never called', async () => {
    const connection = new RabbitConnection(settings, { logger: quietLogger() });
    await expect(connection.publish('x', 'y', {})).rejects.toThrow(/connect\(\) was not called/);
    await connection.close();
  });

  it('rejects a publish after the bounded wait when the broker does not come back', async () => {
    const admin = await BrokerAdmin.open();
    const work = workTopology('no-comeback');
    const connection = new RabbitConnection(settings, {
      logger: quietLogger(),
      publishWaitMs: 300,
      reconnectInitialDelayMs: 60_000,
      reconnectMaxDelayMs: 60_000,
    });
    try {
      await connection.declareTopology(work.topology);
      await connection.connect();
      await connection.simulateConnectionLoss();
      const failedBefore = connection.metrics().failed;
      await expect(connection.publish(work.names.exchange, 'work', { n: 1 })).rejects.toThrow(
        /still unreachable after waiting 300 ms/,
      );
      expect(connection.metrics().failed).toBe(failedBefore + 1);
      await expect(admin.messageCount(work.names.queue)).resolves.toBe(0);
    } finally {
      await connection.close();
      await admin.deleteTopology(work.topology);
      await admin.close();
    }
  });
});
