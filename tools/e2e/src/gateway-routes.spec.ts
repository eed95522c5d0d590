import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
  createScratchDatabase,
  startBuiltService,
  WORKSPACE_ROOT,
  type RunningService,
  type ScratchDatabase,
} from '@mall/testing';

/**
 * The back office and search through the built gateway with real tokens: one read of every mall-admin
 * controller answers for the super administrator, the admin RBAC map refuses a product administrator
 * outside the product resources, and mall-search's reads are public while its index writes are internal.
 */

const TAG = `e2eroutes${process.pid}`;
const SERVICES: Array<{ name: string; port: number }> = [
  { name: 'mall-auth', port: 31401 },
  { name: 'mall-admin', port: 31087 },
  { name: 'mall-search', port: 31081 },
  { name: 'mall-gateway', port: 31201 },
];
const GATEWAY = 'http://127.0.0.1:31201';
const ROLES_KEY = `mall:t:${TAG}:resourceRolesMap`;
const discovery = Object.fromEntries(
  SERVICES.map((s) => [`MALL__discovery__services__${s.name}`, `["127.0.0.1:${s.port}"]`]),
);

interface Envelope<T = unknown> {
  code: number;
  message: string;
  data?: T;
}

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
  let db: ScratchDatabase;
  const running: RunningService[] = [];

  const call = async <T>(token: string, method: 'GET' | 'POST', path: string, json?: unknown) => {
    const res = await fetch(`${GATEWAY}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(json === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    return (await res.json()) as Envelope<T>;
  };
  const login = async (username: string) => {
    const res = await call<{ token: string }>('', 'POST', '/mall-admin/admin/login', {
      username,
      password: 'macro123',
    });
    expect(res.code).toBe(200);
    return res.data?.token as string;
  };

  beforeAll(async () => {
    db = await createScratchDatabase('e2e_routes');
    for (const command of ['migrate', 'seed']) {
      execFileSync(process.execPath, [join(WORKSPACE_ROOT, 'tools/db/cli.mjs'), command], {
        cwd: WORKSPACE_ROOT,
        env: { ...process.env, MYSQL_DATABASE: db.database },
        stdio: 'pipe',
      });
    }
    for (const s of SERVICES) {
      const env: Record<string, string> = { ...discovery, LOG_LEVEL: 'warn' };
      // mall-admin writes the RBAC map the gateway reads (a key of this suite's own).
      if (s.name === 'mall-admin' || s.name === 'mall-gateway') {
        env['MALL__app__redis__keys__resourceRolesMap'] = ROLES_KEY;
      }
      if (s.name !== 'mall-gateway') env['MYSQL_DATABASE'] = db.database;
      running.push(await startBuiltService(s.name, s.port, env, 60_000));
    }
  });

  afterAll(async () => {
    await Promise.all(running.map((s) => s.stop()));
    await db?.drop();
  });

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
