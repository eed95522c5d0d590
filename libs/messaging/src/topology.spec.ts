import { TopologyMismatchError } from './errors';
import {
  ORDER_CANCEL_DEAD_QUEUE,
  ORDER_CANCEL_QUEUE,
  ORDER_DEAD_LETTER_EXCHANGE,
  ORDER_EXCHANGE,
  delayQueueName,
  orderCancelTopology,
} from './delayed-delivery';
import { describeDeclareError, queueDeclareOptions, validateTopology } from './topology';
import { RabbitConnection } from './rabbit-connection';

function brokerError(code: number, detail: string): Error {
  const error = new Error(
    `Operation failed: QueueDeclare; ${code} (PRECONDITION-FAILED) with message "${detail}"`,
  );
  return Object.assign(error, { code });
}

describe('describeDeclareError', () => {
  it('names queue, argument and both values for a changed TTL', () => {
    const err = describeDeclareError(
      brokerError(
        406,
        "PRECONDITION_FAILED - inequivalent arg 'x-message-ttl' for queue 'q.delay' in vhost '/': received '400' but current is '300'",
      ),
      "queue 'q.delay'",
    );
    expect(err).toBeInstanceOf(TopologyMismatchError);
    expect(err.message).toBe(
      "RabbitMQ queue 'q.delay' already exists with a different 'x-message-ttl' (declared 400, broker has 300); queue arguments cannot change: delete the queue or use a policy",
    );
  });

  it('handles an argument that is missing on one side', () => {
    const err = describeDeclareError(
      brokerError(
        406,
        "PRECONDITION_FAILED - inequivalent arg 'x-dead-letter-exchange' for queue 'mall.order.cancel' in vhost 'mall': received 'mall.order.dlx' but current is none",
      ),
      "queue 'mall.order.cancel'",
    );
    expect(err).toMatchObject({
      kind: 'queue',
      entity: 'mall.order.cancel',
      argument: 'x-dead-letter-exchange',
    });
    expect(err.message).toContain('(declared mall.order.dlx, broker has none)');
  });

  it('keeps other broker errors on one line with what was being declared', () => {
    const err = describeDeclareError(
      Object.assign(new Error('Operation failed: ExchangeDeclare;\n403 ACCESS_REFUSED'), {
        code: 403,
      }),
      "exchange 'x'",
    );
    expect(err.message).toBe(
      "RabbitMQ rejected the declaration of exchange 'x': Operation failed: ExchangeDeclare; 403 ACCESS_REFUSED",
    );
  });
});

describe('orderCancelTopology', () => {
  it('declares one TTL queue per delay, dead-lettering into the work queue', () => {
    const topology = orderCancelTopology([7_200_000, 1_800_000, 7_200_000]);
    const delayQueues = topology.queues?.filter((q) => q.messageTtlMs !== undefined) ?? [];
    expect(delayQueues.map((q) => [q.name, q.messageTtlMs])).toEqual([
      ['mall.order.cancel.delay.7200000', 7_200_000],
      ['mall.order.cancel.delay.1800000', 1_800_000],
    ]);
    for (const q of delayQueues) {
      expect(queueDeclareOptions(q).arguments).toEqual({
        'x-message-ttl': q.messageTtlMs,
        'x-dead-letter-exchange': ORDER_EXCHANGE,
        'x-dead-letter-routing-key': 'mall.order.cancel',
      });
    }
    const work = topology.queues?.find((q) => q.name === ORDER_CANCEL_QUEUE);
    expect(work && queueDeclareOptions(work)).toEqual({
      durable: true,
      exclusive: false,
      autoDelete: false,
      arguments: {
        'x-dead-letter-exchange': ORDER_DEAD_LETTER_EXCHANGE,
        'x-dead-letter-routing-key': ORDER_CANCEL_DEAD_QUEUE,
      },
    });
    expect(topology.bindings).toEqual(
      expect.arrayContaining([
        { queue: ORDER_CANCEL_QUEUE, exchange: ORDER_EXCHANGE, routingKey: 'mall.order.cancel' },
        {
          queue: ORDER_CANCEL_DEAD_QUEUE,
          exchange: ORDER_DEAD_LETTER_EXCHANGE,
          routingKey: ORDER_CANCEL_DEAD_QUEUE,
        },
        {
          queue: delayQueueName(7_200_000),
          exchange: ORDER_EXCHANGE,
          routingKey: 'mall.order.cancel.delay.7200000',
        },
      ]),
    );
    expect(() => validateTopology(topology)).not.toThrow();
  });

  it('rejects impossible delays and TTLs', () => {
    expect(() => orderCancelTopology([0])).toThrow(RangeError);
    expect(() => validateTopology({ queues: [{ name: 'q', messageTtlMs: -1 }] })).toThrow(
      RangeError,
    );
    expect(() => validateTopology({ exchanges: [{ name: 'amq.mine', type: 'direct' }] })).toThrow(
      /reserved/,
    );
  });
});

describe('RabbitConnection settings', () => {
  it('describes the endpoint without credentials and applies a vhost override', () => {
    const connection = new RabbitConnection({
      url: 'amqp://mall:secret@rabbit.mall.svc:5672/%2Fmall',
      prefetch: 5,
    });
    expect(connection.endpoint).toBe("amqp://rabbit.mall.svc:5672 vhost '/mall'");
    const overridden = new RabbitConnection({
      url: 'amqp://mall:secret@rabbit:5672',
      prefetch: 5,
      vhost: 'mall',
    });
    expect(overridden.endpoint).toBe("amqp://rabbit:5672 vhost 'mall'");
  });

  it('rejects a URL that is not AMQP with a line naming the setting', () => {
    expect(() => new RabbitConnection({ url: 'http://rabbit', prefetch: 1 })).toThrow(
      'rabbitmq.url must start with amqp:// or amqps://',
    );
    expect(() => new RabbitConnection({ url: 'not a url', prefetch: 1 })).toThrow(
      'rabbitmq.url is not a valid URL',
    );
  });
});
