import { randomUUID } from 'node:crypto';
import * as amqp from 'amqplib';
import type { ConsumeMessage, GetMessage } from 'amqplib';
import type { MessageMeta, MessagingLogger, RabbitSettings, Topology } from '../src';

export const BROKER_URL = process.env['RABBITMQ_URL'] ?? 'amqp://guest:guest@127.0.0.1:5672';
export const settings: RabbitSettings = { url: BROKER_URL, prefetch: 10 };

/** Names unique to this process and call, so parallel test runs never share broker objects. */
export function uniqueName(label: string): string {
  return `mall.t.${process.pid}.${randomUUID().slice(0, 8)}.${label}`;
}

export function quietLogger(): MessagingLogger & Record<'info' | 'warn' | 'error', jest.Mock> {
  return { info: jest.fn(), warn: jest.fn(), error: jest.fn() };
}

export interface Delivery<T> {
  payload: T;
  meta: MessageMeta;
}

/** Collects deliveries in arrival order and lets a test await them. */
export class Inbox<T> {
  readonly received: Array<Delivery<T>> = [];
  private readonly waiting: Array<() => void> = [];

  readonly handler = async (payload: T, meta: MessageMeta): Promise<void> => {
    this.received.push({ payload, meta });
    for (const wake of this.waiting.splice(0)) wake();
  };

  /** Resolves when `count` deliveries have arrived; the test's own timeout bounds the wait. */
  async waitFor(count: number): Promise<Array<Delivery<T>>> {
    while (this.received.length < count) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    return this.received.slice(0, count);
  }

  /** Resolves with the first delivery matching `predicate`, waiting for it if need be. */
  async waitUntil(predicate: (delivery: Delivery<T>) => boolean): Promise<Delivery<T>> {
    for (;;) {
      const found = this.received.find(predicate);
      if (found) return found;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }
}

/** A plain amqplib connection for what the code under test must not do itself. */
export class BrokerAdmin {
  private constructor(private readonly model: amqp.ChannelModel) {}

  static async open(): Promise<BrokerAdmin> {
    return new BrokerAdmin(await amqp.connect(BROKER_URL));
  }

  private async withChannel<R>(work: (channel: amqp.ConfirmChannel) => Promise<R>): Promise<R> {
    const channel = await this.model.createConfirmChannel();
    channel.on('error', () => undefined);
    try {
      return await work(channel);
    } finally {
      await channel.close().catch(() => undefined);
    }
  }

  /** Publishes raw bytes to a queue through the default exchange. */
  publishRaw(queue: string, body: Buffer): Promise<void> {
    return this.withChannel(async (channel) => {
      channel.sendToQueue(queue, body, { persistent: true, messageId: randomUUID() });
      await channel.waitForConfirms();
    });
  }

  /** Polls a queue until a message is there (bounded by the test timeout). */
  async getOne(queue: string): Promise<GetMessage> {
    for (;;) {
      const message = await this.withChannel((channel) => channel.get(queue, { noAck: true }));
      if (message) return message;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  messageCount(queue: string): Promise<number> {
    return this.withChannel(async (channel) => (await channel.checkQueue(queue)).messageCount);
  }

  async deleteTopology(topology: Topology): Promise<void> {
    await this.withChannel(async (channel) => {
      for (const queue of topology.queues ?? []) await channel.deleteQueue(queue.name);
      for (const exchange of topology.exchanges ?? []) await channel.deleteExchange(exchange.name);
    });
  }

  async deleteQueues(...queues: string[]): Promise<void> {
    await this.withChannel(async (channel) => {
      for (const queue of queues) await channel.deleteQueue(queue);
    });
  }

  close(): Promise<void> {
    return this.model.close();
  }
}

export function xDeath(message: ConsumeMessage | GetMessage | MessageMeta): Array<{
  reason?: string;
  queue?: string;
  count?: number;
}> {
  const headers = 'headers' in message ? message.headers : message.properties.headers;
  return ((headers ?? {})['x-death'] ?? []) as Array<{ reason?: string; queue?: string }>;
}
