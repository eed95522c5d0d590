import { memberCacheKeys, orderDetailCacheKey } from './order-cache-keys';

describe('cache keys', () => {
  it('are the original’s names', () => {
    expect(orderDetailCacheKey(12)).toBe('mall:order:12');
    expect(orderDetailCacheKey(12, 'mall:t:x:order')).toBe('mall:t:x:order:12');
    expect(memberCacheKeys('mall:ums:member', 7, 'member')).toEqual([
      'mall:ums:member:7',
      'mall:ums:member:username:member',
    ]);
    expect(memberCacheKeys('mall:ums:member', 7, null)).toEqual(['mall:ums:member:7']);
  });
});
