import { bigintTransformer, decimalTransformer } from './transformers';

describe('bigintTransformer', () => {
  it('turns driver strings into numbers', () => {
    expect(bigintTransformer.from('31813540')).toBe(31813540);
    expect(bigintTransformer.from('-7')).toBe(-7);
    expect(bigintTransformer.from(12)).toBe(12);
    expect(bigintTransformer.from(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('keeps NULL as null', () => {
    expect(bigintTransformer.from(null)).toBeNull();
    expect(bigintTransformer.from(undefined)).toBeNull();
  });

  it('refuses ids that a JS number cannot hold exactly', () => {
    expect(() => bigintTransformer.from('9007199254740993')).toThrow(RangeError);
    expect(() => bigintTransformer.from('12.5')).toThrow(RangeError);
  });

  it('passes written values through unchanged', () => {
    expect(bigintTransformer.to(5)).toBe(5);
    expect(bigintTransformer.to(null)).toBeNull();
  });
});

describe('decimalTransformer', () => {
  it('turns driver strings into numbers', () => {
    expect(decimalTransformer.from('1999.99')).toBe(1999.99);
    expect(decimalTransformer.from('0.01')).toBe(0.01);
    expect(decimalTransformer.from('-25177460.00')).toBe(-25177460);
    expect(decimalTransformer.from('0.00')).toBe(0);
  });

  it('keeps NULL as null', () => {
    expect(decimalTransformer.from(null)).toBeNull();
  });

  it('refuses values that are not numbers', () => {
    expect(() => decimalTransformer.from('abc')).toThrow(RangeError);
  });

  it('passes written values through unchanged', () => {
    expect(decimalTransformer.to(1999.99)).toBe(1999.99);
    expect(decimalTransformer.to(undefined)).toBeUndefined();
  });
});
