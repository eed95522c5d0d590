import { formatOrderSn, orderSequenceKey, orderSnDate } from './order-sn';

describe('order serial numbers', () => {
  it('dates by the configured time zone, not the host’s', () => {
    const instant = new Date('2020-11-15T17:30:00Z'); // 01:30 on the 16th in Shanghai
    expect(orderSnDate(instant, 'Asia/Shanghai')).toBe('20201116');
    expect(orderSnDate(instant, 'UTC')).toBe('20201115');
  });

  it('is date + 2-digit source + 2-digit pay type + 6-digit sequence, longer when needed', () => {
    expect(formatOrderSn('20201116', 1, 1, 1)).toBe('202011160101000001');
    expect(formatOrderSn('20201116', 1, 2, 123456)).toBe('202011160102123456');
    expect(formatOrderSn('20201116', 1, 0, 1234567)).toBe('2020111601001234567');
    expect(() => formatOrderSn('20201116', 1, 1, 0)).toThrow(RangeError);
  });

  it('counts per day under the original key, without a colon before the date', () => {
    expect(orderSequenceKey('mall:oms:orderId', '20201116')).toBe('mall:oms:orderId20201116');
  });
});
