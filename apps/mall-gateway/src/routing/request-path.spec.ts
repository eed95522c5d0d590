import { isRejectedPath, parseRequestPath, servicePrefix, type RoutedPath } from './request-path';

function routed(url: string): RoutedPath {
  const parsed = parseRequestPath(url);
  if (isRejectedPath(parsed)) throw new Error(`rejected: ${parsed.rejected}`);
  return parsed;
}

describe('parseRequestPath', () => {
  it('splits the service prefix, the forwarded path and the query', () => {
    expect(routed('/mall-admin/brand/list?pageNum=1&pageSize=5')).toEqual({
      service: 'mall-admin',
      path: '/mall-admin/brand/list',
      forwardPath: '/brand/list',
      query: '?pageNum=1&pageSize=5',
    });
    expect(routed('/mall-admin')).toMatchObject({ service: 'mall-admin', forwardPath: '/' });
    expect(routed('/mall-admin/')).toMatchObject({ path: '/mall-admin/', forwardPath: '/' });
    expect(routed('/mall-admin/brand/')).toMatchObject({ forwardPath: '/brand/' });
  });

  it('collapses empty segments so that checks and forwarding see the same path', () => {
    expect(routed('/mall-member//sso///update/1/2')).toMatchObject({
      service: 'mall-member',
      path: '/mall-member/sso/update/1/2',
      forwardPath: '/sso/update/1/2',
    });
  });

  it('matches on the decoded path and forwards the segments as sent', () => {
    expect(routed('/mall-admin/admin/log%69n')).toMatchObject({
      path: '/mall-admin/admin/login',
      forwardPath: '/admin/log%69n',
    });
    expect(routed('/mall-%61dmin/brand/%E4%B8%AD')).toMatchObject({
      service: 'mall-admin',
      path: '/mall-admin/brand/中',
      forwardPath: '/brand/%E4%B8%AD',
    });
  });

  it('keeps a query string untouched, even with encoded slashes or dots', () => {
    expect(routed('/mall-portal/home/x?next=%2F..%2Fadmin')).toMatchObject({
      path: '/mall-portal/home/x',
      query: '?next=%2F..%2Fadmin',
    });
  });

  it('keeps segments that merely start with a dot', () => {
    expect(routed('/mall-portal/.well-known/x')).toMatchObject({ forwardPath: '/.well-known/x' });
  });

  it.each([
    ['/mall-portal/../mall-admin/admin/list', 'dot'],
    ['/mall-portal/./home', 'dot'],
    ['/mall-portal/%2e%2e/mall-admin/x', 'dot'],
    ['/mall-portal/%2E./mall-admin/x', 'dot'],
    ['/..', 'dot'],
    ['/mall-portal/home%2F..%2F..%2Fmall-admin', 'encoded slash'],
    ['/mall-portal/home%2fx', 'encoded slash'],
    ['/mall-portal/home%5cx', 'encoded slash'],
    ['/mall-portal\\..\\mall-admin', 'backslash'],
    ['/mall-portal/%252e%252e/x', 'double'],
    ['/mall-portal/%25%32%65/x', 'double'],
    ['/mall-portal/a%00b', 'control'],
    ['/mall-portal/%E4%B8', 'malformed'],
    ['/mall-portal/a%zz', 'malformed'],
    ['mall-portal/home', 'must start'],
    ['http://evil/mall-portal/home', 'must start'],
    ['/mall-portal/home#frag', 'fragment'],
    ['//', 'no service'],
  ])('refuses %s', (url, reason) => {
    const parsed = parseRequestPath(url);
    expect(isRejectedPath(parsed)).toBe(true);
    expect((parsed as { rejected: string }).rejected).toContain(reason);
  });
});

describe('servicePrefix', () => {
  it('reads the first segment, decoded, and whether the target is the prefix alone', () => {
    expect(servicePrefix('/mall-admin/brand/list?x=1')).toEqual({
      service: 'mall-admin',
      bare: false,
    });
    expect(servicePrefix('/mall-admin')).toEqual({ service: 'mall-admin', bare: true });
    expect(servicePrefix('/mall-admin?x=/y')).toEqual({ service: 'mall-admin', bare: true });
    expect(servicePrefix('/mall-admin/')).toEqual({ service: 'mall-admin', bare: false });
    expect(servicePrefix('/mall-%6Dember/sso')).toEqual({ service: 'mall-member', bare: false });
    expect(servicePrefix('//mall-portal/x')).toEqual({ service: 'mall-portal', bare: false });
    expect(servicePrefix('/actuator/health')).toEqual({ service: 'actuator', bare: false });
  });

  it('has none for targets that are not origin-form paths or whose prefix is badly encoded', () => {
    expect(servicePrefix('http://x/mall-admin')).toBeNull();
    expect(servicePrefix('*')).toBeNull();
    expect(servicePrefix('/mall-%E0%A4%A/x')).toBeNull();
  });

  it('names the service parseRequestPath routes to, for every target it accepts', () => {
    for (const url of [
      '/mall-admin/brand/list?pageNum=1',
      '/mall-admin',
      '/mall-admin/',
      '//mall-member//sso/update/1/2',
      '/mall-%61dmin/brand/%E4%B8%AD',
      '/mall-portal?x=1',
      '/mall-portal/home/content#x',
      '/mall-portal/./home',
      '/%2e%2e/mall-admin',
      '/mall-admin%2fx/y',
    ]) {
      const parsed = parseRequestPath(url);
      if (isRejectedPath(parsed)) continue;
      expect(servicePrefix(url)?.service).toBe(parsed.service);
    }
  });
});
