import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import * as amqp from 'amqplib';
import type {
  Channel,
  ChannelModel,
  ConfirmChannel,
  ConsumeMessage,
  MessageProperties,
  Options,
} from 'amqplib';
import { PublishFailedError, RabbitUnavailableError } from './errors';
import { MessagingLogger, RabbitSettings } from './messaging-settings';
import { Topology, TopologyRegistry, declareOnChannel, validateTopology } from './topology';

/** Header carrying how many times a consumer has already re-published a failed message. */
export const RETRY_COUNT_HEADER = 'x-retry-count';

export interface RabbitConnectionOptions {
  /** Reported to the broker as connection_name and used in log lines; usually the service name. */
  name?: string;
  logger?: MessagingLogger;
  /** First reconnect delay; doubles per failed attempt up to reconnectMaxDelayMs. */
  reconnectInitialDelayMs?: number;
  reconnectMaxDelayMs?: number;
  /** How long a publish issued while disconnected waits for the connection to come back. */
  publishWaitMs?: number;
  /** How long a publish waits for the broker's confirm. */
  confirmTimeoutMs?: number;
  /** TCP connect + AMQP handshake limit. */
  connectTimeoutMs?: number;
  /** Upper bound for close(), including waiting for running handlers. */
  closeTimeoutMs?: number;
  /** Used when the URL has no `heartbeat` parameter. */
  heartbeatSeconds?: number;
}

export interface PublishOptions {
  headers?: Record<string, unknown>;
  /** Defaults to a random UUID. */
  messageId?: string;
  /** Survives a broker restart when the queue is durable. Defaults to true. */
  persistent?: boolean;
  correlationId?: string;
  type?: string;
}

export interface MessageMeta {
  queue: string;
  exchange: string;
  routingKey: string;
  messageId?: string;
  headers: Record<string, unknown>;
  /** How many times this message has already failed in a handler and been re-published. */
  retryCount: number;
  redelivered: boolean;
  properties: MessageProperties;
}

export type MessageHandler<T> = (payload: T, meta: MessageMeta) => Promise<void>;

export interface ConsumeOptions {
  /** Unacknowledged deliveries for this consumer; defaults to the settings' prefetch. */
  prefetch?: number;
  /** Re-publications after a handler failure before the message is dead-lettered. Default 3. */
  maxRetries?: number;
}

export interface ConsumerHandle {
  readonly queue: string;
  /** Stops deliveries, waits for running handlers (bounded) and forgets the consumer. */
  cancel(): Promise<void>;
}

export type ConnectionState =
  | 'idle'
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  | 'closing'
  | 'closed';

export interface RabbitMetricsSnapshot {
  connected: 0 | 1;
  published: number;
  confirmed: number;
  failed: number;
  consumed: number;
  acked: number;
  retried: number;
  deadLettered: number;
  reconnects: number;
}

interface ConsumerRegistration {
  id: number;
  queue: string;
  handler: MessageHandler<unknown>;
  prefetch: number;
  maxRetries: number;
  channel: Channel | null;
  consumerTag: string | null;
  inFlight: number;
  idleWaiters: Array<() => void>;
  restartTimer: NodeJS.Timeout | null;
  restartAttempt: number;
}

interface PublishChannel {
  channel: ConfirmChannel;
  /** Message ids the broker returned as unroutable; it sends basic.return before the ack. */
  returned: Set<string>;
  lastError: Error | null;
}

interface ConnectionWaiter {
  resolve: () => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

const DEFAULTS = {
  reconnectInitialDelayMs: 200,
  reconnectMaxDelayMs: 10_000,
  publishWaitMs: 5000,
  confirmTimeoutMs: 5000,
  connectTimeoutMs: 5000,
  closeTimeoutMs: 5000,
  heartbeatSeconds: 15,
};

function nestMessagingLogger(context: string): MessagingLogger {
  const logger = new Logger(context);
  return {
    info: (message) => logger.log(message),
    warn: (message) => logger.warn(message),
    error: (message) => logger.error(message),
  };
}

function errorText(err: unknown): string {
  // Duck-typed: errors from another realm (e.g. Node internals under a VM context) fail instanceof.
  const message = (err as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(err);
}

/**
 * One AMQP connection shared by a service: a confirm channel for publishing and one channel per
 * consumer. The declared topology and consumers are remembered, so after a lost connection the
 * client reconnects with capped backoff, re-declares the topology and restarts the consumers.
 */
export class RabbitConnection {
  private readonly options: Required<Omit<RabbitConnectionOptions, 'logger'>>;
  private readonly logger: MessagingLogger;
  private readonly url: string;
  /** Host, port and vhost without credentials, for messages. */
  readonly endpoint: string;

  private stateValue: ConnectionState = 'idle';
  private model: ChannelModel | null = null;
  private generation = 0;
  private opening: Promise<void> | null = null;
  private closing: Promise<void> | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private reconnectAttempt = 0;
  private publishChannel: Promise<PublishChannel> | null = null;
  private readonly topology = new TopologyRegistry();
  private readonly consumers = new Map<number, ConsumerRegistration>();
  private nextConsumerId = 1;
  private readonly waiters = new Set<ConnectionWaiter>();
  private readonly counters = {
    published: 0,
    confirmed: 0,
    failed: 0,
    consumed: 0,
    acked: 0,
    retried: 0,
    deadLettered: 0,
    reconnects: 0,
  };

  constructor(
    private readonly settings: RabbitSettings,
    options: RabbitConnectionOptions = {},
  ) {
    this.options = {
      name: options.name ?? 'mall',
      reconnectInitialDelayMs: options.reconnectInitialDelayMs ?? DEFAULTS.reconnectInitialDelayMs,
      reconnectMaxDelayMs: options.reconnectMaxDelayMs ?? DEFAULTS.reconnectMaxDelayMs,
      publishWaitMs: options.publishWaitMs ?? DEFAULTS.publishWaitMs,
      confirmTimeoutMs: options.confirmTimeoutMs ?? DEFAULTS.confirmTimeoutMs,
      connectTimeoutMs: options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
      closeTimeoutMs: options.closeTimeoutMs ?? DEFAULTS.closeTimeoutMs,
      heartbeatSeconds: options.heartbeatSeconds ?? DEFAULTS.heartbeatSeconds,
    };
    this.logger = options.logger ?? nestMessagingLogger(`RabbitMQ:${this.options.name}`);
    const parsed = this.parseUrl(settings);
    this.url = parsed.url;
    this.endpoint = parsed.endpoint;
  }

  get state(): ConnectionState {
    return this.stateValue;
  }

  get isConnected(): boolean {
    return this.stateValue === 'connected';
  }

  get consumerCount(): number {
    return this.consumers.size;
  }

  metrics(): RabbitMetricsSnapshot {
    return { connected: this.isConnected ? 1 : 0, ...this.counters };
  }

  /**
   * Opens the connection, declares the registered topology and starts registered consumers.
   * Rejects with a one-line error when the broker is unreachable or the topology conflicts; it
   * does not retry: retries are for connections that were established once.
   */
  async connect(): Promise<void> {
    if (this.stateValue === 'connected') return;
    if (this.stateValue === 'closing' || this.stateValue === 'closed') {
      throw new RabbitUnavailableError(`RabbitMQ connection to ${this.endpoint} is closed`);
    }
    if (this.opening) return this.opening;
    // Already recovering on its own: join the recovery instead of opening a second connection.
    if (this.stateValue === 'reconnecting') return this.whenConnected(this.options.publishWaitMs);
    this.stateValue = 'connecting';
    this.opening = this.open(false)
      .catch((err: unknown) => {
        if (this.stateValue === 'connecting') this.stateValue = 'idle';
        this.rejectWaiters(err instanceof Error ? err : new RabbitUnavailableError(String(err)));
        throw err;
      })
      .finally(() => {
        this.opening = null;
      });
    return this.opening;
  }

  /**
   * Declares exchanges, queues and bindings now (when connected) and again after every reconnect.
   * A conflicting existing queue fails with a TopologyMismatchError naming queue and argument.
   */
  async declareTopology(topology: Topology): Promise<void> {
    validateTopology(topology);
    if (this.model && this.stateValue === 'connected') {
      await this.declareNow(this.model, topology);
      this.topology.add(topology);
      return;
    }
    this.topology.add(topology);
    if (this.stateValue === 'connecting' || this.stateValue === 'reconnecting') {
      // The opening connection may already have declared its snapshot: declare again once open.
      await this.whenConnected(this.options.publishWaitMs);
      if (this.model) await this.declareNow(this.model, topology);
    }
  }

  /**
   * Publishes JSON and resolves once the broker has confirmed it. Rejects on nack, on an
   * unroutable message, on confirm timeout, or when the connection does not come back in time.
   */
  async publish(
    exchange: string,
    routingKey: string,
    payload: object,
    options: PublishOptions = {},
  ): Promise<void> {
    const body = Buffer.from(JSON.stringify(payload), 'utf8');
    await this.publishBuffer(exchange, routingKey, body, {
      persistent: options.persistent ?? true,
      headers: options.headers ?? {},
      messageId: options.messageId ?? randomUUID(),
      correlationId: options.correlationId,
      type: options.type,
      contentType: 'application/json',
      contentEncoding: 'utf-8',
      timestamp: Math.floor(Date.now() / 1000),
      appId: this.options.name,
    });
  }

  /**
   * Manual-ack consumer. Success acks; a throwing handler re-publishes the message with an
   * incremented `x-retry-count` up to maxRetries, then rejects it so the queue's dead-letter
   * exchange moves it to the DLQ. Bodies that are not JSON go to the DLQ at once.
   */
  async consume<T = unknown>(
    queue: string,
    handler: MessageHandler<T>,
    options: ConsumeOptions = {},
  ): Promise<ConsumerHandle> {
    const prefetch = options.prefetch ?? this.settings.prefetch;
    const maxRetries = options.maxRetries ?? 3;
    if (!Number.isInteger(prefetch) || prefetch < 1) {
      throw new RangeError(`prefetch must be a positive integer, got ${prefetch}`);
    }
    if (!Number.isInteger(maxRetries) || maxRetries < 0) {
      throw new RangeError(`maxRetries must be a non-negative integer, got ${maxRetries}`);
    }
    const registration: ConsumerRegistration = {
      id: this.nextConsumerId++,
      queue,
      handler: handler as MessageHandler<unknown>,
      prefetch,
      maxRetries,
      channel: null,
      consumerTag: null,
      inFlight: 0,
      idleWaiters: [],
      restartTimer: null,
      restartAttempt: 0,
    };
    if (this.model && this.stateValue === 'connected') {
      await this.startConsumer(registration, this.model, this.generation);
    }
    this.consumers.set(registration.id, registration);
    return {
      queue,
      cancel: () => this.cancelConsumer(registration),
    };
  }

  /**
   * Stops consumers, waits for running handlers and closes the connection, all within
   * closeTimeoutMs; a connection that does not close in time has its socket destroyed.
   */
  close(): Promise<void> {
    if (this.stateValue === 'closed') return Promise.resolve();
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    this.stateValue = 'closing';
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.rejectWaiters(
      new RabbitUnavailableError(`RabbitMQ connection to ${this.endpoint} closed`),
    );
    const deadline = Date.now() + this.options.closeTimeoutMs;
    const consumers = [...this.consumers.values()];
    await Promise.all(consumers.map((c) => this.stopDeliveries(c)));
    await this.withDeadline(
      Promise.all(consumers.map((c) => this.whenIdle(c))),
      deadline - Date.now(),
    );
    const model = this.model;
    this.model = null;
    this.publishChannel = null;
    this.generation++;
    if (model) {
      const closed = await this.withDeadline(
        model.close().then(() => true),
        deadline - Date.now(),
      );
      if (closed !== true) {
        this.socketOf(model)?.destroy(
          new Error(`close timed out after ${this.options.closeTimeoutMs} ms`),
        );
      }
    }
    this.stateValue = 'closed';
  }

  /**
   * Drops the TCP connection without an AMQP close, as a broker crash or network cut would, and
   * resolves once the loss has been noticed. Used by tests and chaos drills of the reconnect path.
   */
  async simulateConnectionLoss(): Promise<void> {
    const model = this.model;
    if (!model || this.stateValue !== 'connected') {
      throw new RabbitUnavailableError(`RabbitMQ connection to ${this.endpoint} is not open`);
    }
    const noticed = new Promise<void>((resolve) => model.once('close', () => resolve()));
    // amqplib notices a socket 'error' (not a bare 'close'), as with a reset by a dead broker.
    this.socketOf(model)?.destroy(new Error('connection reset (simulated)'));
    await noticed;
  }

  /** Resolves when connected; waits up to `timeoutMs` while connecting or reconnecting. */
  whenConnected(timeoutMs: number): Promise<void> {
    if (this.stateValue === 'connected') return Promise.resolve();
    if (this.stateValue !== 'connecting' && this.stateValue !== 'reconnecting') {
      return Promise.reject(
        new RabbitUnavailableError(
          `RabbitMQ connection to ${this.endpoint} is ${this.stateValue}` +
            (this.stateValue === 'idle' ? ' (connect() was not called)' : ''),
        ),
      );
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: ConnectionWaiter = {
        resolve: () => {
          clearTimeout(waiter.timer);
          this.waiters.delete(waiter);
          resolve();
        },
        reject: (err) => {
          clearTimeout(waiter.timer);
          this.waiters.delete(waiter);
          reject(err);
        },
        timer: setTimeout(
          () =>
            waiter.reject(
              new RabbitUnavailableError(
                `RabbitMQ at ${this.endpoint} still unreachable after waiting ${timeoutMs} ms`,
              ),
            ),
          timeoutMs,
        ),
      };
      this.waiters.add(waiter);
    });
  }

  // ---- connection lifecycle ----

  private async open(isReconnect: boolean): Promise<void> {
    let model: ChannelModel;
    try {
      model = await amqp.connect(this.url, {
        timeout: this.options.connectTimeoutMs,
        clientProperties: { connection_name: this.options.name },
      });
    } catch (err) {
      throw new RabbitUnavailableError(
        `RabbitMQ at ${this.endpoint} is unreachable: ${errorText(err)}`,
        { cause: err },
      );
    }
    const generation = ++this.generation;
    let lost = false;
    model.on('error', (err: Error) => {
      this.logger.warn(`RabbitMQ connection to ${this.endpoint} failed: ${err.message}`);
    });
    model.on('close', () => {
      lost = true;
      this.onConnectionLost(model);
    });
    model.on('blocked', (reason: string) => {
      this.logger.warn(`RabbitMQ blocked publishing from ${this.options.name}: ${reason}`);
    });
    model.on('unblocked', () => this.logger.info('RabbitMQ unblocked publishing'));

    const abandon = async (err: unknown): Promise<never> => {
      await model.close().catch(() => undefined);
      throw err;
    };
    const checkStillWanted = async () => {
      if (this.stateValue === 'closing' || this.stateValue === 'closed') {
        await abandon(new RabbitUnavailableError(`RabbitMQ connection to ${this.endpoint} closed`));
      }
      if (lost) {
        throw new RabbitUnavailableError(
          `RabbitMQ connection to ${this.endpoint} dropped while opening`,
        );
      }
    };

    await checkStillWanted();
    try {
      if (!this.topology.isEmpty) await this.declareNow(model, this.topology.snapshot());
    } catch (err) {
      await checkStillWanted();
      // A conflicting queue does not heal by reconnecting: fail start-up, but after a reconnect
      // keep the connection for everything else.
      if (!isReconnect) await abandon(err);
      this.logger.error(`re-declaring topology after reconnect failed: ${errorText(err)}`);
    }
    for (const registration of this.consumers.values()) {
      try {
        await this.startConsumer(registration, model, generation);
      } catch (err) {
        await checkStillWanted();
        if (!isReconnect) await abandon(err);
        this.logger.error(errorText(err));
        this.scheduleConsumerRestart(registration, generation);
      }
    }
    await checkStillWanted();
    this.model = model;
    this.stateValue = 'connected';
    this.reconnectAttempt = 0;
    for (const waiter of [...this.waiters]) waiter.resolve();
  }

  private onConnectionLost(model: ChannelModel): void {
    // Only a connection that was fully open counts; failures while opening reject open() itself.
    if (this.model !== model) return;
    if (this.stateValue === 'closing' || this.stateValue === 'closed') return;
    this.model = null;
    this.publishChannel = null;
    for (const registration of this.consumers.values()) {
      registration.channel = null;
      registration.consumerTag = null;
    }
    this.stateValue = 'reconnecting';
    this.logger.warn(`RabbitMQ connection to ${this.endpoint} lost; reconnecting`);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const attempt = ++this.reconnectAttempt;
    const wait = Math.min(
      this.options.reconnectInitialDelayMs * 2 ** Math.min(attempt - 1, 16),
      this.options.reconnectMaxDelayMs,
    );
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.stateValue !== 'reconnecting') return;
      this.open(true).then(
        () => {
          this.counters.reconnects++;
          this.logger.info(`RabbitMQ connection to ${this.endpoint} re-established`);
        },
        (err: unknown) => {
          if (this.stateValue !== 'reconnecting') return;
          // One line per outage, not per attempt.
          if (attempt === 1) this.logger.error(`${errorText(err)}; still retrying`);
          this.scheduleReconnect();
        },
      );
    }, wait);
  }

  private async declareNow(model: ChannelModel, topology: Topology): Promise<void> {
    // A 406 closes the channel it happens on, so declarations never share a long-lived channel.
    const channel = await model.createChannel();
    channel.on('error', () => undefined);
    try {
      await declareOnChannel(channel, topology);
    } finally {
      await channel.close().catch(() => undefined);
    }
  }

  private rejectWaiters(err: Error): void {
    for (const waiter of [...this.waiters]) waiter.reject(err);
  }

  private socketOf(model: ChannelModel): Socket | undefined {
    // amqplib keeps the socket on connection.stream; its type definitions do not declare it.
    return (model.connection as unknown as { stream?: Socket }).stream;
  }

  private async withDeadline<T>(work: Promise<T>, ms: number): Promise<T | 'timeout'> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), Math.max(ms, 0));
    });
    try {
      return await Promise.race([work.catch(() => 'timeout' as const), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  // ---- publishing ----

  private async publishBuffer(
    exchange: string,
    routingKey: string,
    body: Buffer,
    properties: Options.Publish & { messageId: string },
  ): Promise<void> {
    if (this.stateValue !== 'connected') {
      try {
        await this.whenConnected(this.options.publishWaitMs);
      } catch (err) {
        this.counters.failed++;
        throw err;
      }
    }
    const target = `exchange '${exchange || '(default)'}' with routing key '${routingKey}'`;
    let publisher: PublishChannel;
    try {
      publisher = await this.getPublishChannel();
    } catch (err) {
      this.counters.failed++;
      throw new RabbitUnavailableError(`cannot publish to ${target}: ${errorText(err)}`, {
        cause: err,
      });
    }
    this.counters.published++;
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const settle = (err: PublishFailedError | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        publisher.returned.delete(properties.messageId);
        if (err) {
          this.counters.failed++;
          reject(err);
        } else {
          this.counters.confirmed++;
          resolve();
        }
      };
      const timer = setTimeout(
        () =>
          settle(
            new PublishFailedError(
              'timeout',
              `broker did not confirm the message to ${target} within ${this.options.confirmTimeoutMs} ms`,
            ),
          ),
        this.options.confirmTimeoutMs,
      );
      try {
        publisher.channel.publish(
          exchange,
          routingKey,
          body,
          { ...properties, mandatory: true },
          (err) => {
            if (publisher.returned.has(properties.messageId)) {
              settle(new PublishFailedError('unroutable', `no queue is bound to ${target}`));
            } else if (!err) {
              settle(null);
            } else if (publisher.lastError) {
              settle(
                new PublishFailedError(
                  'channel-closed',
                  `publish to ${target} failed: ${publisher.lastError.message}`,
                ),
              );
            } else if (/nack/i.test(errorText(err))) {
              settle(new PublishFailedError('nack', `broker refused the message to ${target}`));
            } else {
              settle(
                new PublishFailedError(
                  'channel-closed',
                  `connection lost before the broker confirmed the message to ${target}`,
                ),
              );
            }
          },
        );
      } catch (err) {
        settle(
          new PublishFailedError(
            'channel-closed',
            `publish to ${target} failed: ${errorText(err)}`,
          ),
        );
      }
    });
  }

  private getPublishChannel(): Promise<PublishChannel> {
    if (this.publishChannel) return this.publishChannel;
    const model = this.model;
    if (!model) {
      return Promise.reject(new RabbitUnavailableError(`not connected to ${this.endpoint}`));
    }
    const created = model.createConfirmChannel().then((channel) => {
      const publisher: PublishChannel = { channel, returned: new Set(), lastError: null };
      channel.on('error', (err: Error) => {
        publisher.lastError = err;
        this.logger.warn(`RabbitMQ publish channel closed by the broker: ${err.message}`);
      });
      channel.on('return', (message: ConsumeMessage) => {
        const id = message.properties.messageId as string | undefined;
        if (id) publisher.returned.add(id);
      });
      channel.on('close', () => {
        if (this.publishChannel === created) this.publishChannel = null;
      });
      return publisher;
    });
    created.catch(() => {
      if (this.publishChannel === created) this.publishChannel = null;
    });
    this.publishChannel = created;
    return created;
  }

  // ---- consuming ----

  private async startConsumer(
    registration: ConsumerRegistration,
    model: ChannelModel,
    generation: number,
  ): Promise<void> {
    const channel = await model.createChannel();
    // Set by the channel's 'error' event, which the broker's channel.close triggers.
    const closedBy: { error: Error | null } = { error: null };
    channel.on('error', (err: Error) => {
      closedBy.error = err;
    });
    channel.on('close', () => {
      if (registration.channel !== channel) return;
      registration.channel = null;
      registration.consumerTag = null;
      const brokerError = closedBy.error;
      if (brokerError && generation === this.generation && this.stateValue === 'connected') {
        this.logger.warn(
          `consumer channel of '${registration.queue}' closed: ${brokerError.message}`,
        );
        this.scheduleConsumerRestart(registration, generation);
      }
    });
    try {
      await channel.prefetch(registration.prefetch);
      const { consumerTag } = await channel.consume(
        registration.queue,
        (message) => this.onDelivery(registration, channel, message),
        { noAck: false },
      );
      registration.channel = channel;
      registration.consumerTag = consumerTag;
      registration.restartAttempt = 0;
    } catch (err) {
      await channel.close().catch(() => undefined);
      const reason = closedBy.error ? closedBy.error.message : errorText(err);
      throw new Error(`cannot consume from queue '${registration.queue}': ${reason}`, {
        cause: err,
      });
    }
  }

  private scheduleConsumerRestart(registration: ConsumerRegistration, generation: number): void {
    if (registration.restartTimer) return;
    const attempt = ++registration.restartAttempt;
    const wait = Math.min(
      this.options.reconnectInitialDelayMs * 2 ** Math.min(attempt - 1, 16),
      this.options.reconnectMaxDelayMs,
    );
    registration.restartTimer = setTimeout(() => {
      registration.restartTimer = null;
      const model = this.model;
      // A reconnect restarts every consumer itself; only act within the same connection.
      if (!model || generation !== this.generation || !this.consumers.has(registration.id)) return;
      this.startConsumer(registration, model, generation).catch((err: unknown) => {
        if (attempt === 1) this.logger.error(`${errorText(err)}; retrying`);
        this.scheduleConsumerRestart(registration, generation);
      });
    }, wait);
  }

  private onDelivery(
    registration: ConsumerRegistration,
    channel: Channel,
    message: ConsumeMessage | null,
  ): void {
    if (message === null) {
      // basic.cancel from the broker, e.g. the queue was deleted.
      this.logger.warn(`broker cancelled the consumer of queue '${registration.queue}'`);
      return;
    }
    registration.inFlight++;
    this.counters.consumed++;
    this.handleDelivery(registration, channel, message)
      .catch((err: unknown) => {
        this.logger.error(`handling a message from '${registration.queue}': ${errorText(err)}`);
      })
      .finally(() => {
        registration.inFlight--;
        if (registration.inFlight === 0) {
          for (const notify of registration.idleWaiters.splice(0)) notify();
        }
      });
  }

  private async handleDelivery(
    registration: ConsumerRegistration,
    channel: Channel,
    message: ConsumeMessage,
  ): Promise<void> {
    const { queue } = registration;
    const headers: Record<string, unknown> = { ...(message.properties.headers ?? {}) };
    const retryCount = Number(headers[RETRY_COUNT_HEADER] ?? 0) || 0;

    let payload: unknown;
    try {
      payload = JSON.parse(message.content.toString('utf8'));
    } catch {
      this.logger.warn(
        `message ${message.properties.messageId ?? '(no id)'} on '${queue}' is not JSON; dead-lettering it`,
      );
      this.settle(channel, message, 'dead-letter');
      return;
    }

    const meta: MessageMeta = {
      queue,
      exchange: message.fields.exchange,
      routingKey: message.fields.routingKey,
      messageId: message.properties.messageId as string | undefined,
      headers,
      retryCount,
      redelivered: message.fields.redelivered,
      properties: message.properties,
    };
    try {
      await registration.handler(payload, meta);
    } catch (err) {
      await this.retryOrDeadLetter(registration, channel, message, headers, retryCount, err);
      return;
    }
    this.settle(channel, message, 'ack');
  }

  private async retryOrDeadLetter(
    registration: ConsumerRegistration,
    channel: Channel,
    message: ConsumeMessage,
    headers: Record<string, unknown>,
    retryCount: number,
    failure: unknown,
  ): Promise<void> {
    const { queue, maxRetries } = registration;
    const id = message.properties.messageId ?? '(no id)';
    if (retryCount >= maxRetries) {
      this.logger.error(
        `message ${id} on '${queue}' failed ${retryCount + 1} times (${errorText(failure)}); dead-lettering it`,
      );
      this.settle(channel, message, 'dead-letter');
      return;
    }
    this.logger.warn(
      `message ${id} on '${queue}' failed (${errorText(failure)}); retry ${retryCount + 1} of ${maxRetries}`,
    );
    const props = message.properties;
    try {
      // Straight back to the same queue through the default exchange, as a new message.
      await this.publishBuffer('', queue, message.content, {
        persistent: props.deliveryMode === 2 || props.deliveryMode === undefined,
        headers: { ...headers, [RETRY_COUNT_HEADER]: retryCount + 1 },
        messageId: (props.messageId as string | undefined) ?? randomUUID(),
        correlationId: props.correlationId as string | undefined,
        type: props.type as string | undefined,
        contentType: props.contentType as string | undefined,
        contentEncoding: props.contentEncoding as string | undefined,
        timestamp: props.timestamp as number | undefined,
        appId: props.appId as string | undefined,
      });
    } catch (err) {
      // The copy was not confirmed: return the original to the queue rather than lose it.
      this.logger.warn(`re-publishing message ${id} to '${queue}' failed: ${errorText(err)}`);
      this.settle(channel, message, 'requeue');
      return;
    }
    this.counters.retried++;
    this.settle(channel, message, 'ack');
  }

  private settle(
    channel: Channel,
    message: ConsumeMessage,
    outcome: 'ack' | 'requeue' | 'dead-letter',
  ): void {
    try {
      if (outcome === 'ack') {
        channel.ack(message);
        this.counters.acked++;
      } else if (outcome === 'requeue') {
        channel.nack(message, false, true);
      } else {
        channel.nack(message, false, false);
        this.counters.deadLettered++;
      }
    } catch (err) {
      // The channel is gone; the broker redelivers unacknowledged messages to the next consumer.
      this.logger.warn(`could not ${outcome} a message from a closed channel: ${errorText(err)}`);
    }
  }

  private async stopDeliveries(registration: ConsumerRegistration): Promise<void> {
    if (registration.restartTimer) clearTimeout(registration.restartTimer);
    registration.restartTimer = null;
    const { channel, consumerTag } = registration;
    if (channel && consumerTag) {
      await this.withDeadline(channel.cancel(consumerTag), this.options.closeTimeoutMs);
    }
  }

  private whenIdle(registration: ConsumerRegistration): Promise<void> {
    if (registration.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => registration.idleWaiters.push(resolve));
  }

  private async cancelConsumer(registration: ConsumerRegistration): Promise<void> {
    if (!this.consumers.delete(registration.id)) return;
    await this.stopDeliveries(registration);
    await this.withDeadline(this.whenIdle(registration), this.options.closeTimeoutMs);
    const channel = registration.channel;
    registration.channel = null;
    registration.consumerTag = null;
    if (channel) await channel.close().catch(() => undefined);
  }

  private parseUrl(settings: RabbitSettings): { url: string; endpoint: string } {
    let parsed: URL;
    try {
      parsed = new URL(settings.url);
    } catch {
      throw new TypeError(`rabbitmq.url is not a valid URL`);
    }
    if (parsed.protocol !== 'amqp:' && parsed.protocol !== 'amqps:') {
      throw new TypeError(`rabbitmq.url must start with amqp:// or amqps://`);
    }
    if (settings.vhost !== undefined) {
      parsed.pathname = `/${encodeURIComponent(settings.vhost)}`;
    }
    if (!parsed.searchParams.has('heartbeat')) {
      parsed.searchParams.set('heartbeat', String(this.options.heartbeatSeconds));
    }
    const vhost = parsed.pathname.length > 1 ? decodeURIComponent(parsed.pathname.slice(1)) : '/';
    const port = parsed.port || (parsed.protocol === 'amqp:' ? '5672' : '5671');
    return {
      url: parsed.toString(),
      endpoint: `${parsed.protocol}//${parsed.hostname}:${port} vhost '${vhost}'`,
    };
  }
}
