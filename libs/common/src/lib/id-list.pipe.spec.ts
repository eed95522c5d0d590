import { ApiException } from './api-exception';
import { ParseIdListPipe } from './id-list.pipe';

describe('ParseIdListPipe', () => {
  const meta = { type: 'query' as const, data: 'ids' };

  it('accepts comma-separated and repeated forms', () => {
    expect(new ParseIdListPipe().transform('1,2, 3', meta)).toEqual([1, 2, 3]);
    expect(new ParseIdListPipe().transform(['4', '5,6'], meta)).toEqual([4, 5, 6]);
  });

  it('names the parameter when it is missing or not integers', () => {
    expect(() => new ParseIdListPipe().transform(undefined, meta)).toThrow('ids is required');
    expect(() => new ParseIdListPipe().transform('1,x', meta)).toThrow(ApiException);
    expect(() => new ParseIdListPipe().transform('1.5', meta)).toThrow(
      'ids must be a list of integers',
    );
    expect(new ParseIdListPipe({ optional: true }).transform(undefined, meta)).toBeUndefined();
  });
});
