import * as amqp from 'amqplib';

const URL = process.env['RABBITMQ_URL'] ?? 'amqp://guest:guest@127.0.0.1:5672';

/** Message counts of queues, and clean-up of a test's queues and exchanges. */
export class Broker {
  private constructor(private readonly model: amqp.ChannelModel) {}

  static async open(): Promise<Broker> {
    return new Broker(await amqp.connect(URL));
  }

  /** Ready messages in the queue; -1 when it does not exist. */
  async messageCount(queue: string): Promise<number> {
    const channel = await this.model.createChannel();
    channel.on('error', () => undefined);
    try {
      return (await channel.checkQueue(queue)).messageCount;
    } catch {
      return -1;
    } finally {
      await channel.close().catch(() => undefined);
    }
  }

  /** Publishes a raw body straight into a queue (e.g. a malformed cancel message). */
  async sendRaw(queue: string, body: string): Promise<void> {
    const channel = await this.model.createConfirmChannel();
    channel.sendToQueue(queue, Buffer.from(body), {
      persistent: true,
      contentType: 'application/json',
    });
    await channel.waitForConfirms();
    await channel.close();
  }

  async deleteAll(queues: string[], exchanges: string[]): Promise<void> {
    const channel = await this.model.createChannel();
    channel.on('error', () => undefined);
    for (const queue of queues) await channel.deleteQueue(queue).catch(() => undefined);
    for (const exchange of exchanges) await channel.deleteExchange(exchange).catch(() => undefined);
    await channel.close().catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.model.close();
  }
}

/** Polls `check` every 100 ms until it returns true or `timeoutMs` passes. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
