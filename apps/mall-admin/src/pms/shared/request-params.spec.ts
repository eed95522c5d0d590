import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { IdsParams } from './ids-params';

async function parse(ids: unknown) {
  const params = plainToInstance(IdsParams, { ids });
  const errors = await validate(params);
  return { ids: params.ids, failed: errors.map((e) => e.property) };
}

describe('ids parameter binding', () => {
  it.each([
    ['1,2,3', [1, 2, 3]],
    [
      ['4', '5'],
      [4, 5],
    ],
    [
      ['6,7', '8'],
      [6, 7, 8],
    ],
    [
      [9, 10],
      [9, 10],
    ],
    [' 11 , 12 ', [11, 12]],
  ])('binds %j', async (raw, expected) => {
    expect(await parse(raw)).toEqual({ ids: expected, failed: [] });
  });

  it.each([[undefined], [''], ['1,x'], ['1.5'], [[]]])('refuses %j', async (raw) => {
    expect((await parse(raw)).failed).toEqual(['ids']);
  });
});
