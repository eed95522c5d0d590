import { antMatch, AntPatternSet, compileAntPattern } from './ant-path';

describe('Ant patterns (Spring AntPathMatcher semantics)', () => {
  it.each([
    ['/mall-admin/**', '/mall-admin', true],
    ['/mall-admin/**', '/mall-admin/', true],
    ['/mall-admin/**', '/mall-admin/brand/list', true],
    ['/mall-admin/**', '/mall-adminx/brand', false],
    ['/mall-admin/**', '/mall-portal/mall-admin/x', false],
    ['/**', '/', true],
    ['/**', '/anything/at/all', true],
    ['/**/v2/api-docs', '/v2/api-docs', true],
    ['/**/v2/api-docs', '/mall-admin/v2/api-docs', true],
    ['/**/v2/api-docs', '/mall-admin/v2/api-docs/x', false],
    ['/*/v3/api-docs', '/mall-admin/v3/api-docs', true],
    ['/*/v3/api-docs', '/v3/api-docs', false],
    ['/*/v3/api-docs', '/a/b/v3/api-docs', false],
    ['/**/*.js', '/a/b/c.js', true],
    ['/**/*.js', '/c.js', true],
    ['/**/*.js', '/a/c.json', false],
    ['/mall-admin/brand/*', '/mall-admin/brand/list', true],
    ['/mall-admin/brand/*', '/mall-admin/brand/list/1', false],
    ['/mall-admin/admin/login', '/mall-admin/admin/login', true],
    ['/mall-admin/admin/login', '/mall-admin/admin/login/', false],
    ['/mall-admin/admin/login', '/mall-admin/admin/loginx', false],
    ['/mall-admin/a/**/z', '/mall-admin/a/z', true],
    ['/mall-admin/a/**/z', '/mall-admin/a/b/c/z', true],
    ['/mall-admin/a?c', '/mall-admin/abc', true],
    ['/mall-admin/a?c', '/mall-admin/ac', false],
    ['/user/{id}', '/user/42', true],
    ['/user/{id:\\d+}', '/user/42', true],
    ['/user/{id:\\d+}', '/user/abc', false],
    ['/a.b/(c)', '/a.b/(c)', true],
    ['/a.b/(c)', '/axb/(c)', false],
  ])('%s ~ %s → %s', (pattern, path, expected) => {
    expect(antMatch(pattern, path)).toBe(expected);
    expect(new AntPatternSet([pattern]).matches(path)).toBe(expected);
  });

  it('a pattern set matches when any of its patterns does, and an empty set never', () => {
    const set = new AntPatternSet(['/mall-portal/home/**', '/mall-member/sso/login']);
    expect(set.matches('/mall-portal/home/content')).toBe(true);
    expect(set.matches('/mall-member/sso/login')).toBe(true);
    expect(set.matches('/mall-member/sso/info')).toBe(false);
    expect(new AntPatternSet([]).matches('/')).toBe(false);
  });

  it('refuses a variable regex that does not compile', () => {
    expect(() => compileAntPattern('/x/{id:[}')).toThrow();
  });
});
