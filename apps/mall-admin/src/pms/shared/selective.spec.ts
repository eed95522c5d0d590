import { firstCharacter, selectColumns, selectiveFields, withNullFields } from './selective';

describe('selective helpers', () => {
  it('keeps only the listed fields that are neither null nor undefined', () => {
    const source = { a: 1, b: null, c: undefined, d: '', e: 0, f: 'not listed' };
    expect(selectiveFields(source, ['a', 'b', 'c', 'd', 'e'])).toEqual({ a: 1, d: '', e: 0 });
  });

  it('sets left-out columns to null so the JSON keeps their keys', () => {
    const rows = [{ id: 1, story: undefined as string | null | undefined }];
    expect(JSON.stringify(withNullFields(rows, ['story']))).toBe('[{"id":1,"story":null}]');
  });

  it('builds the object form of a column list', () => {
    expect(selectColumns<{ id: number; name: string }>(['id', 'name'])).toEqual({
      id: true,
      name: true,
    });
  });

  it('takes the first code point, not half a surrogate pair', () => {
    expect(firstCharacter('华为')).toBe('华');
    expect(firstCharacter('😀smile')).toBe('😀');
    expect(firstCharacter('')).toBe('');
  });
});
