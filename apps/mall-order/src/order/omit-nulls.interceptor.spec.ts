import { omitNulls } from './omit-nulls.interceptor';

describe('omitNulls', () => {
  it('drops null and undefined fields at every depth, keeps array elements, dates and falsy values', () => {
    const date = new Date('2020-11-16T09:06:00Z');
    expect(
      omitNulls({
        code: 200,
        message: '操作成功',
        data: null,
        nested: {
          a: null,
          b: 0,
          c: '',
          d: false,
          e: undefined,
          list: [null, { x: null, y: 1 }],
          at: date,
        },
      }),
    ).toEqual({
      code: 200,
      message: '操作成功',
      nested: { b: 0, c: '', d: false, list: [null, { y: 1 }], at: date },
    });
    expect(omitNulls(null)).toBeNull();
  });
});
