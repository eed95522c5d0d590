import type { Channel, Options } from 'amqplib';
import { TopologyMismatchError } from './errors';

export interface ExchangeSpec {
  name: string;
  type: 'direct' | 'topic' | 'fanout' | 'headers';
  /** Defaults to true. */
  durable?: boolean;
  arguments?: Record<string, unknown>;
}

export interface QueueSpec {
  name: string;
  /** Defaults to true. */
  durable?: boolean;
  /** Queue-level TTL (`x-message-ttl`); every message in the queue expires after it. */
  messageTtlMs?: number;
  /** Where rejected or expired messages go (`x-dead-letter-exchange`). */
  deadLetterExchange?: string;
  /** Routing key they are re-published with (`x-dead-letter-routing-key`). */
  deadLetterRoutingKey?: string;
  arguments?: Record<string, unknown>;
}

export interface BindingSpec {
  queue: string;
  exchange: string;
  routingKey: string;
}

export interface Topology {
  exchanges?: ExchangeSpec[];
  queues?: QueueSpec[];
  bindings?: BindingSpec[];
}

/** Normalised set of declarations; adding the same entity twice keeps one copy. */
export class TopologyRegistry {
  private readonly exchanges = new Map<string, ExchangeSpec>();
  private readonly queues = new Map<string, QueueSpec>();
  private readonly bindings = new Map<string, BindingSpec>();

  add(topology: Topology): void {
    for (const exchange of topology.exchanges ?? []) this.exchanges.set(exchange.name, exchange);
    for (const queue of topology.queues ?? []) this.queues.set(queue.name, queue);
    for (const binding of topology.bindings ?? []) {
      this.bindings.set(bindingKey(binding), binding);
    }
  }

  remove(topology: Topology): void {
    for (const exchange of topology.exchanges ?? []) this.exchanges.delete(exchange.name);
    for (const queue of topology.queues ?? []) this.queues.delete(queue.name);
    for (const binding of topology.bindings ?? []) this.bindings.delete(bindingKey(binding));
  }

  snapshot(): Required<Topology> {
    return {
      exchanges: [...this.exchanges.values()],
      queues: [...this.queues.values()],
      bindings: [...this.bindings.values()],
    };
  }

  get isEmpty(): boolean {
    return this.exchanges.size + this.queues.size + this.bindings.size === 0;
  }
}

function bindingKey(binding: BindingSpec): string {
  return JSON.stringify([binding.queue, binding.exchange, binding.routingKey]);
}

/** Rejects names and values the broker would refuse later with a less helpful message. */
export function validateTopology(topology: Topology): void {
  for (const exchange of topology.exchanges ?? []) {
    if (!exchange.name) throw new TypeError('exchange name must not be empty');
    if (exchange.name.startsWith('amq.')) {
      throw new TypeError(`exchange '${exchange.name}': the amq. prefix is reserved`);
    }
  }
  for (const queue of topology.queues ?? []) {
    if (!queue.name) throw new TypeError('queue name must not be empty');
    const ttl = queue.messageTtlMs;
    if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 0 || ttl > 0xffffffff)) {
      throw new RangeError(`queue '${queue.name}': messageTtlMs must be an integer in 0..2^32-1`);
    }
  }
  for (const binding of topology.bindings ?? []) {
    if (!binding.queue || !binding.exchange) {
      throw new TypeError(`binding ${JSON.stringify(binding)} needs a queue and an exchange`);
    }
  }
}

export function queueDeclareOptions(queue: QueueSpec): Options.AssertQueue {
  const args: Record<string, unknown> = { ...(queue.arguments ?? {}) };
  if (queue.messageTtlMs !== undefined) args['x-message-ttl'] = queue.messageTtlMs;
  if (queue.deadLetterExchange !== undefined) {
    args['x-dead-letter-exchange'] = queue.deadLetterExchange;
  }
  if (queue.deadLetterRoutingKey !== undefined) {
    args['x-dead-letter-routing-key'] = queue.deadLetterRoutingKey;
  }
  return { durable: queue.durable ?? true, exclusive: false, autoDelete: false, arguments: args };
}

/**
 * Declares everything on the given channel, in dependency order. Idempotent while the arguments
 * match; a 406 is turned into a TopologyMismatchError (the broker has closed the channel by then,
 * so callers use a throw-away channel).
 */
export async function declareOnChannel(channel: Channel, topology: Topology): Promise<void> {
  let current = '';
  try {
    for (const exchange of topology.exchanges ?? []) {
      current = `exchange '${exchange.name}'`;
      await channel.assertExchange(exchange.name, exchange.type, {
        durable: exchange.durable ?? true,
        autoDelete: false,
        arguments: exchange.arguments,
      });
    }
    for (const queue of topology.queues ?? []) {
      current = `queue '${queue.name}'`;
      await channel.assertQueue(queue.name, queueDeclareOptions(queue));
    }
    for (const binding of topology.bindings ?? []) {
      current = `binding of queue '${binding.queue}' to exchange '${binding.exchange}'`;
      await channel.bindQueue(binding.queue, binding.exchange, binding.routingKey);
    }
  } catch (err) {
    throw describeDeclareError(err, current);
  }
}

/** Turns the broker's 406 text into one line that names the entity and the argument. */
export function describeDeclareError(err: unknown, declaring: string): Error {
  const code = (err as { code?: unknown } | null)?.code;
  const message = (err as { message?: unknown } | null)?.message;
  const text = typeof message === 'string' ? message : String(err);
  if (code === 406) {
    const match =
      /inequivalent arg '([^']+)' for (queue|exchange) '([^']+)'[^:]*:\s*received (.+?) but current is (.+?)"?$/.exec(
        text,
      );
    if (match) {
      const [, argument, kind, entity, received, current] = match;
      return new TopologyMismatchError(
        kind as 'queue' | 'exchange',
        entity,
        argument,
        `RabbitMQ ${kind} '${entity}' already exists with a different '${argument}' ` +
          `(declared ${plainValue(received)}, broker has ${plainValue(current)}); ` +
          `${kind} arguments cannot change: delete the ${kind} or use a policy`,
      );
    }
  }
  const summary = text.replace(/\s+/g, ' ').trim();
  return new Error(`RabbitMQ rejected the declaration of ${declaring}: ${summary}`, { cause: err });
}

function plainValue(text: string): string {
  // "'400'", "none" or "the value '300' of type 'short'"
  const quoted = /'([^']*)'/.exec(text);
  return quoted ? quoted[1] : text.trim();
}
