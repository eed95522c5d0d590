import { buildResourceRolesMap, roleAuthority } from './resource-roles-map';

describe('buildResourceRolesMap', () => {
  const roles = [
    { id: 5, name: '超级管理员' },
    { id: 1, name: '商品管理员' },
    { id: 2, name: '订单管理员' },
  ];

  it('maps prefix + url to the related roles in role id order, keys sorted', () => {
    const map = buildResourceRolesMap(
      '/mall-admin',
      [
        { id: 2, url: '/order/**' },
        { id: 1, url: '/brand/**' },
        { id: 3, url: '/admin/info' },
      ],
      roles,
      [
        { roleId: 5, resourceId: 1 },
        { roleId: 1, resourceId: 1 },
        { roleId: 5, resourceId: 2 },
        { roleId: 2, resourceId: 2 },
        { roleId: 2, resourceId: 2 },
      ],
    );
    expect(Object.keys(map)).toEqual([
      '/mall-admin/admin/info',
      '/mall-admin/brand/**',
      '/mall-admin/order/**',
    ]);
    expect(map).toEqual({
      '/mall-admin/admin/info': [],
      '/mall-admin/brand/**': ['1_商品管理员', '5_超级管理员'],
      '/mall-admin/order/**': ['2_订单管理员', '5_超级管理员'],
    });
  });

  it('lets the later resource win on a duplicate URL, as the original did', () => {
    const map = buildResourceRolesMap(
      '/mall-admin',
      [
        { id: 3, url: '/productAttribute/**' },
        { id: 2, url: '/productAttribute/**' },
      ],
      roles,
      [
        { roleId: 1, resourceId: 2 },
        { roleId: 5, resourceId: 3 },
      ],
    );
    expect(map).toEqual({ '/mall-admin/productAttribute/**': ['5_超级管理员'] });
  });

  it('ignores relations to deleted roles, null columns and resources without a URL', () => {
    const map = buildResourceRolesMap(
      '/mall-admin',
      [
        { id: 1, url: '/brand/**' },
        { id: 2, url: null },
      ],
      roles,
      [
        { roleId: 99, resourceId: 1 },
        { roleId: null, resourceId: 1 },
        { roleId: 1, resourceId: null },
        { roleId: 1, resourceId: 2 },
      ],
    );
    expect(map).toEqual({ '/mall-admin/brand/**': [] });
  });

  it('formats role strings as "<id>_<name>"', () => {
    expect(roleAuthority({ id: 7, name: '客服' })).toBe('7_客服');
    expect(roleAuthority({ id: 8, name: null })).toBe('8_null');
  });
});
