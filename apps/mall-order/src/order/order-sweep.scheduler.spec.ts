import { msUntilNextSlot } from './order-sweep.scheduler';

describe('msUntilNextSlot', () => {
  it('waits until the next :00 or :30 of the local clock', () => {
    const at = (h: number, m: number, s = 0) => new Date(2026, 0, 15, h, m, s);
    expect(msUntilNextSlot(at(10, 0, 0), 30)).toBe(30 * 60_000);
    expect(msUntilNextSlot(at(10, 29, 30), 30)).toBe(30_000);
    expect(msUntilNextSlot(at(10, 45), 30)).toBe(15 * 60_000);
    expect(msUntilNextSlot(at(23, 59), 30)).toBe(60_000);
    expect(msUntilNextSlot(at(10, 7), 10)).toBe(3 * 60_000);
  });
});
