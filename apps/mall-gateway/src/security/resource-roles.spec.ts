import { compileAntPattern } from '../routing/ant-path';
import {
  GrantDecisions,
  isGranted,
  parseRoleList,
  ResourceRolesCache,
  ResourceRolesUnavailableError,
  type ResourceRule,
} from './resource-roles';

function rule(pattern: string, roles: string[]): ResourceRule {
  return { pattern, regex: compileAntPattern(pattern), roles: new Set(roles) };
}

describe('parseRoleList', () => {
  it('reads plain JSON lists and the type-tagged lists of the Java services', () => {
    expect(parseRoleList('["1_商品管理员","5_超级管理员"]')).toEqual([
      '1_商品管理员',
      '5_超级管理员',
    ]);
    expect(parseRoleList('["java.util.ArrayList",["5_超级管理员"]]')).toEqual(['5_超级管理员']);
    expect(parseRoleList('[]')).toEqual([]);
  });

  it('refuses anything else', () => {
    expect(parseRoleList('not json')).toBeNull();
    expect(parseRoleList('{"a":1}')).toBeNull();
    expect(parseRoleList('[1,2]')).toBeNull();
    expect(parseRoleList('"5_超级管理员"')).toBeNull();
  });
});

describe('isGranted', () => {
  const rules = [
    rule('/mall-admin/brand/**', ['1_商品管理员', '5_超级管理员']),
    rule('/mall-admin/order/**', ['2_订单管理员', '5_超级管理员']),
    rule('/mall-admin/admin/**', ['5_超级管理员']),
  ];

  it('allows when a pattern matching the path grants one of the roles', () => {
    expect(isGranted(rules, '/mall-admin/brand/list', ['1_商品管理员'])).toBe(true);
    expect(isGranted(rules, '/mall-admin/order/1', ['9_x', '2_订单管理员'])).toBe(true);
    expect(isGranted(rules, '/mall-admin/admin/list', ['5_超级管理员'])).toBe(true);
  });

  it('refuses other roles, no roles, and paths no resource covers', () => {
    expect(isGranted(rules, '/mall-admin/order/1', ['1_商品管理员'])).toBe(false);
    expect(isGranted(rules, '/mall-admin/brand/list', [])).toBe(false);
    expect(isGranted(rules, '/mall-admin/brand/list', undefined)).toBe(false);
    expect(isGranted(rules, '/mall-admin/memberLevel/list', ['5_超级管理员'])).toBe(false);
  });
});

describe('GrantDecisions', () => {
  const brandRule = rule('/mall-admin/brand/**', ['1_商品管理员']);

  it('answers like isGranted, per role set and path', () => {
    const decisions = new GrantDecisions();
    const rules = [brandRule, rule('/mall-admin/order/**', ['2_订单管理员'])];
    for (let i = 0; i < 2; i++) {
      expect(decisions.isGranted(rules, '/mall-admin/brand/list', ['1_商品管理员'])).toBe(true);
      expect(decisions.isGranted(rules, '/mall-admin/brand/list', ['2_订单管理员'])).toBe(false);
      expect(decisions.isGranted(rules, '/mall-admin/order/1', ['9_x', '2_订单管理员'])).toBe(true);
      expect(decisions.isGranted(rules, '/mall-admin/order/1', [])).toBe(false);
      expect(decisions.isGranted(rules, '/mall-admin/order/1', undefined)).toBe(false);
    }
  });

  it('remembers an answer for the same rules and decides afresh for new rules', () => {
    const decisions = new GrantDecisions();
    const rules = [brandRule];
    expect(decisions.isGranted(rules, '/mall-admin/brand/list', ['2_订单管理员'])).toBe(false);
    // The same rules object with a changed grant would be a new map: the answer is remembered.
    const granting = rule('/mall-admin/brand/**', ['1_商品管理员', '2_订单管理员']);
    rules[0] = granting;
    expect(decisions.isGranted(rules, '/mall-admin/brand/list', ['2_订单管理员'])).toBe(false);
    expect(decisions.isGranted([granting], '/mall-admin/brand/list', ['2_订单管理员'])).toBe(true);
  });
});

describe('ResourceRolesCache', () => {
  let now = 0;
  let reads = 0;
  let hash: Record<string, string> | Error = {};
  const read = async () => {
    reads++;
    if (hash instanceof Error) throw hash;
    return hash;
  };

  beforeEach(() => {
    now = 0;
    reads = 0;
    hash = { '/mall-admin/brand/**': '["1_商品管理员"]' };
  });

  it('reads Redis at most once per TTL, sharing the read between concurrent callers', async () => {
    const cache = new ResourceRolesCache(read, { ttlMs: 1000, clock: () => now });
    const [a, b] = await Promise.all([cache.current(), cache.current()]);
    expect(a).toBe(b);
    expect(reads).toBe(1);
    now = 999;
    await cache.current();
    expect(reads).toBe(1);
    hash = { '/mall-admin/brand/**': '["1_商品管理员","2_x"]' };
    now = 1000;
    const fresh = await cache.current();
    expect(reads).toBe(2);
    expect([...fresh[0].roles]).toEqual(['1_商品管理员', '2_x']);
  });

  it('keeps the same rules object while the map in Redis is unchanged', async () => {
    const cache = new ResourceRolesCache(read, { ttlMs: 0 });
    const first = await cache.current();
    hash = { ...(hash as Record<string, string>) };
    expect(await cache.current()).toBe(first);
    hash = { ...hash, '/mall-admin/order/**': '["2_o"]' };
    expect(await cache.current()).not.toBe(first);
    expect(reads).toBe(3);
  });

  it('reads on every call with a TTL of 0 (grants apply at once)', async () => {
    const cache = new ResourceRolesCache(read, { ttlMs: 0, clock: () => now });
    await cache.current();
    await cache.current();
    expect(reads).toBe(2);
  });

  it('skips invalid entries and reports them', async () => {
    const invalid: string[] = [];
    hash = { '/mall-admin/brand/**': '["1_a"]', '/mall-admin/x/**': 'oops' };
    const cache = new ResourceRolesCache(read, {
      ttlMs: 0,
      onInvalidValue: (field) => invalid.push(field),
    });
    expect((await cache.current()).map((r) => r.pattern)).toEqual(['/mall-admin/brand/**']);
    expect(invalid).toEqual(['/mall-admin/x/**']);
  });

  it('keeps the last map when Redis fails, and is unavailable before any map was read', async () => {
    const errors: unknown[] = [];
    const cache = new ResourceRolesCache(read, {
      ttlMs: 0,
      onLoadError: (e) => errors.push(e),
    });
    const first = await cache.current();
    hash = new Error('redis down');
    expect(await cache.current()).toBe(first);
    expect(errors).toHaveLength(1);

    const cold = new ResourceRolesCache(read, { ttlMs: 0 });
    await expect(cold.current()).rejects.toBeInstanceOf(ResourceRolesUnavailableError);
  });

  it('reads from the new source after a reconfiguration', async () => {
    const cache = new ResourceRolesCache(read, { ttlMs: 60_000, clock: () => now });
    await cache.current();
    cache.reconfigure(async () => ({ '/mall-admin/order/**': '["2_o"]' }), 60_000);
    expect((await cache.current()).map((r) => r.pattern)).toEqual(['/mall-admin/order/**']);
  });
});
