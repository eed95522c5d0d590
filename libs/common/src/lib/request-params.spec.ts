import { plainToInstance, Type } from 'class-transformer';
import { IsDefined, IsInt, Min, validate } from 'class-validator';
import { ApiException } from './api-exception';
import {
  IdArrayBodyPipe,
  IdListAllowEmptyPipe,
  IdsParams,
  OptionalStringPipe,
  requestParam,
  requestParameters,
  RequiredIntPipe,
  RequiredStringPipe,
  SwitchParam,
  ToIdList,
  ValidateArrayBodyPipe,
  VALIDATE_REQUEST_PARAMS,
} from './request-params';

const meta = (data: string) => ({ type: 'custom' as const, data });

/** The `{ code, message }` of the ApiException `run` throws. */
async function failure(run: () => unknown): Promise<{ code: number; message: string }> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiException);
    return (error as ApiException).errorCode;
  }
  throw new Error('expected a validation failure');
}

describe('reading request parameters', () => {
  it('takes the query string first, then a form body', () => {
    expect(requestParam({ query: { a: '1' }, body: { a: '2' } }, 'a')).toBe('1');
    expect(requestParam({ query: {}, body: { a: '2' } }, 'a')).toBe('2');
    expect(requestParam({ query: {}, body: [1] }, 'a')).toBeUndefined();
    expect(requestParam({}, 'a')).toBeUndefined();
  });

  it('merges every parameter with query values winning', () => {
    expect(requestParameters({ query: { a: '1' }, body: { a: '2', b: '3' } })).toEqual({
      a: '1',
      b: '3',
    });
    expect(requestParameters({ query: { a: '1' }, body: 'raw text' })).toEqual({ a: '1' });
  });
});

class SwitchParams {
  @SwitchParam()
  showStatus!: number;
}

describe('DTO binding through VALIDATE_REQUEST_PARAMS', () => {
  const bind = (metatype: new () => object, value: unknown) =>
    VALIDATE_REQUEST_PARAMS.transform(value, { type: 'custom', metatype });

  it('binds ids lists and names the parameter on failure', async () => {
    expect(await bind(IdsParams, { ids: '1,2' })).toEqual({ ids: [1, 2] });
    expect(await bind(IdsParams, { ids: ['3', '4,5'] })).toEqual({ ids: [3, 4, 5] });
    expect(await failure(() => bind(IdsParams, {}))).toEqual({
      code: 404,
      message: 'ids should not be null or undefined',
    });
    expect(await failure(() => bind(IdsParams, { ids: '' }))).toEqual({
      code: 404,
      message: 'ids should not be null or undefined',
    });
    expect(await failure(() => bind(IdsParams, { ids: '1,x' }))).toMatchObject({
      message: 'ids: each value in ids must be an integer number',
    });
  });

  it('binds a 0/1 switch and reports a missing one as missing', async () => {
    expect(await bind(SwitchParams, { showStatus: '1' })).toEqual({ showStatus: 1 });
    expect((await failure(() => bind(SwitchParams, {}))).message).toBe(
      'showStatus should not be null or undefined',
    );
    expect((await failure(() => bind(SwitchParams, { showStatus: '2' }))).message).toContain(
      'showStatus must be one of the following values',
    );
  });
});

class Ids {
  @ToIdList()
  ids?: unknown;
}

describe('ToIdList', () => {
  const ids = (value: unknown) => plainToInstance(Ids, { ids: value }).ids;

  it('reads 1,2,3, repeated parameters and arrays', () => {
    expect(ids('1,2, 3')).toEqual([1, 2, 3]);
    expect(ids(['4', '5,6'])).toEqual([4, 5, 6]);
    expect(ids([7, 8])).toEqual([7, 8]);
    expect(ids(' 11 , 12 ')).toEqual([11, 12]);
  });

  it('turns garbage into NaN and a blank value into absent', () => {
    expect(ids('x')).toEqual([NaN]);
    expect(ids('1.5')).toEqual([NaN]);
    expect(ids('')).toBeUndefined();
    expect(ids(undefined)).toBeUndefined();
  });

  it('leaves an empty array for the non-empty check', async () => {
    const errors = await validate(plainToInstance(IdsParams, { ids: [] }));
    expect(errors.map((error) => error.property)).toEqual(['ids']);
  });
});

describe('single-parameter pipes', () => {
  it('RequiredIntPipe names the parameter', async () => {
    const pipe = new RequiredIntPipe();
    expect(pipe.transform('42', meta('roleId'))).toBe(42);
    expect(pipe.transform(' -3 ', meta('roleId'))).toBe(-3);
    expect(pipe.transform(['7', '8'], meta('roleId'))).toBe(7);
    expect(await failure(() => pipe.transform(undefined, meta('roleId')))).toEqual({
      code: 404,
      message: 'roleId is required',
    });
    expect((await failure(() => pipe.transform('4.5', meta('status')))).message).toBe(
      'status must be an integer',
    );
    expect((await failure(() => pipe.transform('1e3', meta('id')))).message).toBe(
      'id must be an integer',
    );
    expect((await failure(() => pipe.transform('99999999999999999', meta('id')))).message).toBe(
      'id must be an integer',
    );
  });

  it('RequiredStringPipe refuses missing and empty values', async () => {
    const pipe = new RequiredStringPipe();
    expect(pipe.transform('a/b.png', meta('objectName'))).toBe('a/b.png');
    expect(pipe.transform(['x', 'y'], meta('objectName'))).toBe('x');
    expect((await failure(() => pipe.transform('', meta('objectName')))).message).toBe(
      'objectName is required',
    );
  });

  it('OptionalStringPipe keeps the first string value only', () => {
    const pipe = new OptionalStringPipe();
    expect(pipe.transform(['100', '200'])).toBe('100');
    expect(pipe.transform(undefined)).toBeUndefined();
    expect(pipe.transform(5)).toBeUndefined();
  });

  it('IdListAllowEmptyPipe accepts an empty list but not a missing one', async () => {
    const pipe = new IdListAllowEmptyPipe();
    expect(pipe.transform('', meta('menuIds'))).toEqual([]);
    expect(pipe.transform([''], meta('menuIds'))).toEqual([]);
    expect(pipe.transform(['1', '2,3'], meta('menuIds'))).toEqual([1, 2, 3]);
    expect((await failure(() => pipe.transform(undefined, meta('menuIds')))).message).toBe(
      'menuIds is required',
    );
    expect((await failure(() => pipe.transform('1,a', meta('menuIds')))).message).toBe(
      'menuIds must be a list of integers',
    );
  });
});

describe('IdArrayBodyPipe', () => {
  const pipe = new IdArrayBodyPipe('cartIds');

  it('accepts a JSON array of ids, numbers or digit strings, and []', () => {
    expect(pipe.transform([1, '2', 3])).toEqual([1, 2, 3]);
    expect(pipe.transform([])).toEqual([]);
  });

  it.each([[undefined], [null], [{}], ['x'], [[1.5]], [['a']], [[null]]])(
    'refuses %j naming the parameter',
    async (bad) => {
      expect(await failure(() => pipe.transform(bad))).toEqual({
        code: 404,
        message: 'cartIds must be a JSON array of ids',
      });
    },
  );
});

class StockItem {
  @IsInt()
  @IsDefined()
  id!: number;

  @Min(0)
  @Type(() => Number)
  stock!: number;
}

describe('ValidateArrayBodyPipe', () => {
  it('validates each item, strips unknown fields and converts declared types', async () => {
    const items = await new ValidateArrayBodyPipe(StockItem).transform([
      { id: 1, stock: '5', extra: true },
    ]);
    expect(items).toEqual([{ id: 1, stock: 5 }]);
    expect(items[0]).toBeInstanceOf(StockItem);
  });

  it('names the failing item and field', async () => {
    const pipe = new ValidateArrayBodyPipe(StockItem);
    expect(
      (
        await failure(() =>
          pipe.transform([
            { id: 1, stock: 1 },
            { id: 2, stock: -1 },
          ]),
        )
      ).message,
    ).toBe('1.stock must not be less than 0');
    expect((await failure(() => pipe.transform([{ stock: 1 }]))).message).toBe(
      '0.id should not be null or undefined',
    );
    expect((await failure(() => pipe.transform([7]))).message).toBe('0: must be an object');
  });

  it('refuses a non-array and, unless allowed, an empty array', async () => {
    expect((await failure(() => new ValidateArrayBodyPipe(StockItem).transform({}))).message).toBe(
      'body: must be a JSON array',
    );
    expect((await failure(() => new ValidateArrayBodyPipe(StockItem).transform([]))).message).toBe(
      'body: must not be an empty array',
    );
    expect(await new ValidateArrayBodyPipe(StockItem, { allowEmpty: true }).transform([])).toEqual(
      [],
    );
  });
});
