import { fromCents, toCents } from './money';

describe('toCents', () => {
  it.each([
    [1999.99, 199999],
    [0.01, 1],
    [0, 0],
    [10, 1000],
    ['1999.99', 199999],
    ['0.10', 10],
    ['-5.5', -550],
    ['.5', 50],
    ['7.', 700],
    [' 3.20 ', 320],
  ])('converts %p to %p cents', (amount, cents) => {
    expect(toCents(amount)).toBe(cents);
  });

  it('works on the decimal text, not the binary double', () => {
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(toCents(1.005)).toBe(101);
    expect(toCents(8.675)).toBe(868);
  });

  it('rounds the third decimal half away from zero, as MySQL does for DECIMAL(…,2)', () => {
    expect(toCents('2.344')).toBe(234);
    expect(toCents('2.345')).toBe(235);
    expect(toCents('-2.345')).toBe(-235);
    expect(toCents('-0.004')).toBe(0);
    expect(Object.is(toCents('-0.004'), -0)).toBe(false);
  });

  it('treats tiny numbers printed in exponent form as zero', () => {
    expect(toCents(1e-7)).toBe(0);
  });

  it.each([['abc'], [''], ['-'], ['1.2.3'], ['1e3'], [Number.NaN], [Infinity]])(
    'rejects %p',
    (amount) => {
      expect(() => toCents(amount)).toThrow(TypeError);
    },
  );

  it('rejects amounts beyond the safe integer range of cents', () => {
    expect(() => toCents(1e21)).toThrow(RangeError);
    expect(() => toCents('900719925474099.99')).toThrow(RangeError);
  });
});

describe('fromCents', () => {
  it.each([
    [199999, 1999.99],
    [1, 0.01],
    [-550, -5.5],
    [30, 0.3],
  ])('converts %p cents to %p', (cents, amount) => {
    expect(fromCents(cents)).toBe(amount);
  });

  it('returns +0 for zero cents', () => {
    expect(Object.is(fromCents(-0), 0)).toBe(true);
  });

  it('round-trips every cent value of a decimal(10,2) sample', () => {
    for (let cents = -100_000; cents <= 100_000; cents += 7) {
      expect(toCents(fromCents(cents))).toBe(cents);
    }
    expect(toCents(fromCents(99_999_999_99))).toBe(99_999_999_99);
  });

  it('sums amounts exactly through cents', () => {
    const prices = [0.1, 0.2, 19.99, 0.01];
    const total = fromCents(prices.reduce((sum, price) => sum + toCents(price), 0));
    expect(total).toBe(20.3);
  });

  it('rejects non-integer cents', () => {
    expect(() => fromCents(1.5)).toThrow(RangeError);
    expect(() => fromCents(Number.NaN)).toThrow(RangeError);
  });
});
