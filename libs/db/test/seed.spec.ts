import bcrypt from 'bcrypt';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runMigrations } from '../src';
import {
  LOAD_TEST_MEMBERS,
  runSeed,
  SeedError,
  SEEDED_ACCOUNTS,
  SEEDED_ROLES,
  type SeedReport,
} from '../src/seed';
import { closeScratch, openScratch } from './support/scratch-db';

type Scratch = Awaited<ReturnType<typeof openScratch>>;
type Row = Record<string, string | number | null>;

const SEED_DIR = path.resolve(__dirname, '../../../sql/seed');

/**
 * One request path per mall-admin controller (service-local, as in ums_resource.url). Every
 * path that needs a login must be covered by a resource, and every resource must cover one.
 */
const ADMIN_PATHS = [
  '/brand/list',
  '/productAttribute/category/list',
  '/productAttribute/list/1',
  '/productCategory/list/0',
  '/product/list',
  '/sku/1',
  '/memberLevel/list',
  '/order/list',
  '/returnApply/list',
  '/returnReason/list',
  '/orderSetting/1',
  '/companyAddress/list',
  '/coupon/list',
  '/couponHistory/list',
  '/flash/list',
  '/flashProductRelation/list',
  '/flashSession/list',
  '/home/advertise/list',
  '/home/brand/list',
  '/home/newProduct/list',
  '/home/recommendProduct/list',
  '/home/recommendSubject/list',
  '/prefrenceArea/listAll',
  '/subject/listAll',
  '/admin/list',
  '/admin/info',
  '/admin/logout',
  '/role/listAll',
  '/menu/treeList',
  '/resourceCategory/listAll',
  '/resource/listAll',
  '/permission/treeList',
  '/minio/delete',
  '/aliyun/oss/policy',
];

/** The API path each admin front-end page (menu name) calls first. */
const MENU_API_PATHS: Record<string, string> = {
  product: '/product/list',
  addProduct: '/product/create',
  productCate: '/productCategory/list/0',
  productAttr: '/productAttribute/category/list',
  brand: '/brand/list',
  order: '/order/list',
  orderSetting: '/orderSetting/1',
  returnApply: '/returnApply/list',
  returnReason: '/returnReason/list',
  flash: '/flash/list',
  coupon: '/coupon/list',
  homeBrand: '/home/brand/list',
  homeNew: '/home/newProduct/list',
  homeHot: '/home/recommendProduct/list',
  homeSubject: '/home/recommendSubject/list',
  homeAdvertise: '/home/advertise/list',
  admin: '/admin/list',
  role: '/role/list',
  menu: '/menu/treeList',
  resource: '/resource/list',
};

/** Ant-style path matching as the gateway applies it: `*` one segment part, `**` any depth. */
function antMatches(pattern: string, requestPath: string): boolean {
  const regex = pattern
    .split(/(\/\*\*$|\*\*|\*|\?)/)
    .map((part) => {
      if (part === '/**') return '(?:/.*)?';
      if (part === '**') return '.*';
      if (part === '*') return '[^/]*';
      if (part === '?') return '[^/]';
      return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${regex}$`).test(requestPath);
}

function seconds(time: string): number {
  const [h, m, s] = time.split(':').map(Number);
  return h * 3600 + m * 60 + s;
}

describe('seed data on a migrated database', () => {
  let scratch: Scratch;
  let firstRun: SeedReport;

  const query = (sql: string, params?: unknown[]): Promise<Row[]> => scratch.ds.query(sql, params);

  async function checksums(tables: string[]): Promise<Record<string, string>> {
    const rows = await query(`CHECKSUM TABLE ${tables.map((t) => `\`${t}\``).join(', ')}`);
    return Object.fromEntries(rows.map((row) => [String(row['Table']), String(row['Checksum'])]));
  }

  beforeAll(async () => {
    scratch = await openScratch('seed');
    await runMigrations(scratch.ds);
    firstRun = await runSeed(scratch.ds, { seedDir: SEED_DIR });
  }, 120_000);

  afterAll(async () => {
    await closeScratch(scratch);
  });

  describe('runSeed', () => {
    it('applies the seed files in name order and counts the rows of every table they write', () => {
      expect(firstRun.seedDir).toBe(SEED_DIR);
      expect(firstRun.files.map((file) => file.file)).toEqual([
        '10-ums-access.sql',
        '20-oms-settings.sql',
        '30-pms-catalog.sql',
        '40-sms-marketing.sql',
      ]);
      expect(firstRun.rowCounts).toMatchObject({
        ums_admin: 4,
        ums_role: 3,
        ums_menu: 24,
        ums_member_level: 4,
        ums_member: 2 + LOAD_TEST_MEMBERS.count,
        ums_member_receive_address: 2 + LOAD_TEST_MEMBERS.count,
        oms_order_setting: 1,
        pms_product: 23,
        sms_flash_promotion: 1,
      });
      for (const count of Object.values(firstRun.rowCounts)) expect(count).toBeGreaterThan(0);
    });

    it('finds sql/seed from the working directory when no seedDir is given', async () => {
      const report = await runSeed(scratch.ds);
      expect(report.seedDir).toBe(SEED_DIR);
      expect(report.rowCounts).toEqual(firstRun.rowCounts);
    });

    it('is idempotent: a second run leaves the same row counts and the same table contents', async () => {
      const tables = Object.keys(firstRun.rowCounts);
      const before = await checksums(tables);
      const secondRun = await runSeed(scratch.ds, { seedDir: SEED_DIR });
      expect(secondRun.rowCounts).toEqual(firstRun.rowCounts);
      expect(await checksums(tables)).toEqual(before);
    });

    it('rolls back the whole file and names the statement when one statement fails', async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'mall-seed-'));
      try {
        await writeFile(
          path.join(dir, '10-broken.sql'),
          "INSERT INTO oms_order_return_reason (id, name) VALUES (900, 'rolled back');\n" +
            'INSERT INTO no_such_table (id) VALUES (1);\n',
        );
        const failure = await runSeed(scratch.ds, { seedDir: dir }).catch(
          (error: unknown) => error,
        );
        expect(failure).toBeInstanceOf(SeedError);
        expect(failure).toMatchObject({ file: '10-broken.sql', statementNumber: 2 });
        expect((failure as Error).message).toMatch(/^10-broken\.sql, statement 2 .*no_such_table/);
        expect(await query('SELECT id FROM oms_order_return_reason WHERE id = 900')).toEqual([]);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });

  describe('accounts', () => {
    it.each(SEEDED_ACCOUNTS.filter((a) => a.kind === 'admin').map((a) => [a.username, a]))(
      'admin %s has its documented password, status and roles',
      async (_username, account) => {
        const [row] = await query('SELECT username, password, status FROM ums_admin WHERE id = ?', [
          account.id,
        ]);
        expect(row['username']).toBe(account.username);
        expect(row['status']).toBe(account.enabled ? 1 : 0);
        const hash = String(row['password']);
        expect(hash).toMatch(/^\$2b\$10\$/);
        expect(await bcrypt.compare(account.password, hash)).toBe(true);
        const roles = await query(
          "SELECT CONCAT(r.id, '_', r.name) AS authority FROM ums_admin_role_relation ar " +
            'JOIN ums_role r ON r.id = ar.role_id WHERE ar.admin_id = ? ORDER BY r.id',
          [account.id],
        );
        expect(roles.map((role) => role['authority'])).toEqual(account.roles);
      },
    );

    it('admin logs in with macro123', async () => {
      const [row] = await query("SELECT password FROM ums_admin WHERE username = 'admin'");
      expect(await bcrypt.compare('macro123', String(row['password']))).toBe(true);
    });

    it.each(SEEDED_ACCOUNTS.filter((a) => a.kind === 'member').map((a) => [a.username, a]))(
      'member %s has its documented password and one default receive address',
      async (_username, account) => {
        const [row] = await query(
          'SELECT username, password, status FROM ums_member WHERE id = ?',
          [account.id],
        );
        expect(row['username']).toBe(account.username);
        expect(row['status']).toBe(1);
        expect(await bcrypt.compare(account.password, String(row['password']))).toBe(true);
        const addresses = await query(
          'SELECT default_status FROM ums_member_receive_address WHERE member_id = ?',
          [account.id],
        );
        expect(addresses).toEqual([{ default_status: 1 }]);
      },
    );

    it('has the load-test members user_0001..user_0100 with password 123456 and an address each', async () => {
      const members = await query(
        'SELECT m.id, m.username, m.password, m.status, a.id AS address_id FROM ums_member m ' +
          'LEFT JOIN ums_member_receive_address a ON a.member_id = m.id ' +
          "WHERE m.username LIKE 'user\\_%' ORDER BY m.id",
      );
      expect(members.map((m) => m['username'])).toEqual(LOAD_TEST_MEMBERS.usernames);
      members.forEach((member, index) => {
        const id = LOAD_TEST_MEMBERS.firstId + index;
        expect(Number(member['id'])).toBe(id);
        expect(Number(member['address_id'])).toBe(id);
        expect(member['status']).toBe(1);
      });
      const hashes = new Set(members.map((m) => String(m['password'])));
      for (const hash of hashes) {
        expect(await bcrypt.compare(LOAD_TEST_MEMBERS.password, hash)).toBe(true);
      }
    });

    it('has exactly one default member level, the one registration assigns', async () => {
      const defaults = await query('SELECT name FROM ums_member_level WHERE default_status = 1');
      expect(defaults).toEqual([{ name: '普通会员' }]);
      const [{ n }] = await query('SELECT COUNT(*) AS n FROM ums_member_level');
      expect(Number(n)).toBe(4);
    });
  });

  describe('access control', () => {
    it('gives the super admin every resource, menu and permission through its role', async () => {
      for (const [table, column, relation] of [
        ['ums_resource', 'resource_id', 'ums_role_resource_relation'],
        ['ums_menu', 'menu_id', 'ums_role_menu_relation'],
        ['ums_permission', 'permission_id', 'ums_role_permission_relation'],
      ]) {
        const [{ total }] = await query(`SELECT COUNT(*) AS total FROM ${table}`);
        const [{ granted }] = await query(
          `SELECT COUNT(DISTINCT rel.${column}) AS granted FROM ums_admin a ` +
            'JOIN ums_admin_role_relation ar ON ar.admin_id = a.id ' +
            `JOIN ${relation} rel ON rel.role_id = ar.role_id ` +
            `JOIN ${table} t ON t.id = rel.${column} WHERE a.username = 'admin'`,
        );
        expect(Number(granted)).toBe(Number(total));
      }
    });

    it('covers every admin controller path with a resource, and every resource covers a path', async () => {
      const urls = (await query('SELECT url FROM ums_resource')).map((r) => String(r['url']));
      const uncoveredPaths = ADMIN_PATHS.filter((p) => !urls.some((url) => antMatches(url, p)));
      expect(uncoveredPaths).toEqual([]);
      const unusedResources = urls.filter((url) => !ADMIN_PATHS.some((p) => antMatches(url, p)));
      expect(unusedResources).toEqual([]);
      expect(new Set(urls).size).toBe(urls.length);
    });

    it('lets every role call the API of each page it has a menu for, and load its info', async () => {
      const roles = await query('SELECT id FROM ums_role');
      expect(roles.map((r) => Number(r['id'])).sort()).toEqual(
        Object.values(SEEDED_ROLES)
          .map((role) => role.id)
          .sort(),
      );
      for (const { id: roleId } of roles) {
        const urls = (
          await query(
            'SELECT r.url FROM ums_role_resource_relation rr JOIN ums_resource r ON r.id = rr.resource_id ' +
              'WHERE rr.role_id = ?',
            [roleId],
          )
        ).map((r) => String(r['url']));
        const menus = await query(
          'SELECT m.name, m.level FROM ums_role_menu_relation rm JOIN ums_menu m ON m.id = rm.menu_id ' +
            'WHERE rm.role_id = ?',
          [roleId],
        );
        expect(menus.length).toBeGreaterThan(0);
        const pages = menus.filter((m) => m['level'] === 1).map((m) => String(m['name']));
        const unreachable = pages.filter(
          (page) => !urls.some((url) => antMatches(url, MENU_API_PATHS[page])),
        );
        expect({ roleId, unreachable }).toEqual({ roleId, unreachable: [] });
        for (const always of ['/admin/info', '/admin/logout']) {
          expect(urls.some((url) => antMatches(url, always))).toBe(true);
        }
      }
    });

    it('builds the menu tree the admin front-end expects', async () => {
      const menus = await query('SELECT id, parent_id, level, name, icon, hidden FROM ums_menu');
      const top = menus.filter((m) => Number(m['parent_id']) === 0);
      expect(top.map((m) => m['name'])).toEqual(['pms', 'oms', 'sms', 'ums']);
      const ids = new Set(menus.map((m) => Number(m['id'])));
      for (const menu of menus) {
        expect(menu['level']).toBe(Number(menu['parent_id']) === 0 ? 0 : 1);
        if (Number(menu['parent_id']) !== 0) expect(ids.has(Number(menu['parent_id']))).toBe(true);
        expect(menu['hidden']).toBe(0);
        expect(menu['icon']).toBeTruthy();
      }
      const pageNames = menus.filter((m) => m['level'] === 1).map((m) => String(m['name']));
      expect(pageNames.sort()).toEqual(Object.keys(MENU_API_PATHS).sort());
    });

    it('grants a role the parent of every page menu it has', async () => {
      const orphans = await query(
        'SELECT rm.role_id, m.name FROM ums_role_menu_relation rm JOIN ums_menu m ON m.id = rm.menu_id ' +
          'WHERE m.parent_id <> 0 AND NOT EXISTS (SELECT 1 FROM ums_role_menu_relation p ' +
          'WHERE p.role_id = rm.role_id AND p.menu_id = m.parent_id)',
      );
      expect(orphans).toEqual([]);
    });

    it('keeps the permission tree and every relation pointing at existing rows', async () => {
      const dangling = await query(
        "SELECT 'permission' AS kind, id FROM ums_permission p WHERE p.pid <> 0 " +
          'AND NOT EXISTS (SELECT 1 FROM ums_permission x WHERE x.id = p.pid) ' +
          "UNION ALL SELECT 'role-permission', id FROM ums_role_permission_relation r " +
          'WHERE NOT EXISTS (SELECT 1 FROM ums_permission x WHERE x.id = r.permission_id) ' +
          'OR NOT EXISTS (SELECT 1 FROM ums_role x WHERE x.id = r.role_id) ' +
          "UNION ALL SELECT 'role-resource', id FROM ums_role_resource_relation r " +
          'WHERE NOT EXISTS (SELECT 1 FROM ums_resource x WHERE x.id = r.resource_id) ' +
          "UNION ALL SELECT 'role-menu', id FROM ums_role_menu_relation r " +
          'WHERE NOT EXISTS (SELECT 1 FROM ums_menu x WHERE x.id = r.menu_id) ' +
          "UNION ALL SELECT 'resource-category', id FROM ums_resource r " +
          'WHERE NOT EXISTS (SELECT 1 FROM ums_resource_category x WHERE x.id = r.category_id)',
      );
      expect(dangling).toEqual([]);
    });
  });

  describe('catalog', () => {
    it('gives every product at least one SKU, and product stock equals the sum of its SKU stock', async () => {
      const products = await query(
        'SELECT p.id, p.stock, p.price, COUNT(s.id) AS skus, SUM(s.stock) AS sku_stock, ' +
          'MIN(s.price) AS min_sku_price FROM pms_product p ' +
          'LEFT JOIN pms_sku_stock s ON s.product_id = p.id GROUP BY p.id, p.stock, p.price',
      );
      expect(products).toHaveLength(23);
      for (const product of products) {
        expect(Number(product['skus'])).toBeGreaterThanOrEqual(1);
        expect(Number(product['stock'])).toBe(Number(product['sku_stock']));
        // The listed price is the cheapest SKU's.
        expect(Number(product['price'])).toBe(Number(product['min_sku_price']));
      }
    });

    it('lists only live products: published, verified, not deleted, with denormalised names that match', async () => {
      const wrong = await query(
        'SELECT p.id FROM pms_product p JOIN pms_brand b ON b.id = p.brand_id ' +
          'JOIN pms_product_category c ON c.id = p.product_category_id ' +
          'WHERE p.publish_status <> 1 OR p.verify_status <> 1 OR p.delete_status <> 0 ' +
          'OR p.brand_name <> b.name OR p.product_category_name <> c.name OR c.level <> 1',
      );
      expect(wrong).toEqual([]);
      const types = await query('SELECT DISTINCT promotion_type FROM pms_product ORDER BY 1');
      expect(types.map((t) => t['promotion_type'])).toEqual([0, 1, 2, 3, 4]);
    });

    it('describes every SKU with the spec attributes of its product type', async () => {
      const rows = await query(
        'SELECT s.id, s.sp_data, s.lock_stock, s.stock, ' +
          '(SELECT GROUP_CONCAT(a.name) FROM pms_product_attribute a ' +
          ' WHERE a.product_attribute_category_id = p.product_attribute_category_id AND a.type = 0) AS specs ' +
          'FROM pms_sku_stock s JOIN pms_product p ON p.id = s.product_id',
      );
      for (const row of rows) {
        const specNames = String(row['specs']).split(',');
        const spData = JSON.parse(String(row['sp_data'])) as { key: string; value: string }[];
        expect(spData.length).toBeGreaterThan(0);
        for (const { key, value } of spData) {
          expect(specNames).toContain(key);
          expect(value).toBeTruthy();
        }
        expect(row['lock_stock']).toBe(0);
        expect(Number(row['stock'])).toBeGreaterThanOrEqual(100);
        expect(Number(row['stock'])).toBeLessThanOrEqual(1000);
      }
    });

    it('carries the promotion data each promotion type needs', async () => {
      const missing = await query(
        'SELECT p.id, p.promotion_type FROM pms_product p WHERE ' +
          '(p.promotion_type = 1 AND (p.promotion_price IS NULL OR EXISTS (SELECT 1 FROM pms_sku_stock s ' +
          '  WHERE s.product_id = p.id AND (s.promotion_price IS NULL OR s.promotion_price >= s.price)))) ' +
          'OR (p.promotion_type = 2 AND (SELECT COUNT(*) FROM pms_member_price m WHERE m.product_id = p.id) <> 3) ' +
          'OR (p.promotion_type = 3 AND NOT EXISTS (SELECT 1 FROM pms_product_ladder l WHERE l.product_id = p.id)) ' +
          'OR (p.promotion_type = 4 AND NOT EXISTS ' +
          '  (SELECT 1 FROM pms_product_full_reduction f WHERE f.product_id = p.id))',
      );
      expect(missing).toEqual([]);
    });

    it('relates zones, subjects and category filters only to existing rows, with matching counts', async () => {
      const dangling = await query(
        "SELECT 'zone' AS kind, r.id FROM cms_prefrence_area_product_relation r " +
          'LEFT JOIN pms_product p ON p.id = r.product_id LEFT JOIN cms_prefrence_area a ON a.id = r.prefrence_area_id ' +
          'WHERE p.id IS NULL OR a.id IS NULL ' +
          "UNION ALL SELECT 'subject', r.id FROM cms_subject_product_relation r " +
          'LEFT JOIN pms_product p ON p.id = r.product_id LEFT JOIN cms_subject s ON s.id = r.subject_id ' +
          'WHERE p.id IS NULL OR s.id IS NULL ' +
          "UNION ALL SELECT 'subject-count', s.id FROM cms_subject s WHERE s.product_count <> " +
          '(SELECT COUNT(*) FROM cms_subject_product_relation r WHERE r.subject_id = s.id) ' +
          "UNION ALL SELECT 'category-attribute', r.id FROM pms_product_category_attribute_relation r " +
          'LEFT JOIN pms_product_attribute a ON a.id = r.product_attribute_id ' +
          'LEFT JOIN pms_product_category c ON c.id = r.product_category_id ' +
          'WHERE a.id IS NULL OR c.id IS NULL OR c.level <> 1 ' +
          "UNION ALL SELECT 'attribute-value', v.id FROM pms_product_attribute_value v " +
          'JOIN pms_product p ON p.id = v.product_id JOIN pms_product_attribute a ON a.id = v.product_attribute_id ' +
          'WHERE a.product_attribute_category_id <> p.product_attribute_category_id',
      );
      expect(dangling).toEqual([]);
    });
  });

  describe('marketing is live today', () => {
    it('has coupons of every scope that can be claimed and used now', async () => {
      const coupons = await query(
        'SELECT id, use_type, start_time < NOW() AND end_time > NOW() AND enable_time <= NOW() AS live, ' +
          'count, (SELECT COUNT(*) FROM sms_coupon_product_category_relation r WHERE r.coupon_id = c.id) AS cats, ' +
          '(SELECT COUNT(*) FROM sms_coupon_product_relation r JOIN pms_product p ON p.id = r.product_id ' +
          ' WHERE r.coupon_id = c.id) AS products FROM sms_coupon c',
      );
      expect(new Set(coupons.map((c) => c['use_type']))).toEqual(new Set([0, 1, 2]));
      for (const coupon of coupons) {
        expect({ id: coupon['id'], live: Number(coupon['live']) }).toEqual({
          id: coupon['id'],
          live: 1,
        });
        expect(Number(coupon['count'])).toBeGreaterThan(0);
        if (coupon['use_type'] === 1) expect(Number(coupon['cats'])).toBeGreaterThan(0);
        if (coupon['use_type'] === 2) expect(Number(coupon['products'])).toBeGreaterThan(0);
      }
    });

    it('runs a flash promotion today whose sessions cover every second of the day exactly once', async () => {
      const promotions = await query(
        'SELECT id FROM sms_flash_promotion WHERE status = 1 AND start_date <= CURDATE() AND end_date >= CURDATE()',
      );
      expect(promotions).toHaveLength(1);
      const current = await query(
        'SELECT id FROM sms_flash_promotion_session WHERE start_time <= CURTIME() AND end_time >= CURTIME()',
      );
      expect(current).toHaveLength(1);

      const sessions = await query(
        'SELECT s.start_time, s.end_time, s.status, ' +
          '(SELECT COUNT(*) FROM sms_flash_promotion_product_relation r WHERE r.flash_promotion_session_id = s.id ' +
          ' AND r.flash_promotion_id = ?) AS products FROM sms_flash_promotion_session s ORDER BY s.start_time',
        [promotions[0]['id']],
      );
      expect(seconds(String(sessions[0]['start_time']))).toBe(0);
      expect(seconds(String(sessions[sessions.length - 1]['end_time']))).toBe(24 * 3600 - 1);
      sessions.forEach((session, i) => {
        expect(session['status']).toBe(1);
        expect(Number(session['products'])).toBeGreaterThan(0);
        if (i > 0) {
          expect(seconds(String(session['start_time']))).toBe(
            seconds(String(sessions[i - 1]['end_time'])) + 1,
          );
        }
      });
    });

    it('prices every flash product below its regular price', async () => {
      const wrong = await query(
        'SELECT r.id FROM sms_flash_promotion_product_relation r LEFT JOIN pms_product p ON p.id = r.product_id ' +
          'WHERE p.id IS NULL OR r.flash_promotion_price >= p.price OR r.flash_promotion_count <= 0',
      );
      expect(wrong).toEqual([]);
    });

    it('fills every home list with at least five live rows (GET /home/content reads from offset 4)', async () => {
      const counts = await query(
        'SELECT ' +
          '(SELECT COUNT(*) FROM sms_home_advertise WHERE type = 1 AND status = 1 ' +
          '  AND start_time < NOW() AND end_time > NOW()) AS app_ads, ' +
          '(SELECT COUNT(*) FROM sms_home_brand h JOIN pms_brand b ON b.id = h.brand_id ' +
          '  WHERE h.recommend_status = 1 AND b.show_status = 1) AS brands, ' +
          '(SELECT COUNT(*) FROM sms_home_new_product h JOIN pms_product p ON p.id = h.product_id ' +
          '  WHERE h.recommend_status = 1 AND p.publish_status = 1 AND p.new_status = 1) AS new_products, ' +
          '(SELECT COUNT(*) FROM sms_home_recommend_product h JOIN pms_product p ON p.id = h.product_id ' +
          '  WHERE h.recommend_status = 1 AND p.publish_status = 1 AND p.recommand_status = 1) AS hot_products, ' +
          '(SELECT COUNT(*) FROM sms_home_recommend_subject h JOIN cms_subject s ON s.id = h.subject_id ' +
          '  WHERE h.recommend_status = 1 AND s.show_status = 1) AS subjects',
      );
      const [row] = counts;
      expect(Number(row['app_ads'])).toBeGreaterThanOrEqual(1);
      for (const list of ['brands', 'new_products', 'hot_products', 'subjects']) {
        expect({ list, enough: Number(row[list]) >= 5 }).toEqual({ list, enough: true });
      }
    });
  });

  describe('order settings', () => {
    it('has the singleton order setting and the points setting read by id 1', async () => {
      const settings = await query('SELECT * FROM oms_order_setting');
      expect(settings.map((row) => ({ ...row, id: Number(row['id']) }))).toEqual([
        {
          id: 1,
          flash_order_overtime: 60,
          normal_order_overtime: 120,
          confirm_overtime: 15,
          finish_overtime: 7,
          comment_overtime: 7,
        },
      ]);
      const [setting] = await query('SELECT * FROM ums_integration_consume_setting WHERE id = 1');
      expect(setting).toMatchObject({ use_unit: 100, max_percent_per_order: 50, coupon_status: 1 });
    });

    it('has one default shipping and one default return address, and enabled return reasons', async () => {
      const [row] = await query(
        'SELECT SUM(send_status) AS send, SUM(receive_status) AS receive FROM oms_company_address',
      );
      expect(Number(row['send'])).toBe(1);
      expect(Number(row['receive'])).toBe(1);
      const reasons = await query(
        'SELECT COUNT(*) AS n FROM oms_order_return_reason WHERE status = 1',
      );
      expect(Number(reasons[0]['n'])).toBeGreaterThanOrEqual(5);
    });
  });

  // Last, because it changes rows the checks above read.
  describe('re-seeding a database in use', () => {
    it('keeps runtime state (stock, passwords, balances) and re-derives product stock when run again', async () => {
      await query('UPDATE pms_sku_stock SET stock = 7, lock_stock = 2 WHERE id = 101');
      await query("UPDATE ums_admin SET password = 'changed' WHERE id = 3");
      await query('UPDATE ums_member SET integration = 42 WHERE id = 1');
      await runSeed(scratch.ds, { seedDir: SEED_DIR });
      const [sku] = await query('SELECT stock, lock_stock FROM pms_sku_stock WHERE id = 101');
      expect(sku).toEqual({ stock: 7, lock_stock: 2 });
      const [product] = await query(
        'SELECT p.stock, (SELECT SUM(stock) FROM pms_sku_stock WHERE product_id = 1) AS sku_sum ' +
          'FROM pms_product p WHERE p.id = 1',
      );
      expect(Number(product['stock'])).toBe(Number(product['sku_sum']));
      const [admin] = await query('SELECT password FROM ums_admin WHERE id = 3');
      expect(admin['password']).toBe('changed');
      const [member] = await query('SELECT integration FROM ums_member WHERE id = 1');
      expect(member['integration']).toBe(42);
    });
  });
});
