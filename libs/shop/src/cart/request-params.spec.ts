import { plainToInstance } from 'class-transformer';
import { ApiException } from '@mall/common';
import { IdArrayBodyPipe, ToIdList } from './request-params';

class Ids {
  @ToIdList()
  ids?: unknown;
}

describe('IdArrayBodyPipe', () => {
  const pipe = new IdArrayBodyPipe('cartIds');
  const meta = { type: 'body' as const };

  it('accepts a JSON array of ids, numbers or digit strings, and []', () => {
    expect(pipe.transform([1, '2', 3], meta)).toEqual([1, 2, 3]);
    expect(pipe.transform([], meta)).toEqual([]);
  });

  it('refuses anything else with a validation failure naming the parameter', () => {
    for (const bad of [undefined, null, {}, 'x', [1.5], ['a'], [null]]) {
      try {
        pipe.transform(bad, meta);
        throw new Error(`accepted ${JSON.stringify(bad)}`);
      } catch (err) {
        expect(err).toBeInstanceOf(ApiException);
        expect((err as ApiException).errorCode).toEqual({
          code: 404,
          message: 'cartIds must be a JSON array of ids',
        });
      }
    }
  });
});

describe('ToIdList', () => {
  it('reads 1,2,3, repeated parameters and arrays; garbage becomes NaN', () => {
    const ids = (value: unknown) => plainToInstance(Ids, { ids: value }).ids;
    expect(ids('1,2, 3')).toEqual([1, 2, 3]);
    expect(ids(['4', '5,6'])).toEqual([4, 5, 6]);
    expect(ids([7, 8])).toEqual([7, 8]);
    expect(ids('x')).toEqual([NaN]);
    expect(ids('')).toBeUndefined();
  });
});
