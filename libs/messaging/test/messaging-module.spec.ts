import { Injectable, OnModuleInit } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { MessagingModule, RabbitConnection, Topology, rabbitHealthIndicator } from '../src';
import { BrokerAdmin, Inbox, settings, uniqueName } from './broker';

jest.setTimeout(20_000);

const queue = uniqueName('module.q');
const topology: Topology = { queues: [{ name: queue }] };

@Injectable()
class CancelListener implements OnModuleInit {
  readonly inbox = new Inbox<{ orderId: number }>();

  constructor(readonly connection: RabbitConnection) {}

  async onModuleInit(): Promise<void> {
    await this.connection.declareTopology(topology);
    await this.connection.consume(queue, this.inbox.handler);
  }
}

describe('MessagingModule', () => {
  afterAll(async () => {
    const admin = await BrokerAdmin.open();
    await admin.deleteTopology(topology);
    await admin.close();
  });

  it('connects on init, serves consumers registered by other providers, closes on shutdown', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [MessagingModule.forRoot(settings, { name: 'module-test' })],
      providers: [CancelListener],
    }).compile();
    await moduleRef.init();
    const listener = moduleRef.get(CancelListener);
    const connection = moduleRef.get(RabbitConnection);
    expect(listener.connection).toBe(connection);
    await expect(rabbitHealthIndicator(connection).check()).resolves.toEqual({ consumers: 1 });

    await connection.publish('', queue, { orderId: 5 });
    await expect(listener.inbox.waitFor(1)).resolves.toEqual([
      expect.objectContaining({ payload: { orderId: 5 } }),
    ]);

    await moduleRef.close();
    expect(connection.state).toBe('closed');
    await expect(rabbitHealthIndicator(connection).check()).rejects.toThrow(/closed/);
  });

  it('builds from an async factory and fails init clearly when the broker is unreachable', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        MessagingModule.forRootAsync({
          useFactory: async () => ({ url: 'amqp://guest:guest@127.0.0.1:1', prefetch: 5 }),
        }),
      ],
    }).compile();
    await expect(moduleRef.init()).rejects.toThrow(
      /RabbitMQ at amqp:\/\/127\.0\.0\.1:1 .*unreachable/,
    );
    // Nothing was opened; close() would only re-raise the failed initialisation.
    expect(moduleRef.get(RabbitConnection).state).toBe('idle');
  });
});
