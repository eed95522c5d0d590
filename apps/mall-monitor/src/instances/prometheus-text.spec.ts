import { sumMetric } from './prometheus-text';

describe('sumMetric', () => {
  const text = [
    '# HELP process_resident_memory_bytes Resident memory size in bytes.',
    '# TYPE process_resident_memory_bytes gauge',
    'process_resident_memory_bytes{service="mall-admin"} 73400320',
    'http_server_requests_seconds_count{service="mall-admin",method="GET",status="200"} 5',
    'http_server_requests_seconds_count{service="mall-admin",method="GET",status="404"} 2',
    'http_server_requests_seconds_sum{service="mall-admin"} 0.5',
  ].join('\n');

  it('sums every label set of one metric and ignores longer names', () => {
    expect(sumMetric(text, 'http_server_requests_seconds_count')).toBe(7);
    expect(sumMetric(text, 'process_resident_memory_bytes')).toBe(73400320);
    expect(sumMetric(text, 'http_server_requests_seconds')).toBeUndefined();
    expect(sumMetric(text, 'missing_metric')).toBeUndefined();
  });
});
