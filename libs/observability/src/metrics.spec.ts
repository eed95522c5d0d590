import { parseSamples, sampleValue } from '../test/support/prometheus-text';
import { Metrics } from './metrics';

describe('Metrics', () => {
  it('renders the Node runtime metrics and the shared HTTP series, all labelled with the service', async () => {
    const metrics = new Metrics('mall-admin');
    metrics.httpRequestDuration.observe(
      { method: 'GET', route: '/brand/list', status: 200, code: 200 },
      0.012,
    );

    const text = await metrics.render();

    expect(metrics.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const name of [
      'nodejs_eventloop_lag_seconds',
      'nodejs_heap_size_used_bytes',
      'nodejs_gc_duration_seconds',
      'process_cpu_seconds_total',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(parseSamples(text).every((sample) => sample.labels['service'] === 'mall-admin')).toBe(
      true,
    );
    expect(text).toContain('# TYPE http_server_requests_seconds histogram');
    const series = { method: 'GET', route: '/brand/list', status: '200', code: '200' };
    expect(
      sampleValue(text, 'http_server_requests_seconds_bucket', { ...series, le: '0.01' }),
    ).toBe(0);
    expect(
      sampleValue(text, 'http_server_requests_seconds_bucket', { ...series, le: '0.025' }),
    ).toBe(1);
    expect(sampleValue(text, 'http_server_requests_seconds_count', series)).toBe(1);
    expect(sampleValue(text, 'http_server_requests_in_flight')).toBe(0);
  });

  it('uses buckets from 5 ms to 5 s', async () => {
    const metrics = new Metrics('svc', { defaultMetrics: false });
    metrics.httpRequestDuration.observe(
      { method: 'GET', route: '/x', status: 200, code: 'none' },
      1,
    );
    const les = parseSamples(await metrics.render())
      .filter((sample) => sample.name === 'http_server_requests_seconds_bucket')
      .map((sample) => sample.labels['le']);
    expect(les).toEqual([
      '0.005',
      '0.01',
      '0.025',
      '0.05',
      '0.1',
      '0.25',
      '0.5',
      '1',
      '2.5',
      '5',
      '+Inf',
    ]);
  });

  it('samples registered gauges at scrape time', async () => {
    const metrics = new Metrics('svc', { defaultMetrics: false });
    let idle = 3;
    metrics.registerGauge(
      'db_pool_connections',
      'Pool connections by state',
      ['state'],
      (gauge) => {
        gauge.set({ state: 'idle' }, idle);
        gauge.set({ state: 'busy' }, 10 - idle);
      },
    );

    expect(sampleValue(await metrics.render(), 'db_pool_connections', { state: 'idle' })).toBe(3);
    idle = 8;
    const text = await metrics.render();
    expect(sampleValue(text, 'db_pool_connections', { state: 'idle', service: 'svc' })).toBe(8);
    expect(sampleValue(text, 'db_pool_connections', { state: 'busy' })).toBe(2);
  });

  it('refuses to register a gauge name twice', () => {
    const metrics = new Metrics('svc', { defaultMetrics: false });
    metrics.registerGauge('redis_up', 'Redis reachable', [], (gauge) => gauge.set(1));
    expect(() => metrics.registerGauge('redis_up', 'again', [], () => undefined)).toThrow(
      'metric redis_up is already registered',
    );
  });

  it('returns the same business counter to every caller that declares it', async () => {
    const metrics = new Metrics('mall-order', { defaultMetrics: false });
    const created = metrics.counter('mall_orders_total', 'Orders by event', ['event']);
    const again = metrics.counter('mall_orders_total', 'Orders by event', ['event']);
    created.inc({ event: 'created' });
    again.inc({ event: 'created' });
    again.inc({ event: 'paid' });

    expect(again).toBe(created);
    const text = await metrics.render();
    expect(
      sampleValue(text, 'mall_orders_total', { event: 'created', service: 'mall-order' }),
    ).toBe(2);
    expect(sampleValue(text, 'mall_orders_total', { event: 'paid' })).toBe(1);
    expect(() => metrics.counter('mall_orders_total', 'Orders', ['kind'])).toThrow(/other labels/);
    expect(() => metrics.counter('http_server_requests_in_flight', 'x')).toThrow(/another type/);
  });
});
