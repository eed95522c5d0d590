import {
  PRODUCT_CHANGED_ROUTING_KEY,
  ProductChangedEvent,
  RabbitConnection,
  catalogEventsTopology,
  publishProductChanged,
} from '../src';
import { BrokerAdmin, Inbox, quietLogger, settings, uniqueName } from './broker';

jest.setTimeout(20_000);

describe('catalog change events against a real broker', () => {
  let admin: BrokerAdmin;
  let connection: RabbitConnection;
  const exchange = uniqueName('product');
  const queue = uniqueName('product.reader');

  beforeAll(async () => {
    admin = await BrokerAdmin.open();
    connection = new RabbitConnection(settings, { name: 'catalog-test', logger: quietLogger() });
    await connection.connect();
    await connection.declareTopology(catalogEventsTopology(exchange));
  });

  afterAll(async () => {
    await connection.close();
    await admin.deleteTopology({
      queues: [{ name: queue }],
      exchanges: [{ name: exchange, type: 'topic' }],
    });
    await admin.close();
  });

  it('reports an unroutable publish (no reader bound yet) without failing', async () => {
    const result = await publishProductChanged(connection, [1, 2], 'upsert', exchange);
    expect(result).toEqual({ published: 0, unroutable: true });
  });

  it('delivers chunked events to a queue bound with the routing key', async () => {
    await connection.declareTopology({
      queues: [{ name: queue, durable: false }],
      bindings: [{ queue, exchange, routingKey: PRODUCT_CHANGED_ROUTING_KEY }],
    });
    const inbox = new Inbox<ProductChangedEvent>();
    const consumer = await connection.consume(queue, inbox.handler);
    const ids = Array.from({ length: 501 }, (_, i) => i + 1);

    const result = await publishProductChanged(connection, ids, 'delete', exchange);

    expect(result).toEqual({ published: 2, unroutable: false });
    const [first, second] = await inbox.waitFor(2);
    expect(first.payload).toEqual({ ids: ids.slice(0, 500), action: 'delete' });
    expect(second.payload).toEqual({ ids: [501], action: 'delete' });
    expect(first.meta.routingKey).toBe(PRODUCT_CHANGED_ROUTING_KEY);
    await consumer.cancel();
  });
});
