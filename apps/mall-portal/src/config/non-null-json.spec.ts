import { CommonResult } from '@mall/common';
import { stringifyNonNull } from './non-null-json';

describe('stringifyNonNull (Jackson NON_NULL)', () => {
  it('leaves out null properties at every depth', () => {
    expect(stringifyNonNull(CommonResult.success(null))).toBe('{"code":200,"message":"操作成功"}');
    expect(stringifyNonNull({ a: 1, b: null, c: { d: null, e: [1, { f: null, g: 'x' }] } })).toBe(
      '{"a":1,"c":{"e":[1,{"g":"x"}]}}',
    );
  });

  it('keeps nulls inside arrays, and a null or primitive root', () => {
    expect(stringifyNonNull([null, 1])).toBe('[null,1]');
    expect(stringifyNonNull(null)).toBe('null');
    expect(stringifyNonNull('text')).toBe('"text"');
  });

  it('writes dates as ISO instants', () => {
    expect(stringifyNonNull({ at: new Date(Date.UTC(2020, 10, 16, 9, 6)) })).toBe(
      '{"at":"2020-11-16T09:06:00.000Z"}',
    );
  });
});
