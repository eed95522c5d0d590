import { ApiException } from '@mall/common';
import { IdListAllowEmptyPipe, RequiredIntPipe, RequiredStringPipe } from './param-pipes';
import { containsPattern, givenFields } from './query-helpers';
import { requestParam } from './request-param.decorator';
import { buildTree } from './tree';

const meta = (data: string) => ({ type: 'custom' as const, data });

describe('request parameters', () => {
  it('reads the query string first, then a form body', () => {
    expect(requestParam({ query: { a: '1' }, body: { a: '2' } }, 'a')).toBe('1');
    expect(requestParam({ query: {}, body: { a: '2' } }, 'a')).toBe('2');
    expect(requestParam({ query: {}, body: [1] }, 'a')).toBeUndefined();
  });

  it('RequiredIntPipe names the parameter', () => {
    const pipe = new RequiredIntPipe();
    expect(pipe.transform('42', meta('roleId'))).toBe(42);
    expect(pipe.transform(['7', '8'], meta('roleId'))).toBe(7);
    expect(() => pipe.transform(undefined, meta('roleId'))).toThrow('roleId is required');
    expect(() => pipe.transform('4.5', meta('status'))).toThrow('status must be an integer');
    expect(() => pipe.transform('1e3', meta('status'))).toThrow(ApiException);
  });

  it('IdListAllowEmptyPipe accepts an empty list but not a missing one', () => {
    const pipe = new IdListAllowEmptyPipe();
    expect(pipe.transform('', meta('menuIds'))).toEqual([]);
    expect(pipe.transform([''], meta('menuIds'))).toEqual([]);
    expect(pipe.transform(['1', '2,3'], meta('menuIds'))).toEqual([1, 2, 3]);
    expect(() => pipe.transform(undefined, meta('menuIds'))).toThrow('menuIds is required');
    expect(() => pipe.transform('1,a', meta('menuIds'))).toThrow(
      'menuIds must be a list of integers',
    );
  });

  it('RequiredStringPipe refuses missing and empty values', () => {
    const pipe = new RequiredStringPipe();
    expect(pipe.transform('a/b.png', meta('objectName'))).toBe('a/b.png');
    expect(() => pipe.transform('', meta('objectName'))).toThrow('objectName is required');
  });
});

describe('query helpers', () => {
  it('escapes LIKE wildcards', () => {
    expect(containsPattern('手机')).toBe('%手机%');
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });

  it('keeps given fields and refuses an empty update', () => {
    expect(givenFields({ name: 'x', sort: 0, note: null, icon: undefined })).toEqual({
      name: 'x',
      sort: 0,
    });
    expect(() => givenFields({ note: null })).toThrow('body: at least one field is required');
  });
});

describe('buildTree', () => {
  it('nests children under roots with parent 0 in list order', () => {
    const rows = [
      { id: 1, parent: 0 },
      { id: 2, parent: 1 },
      { id: 3, parent: 0 },
      { id: 4, parent: 1 },
      { id: 5, parent: 2 },
      { id: 6, parent: 42 },
      { id: 7, parent: null },
    ];
    const tree = buildTree(rows, (row) => row.parent);
    expect(tree).toEqual([
      {
        id: 1,
        parent: 0,
        children: [
          { id: 2, parent: 1, children: [{ id: 5, parent: 2, children: [] }] },
          { id: 4, parent: 1, children: [] },
        ],
      },
      { id: 3, parent: 0, children: [] },
    ]);
  });
});
