import { containsPattern, givenFields } from './query-helpers';
import { buildTree } from './tree';

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
