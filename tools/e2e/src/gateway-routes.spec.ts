import { MallCluster } from './support/mall-cluster';

/**
 * The back office and search through the built gateway with real tokens: one read of every mall-admin
 * controller answers for the super administrator, the admin RBAC map refuses a product administrator
 * outside the product resources, and mall-search's reads are public while its index writes are internal.
 */

const TAG = `e2eroutes${process.pid}`;
const SERVICES = [
  { name: 'mall-auth', port: 31401 },
  { name: 'mall-admin', port: 31087 },
  { name: 'mall-search', port: 31081 },
];

// One read per mall-admin controller (paths local to mall-admin).
const ADMIN_READS = [
  '/brand/list',
  '/brand/listAll',
  '/productAttribute/category/list',
  '/productAttribute/list/1?type=0',
  '/productCategory/list/0',
  '/productCategory/list/withChildren',
  '/product/list',
  '/product/simpleList?keyword=a',
  '/sku/1',
  '/order/list',
  '/returnApply/list',
  '/returnReason/list',
  '/orderSetting/1',
  '/companyAddress/list',
  '/coupon/list',
  '/couponHistory/list?couponId=1',
  '/flash/list',
  '/flashSession/list',
  '/flashSession/selectList?flashPromotionId=1',
  '/flashProductRelation/list?flashPromotionId=1&flashPromotionSessionId=1',
  '/home/advertise/list',
  '/home/brand/list',
  '/home/newProduct/list',
  '/home/recommendProduct/list',
  '/home/recommendSubject/list',
  '/prefrenceArea/listAll',
  '/subject/listAll',
  '/subject/list',
  '/admin/list',
  '/admin/info',
  '/role/listAll',
  '/role/list',
  '/menu/treeList',
  '/menu/list/0',
  '/resource/listAll',
  '/resourceCategory/listAll',
  '/permission/treeList',
  '/memberLevel/list?defaultStatus=0',
];

describe('back office and search routes through the gateway', () => {
  const cluster = new MallCluster('e2e_routes', SERVICES, { tag: TAG, gatewayPort: 31201 });
  const gateway = cluster.gateway;

  const call = <T>(token: string, method: 'GET' | 'POST', path: string) =>
    gateway.call<T>(method, path, { token });
  const login = async (username: string) => (await gateway.loginAdmin(username)).token;

  beforeAll(() => cluster.start());
  afterAll(() => cluster.stop());

  it('answers one read of every mall-admin controller for the super administrator', async () => {
    const token = await login('admin');
    const failures: string[] = [];
    for (const path of ADMIN_READS) {
      const res = await call(token, 'GET', `/mall-admin${path}`);
      if (res.code !== 200) failures.push(`${path} → ${res.code} ${res.message}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses a product administrator outside the product resources', async () => {
    const token = await login('productAdmin');
    expect((await call(token, 'GET', '/mall-admin/brand/list')).code).toBe(200);
    expect((await call(token, 'GET', '/mall-admin/order/list')).code).toBe(403);
    expect((await call(token, 'GET', '/mall-admin/role/listAll')).code).toBe(403);
  });

  it('serves search reads publicly and refuses index writes from outside', async () => {
    const simple = await call<{ pageNum: number; list: unknown[] }>(
      '',
      'GET',
      '/mall-search/esProduct/search/simple?keyword=%E6%89%8B%E6%9C%BA',
    );
    expect(simple).toMatchObject({ code: 200, data: { pageNum: 0 } });
    const full = await call(
      '',
      'GET',
      '/mall-search/esProduct/search?keyword=%E6%89%8B%E6%9C%BA&sort=2',
    );
    expect(full.code).toBe(200);
    expect((await call('', 'GET', '/mall-search/esProduct/search/relate')).code).toBe(200);
    expect((await call('', 'GET', '/mall-search/esProduct/recommend/1')).code).toBe(200);
    expect((await call('', 'POST', '/mall-search/esProduct/importAll')).code).toBe(403);
  });
});
