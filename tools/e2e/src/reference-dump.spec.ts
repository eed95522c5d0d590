import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import {
  createScratchDatabase,
  RunningService,
  ScratchDatabase,
  startBuiltService,
  WORKSPACE_ROOT,
} from '@mall/testing';
import { runDbCli } from './support/mall-cluster';

// The original system's dump, shipped beside the project for compatibility checks only.
const DUMP =
  process.env['MALL_REFERENCE_DUMP'] ??
  join(WORKSPACE_ROOT, '..', 'shared', 'reference', '7d-mall.sql');
const mysqlCli = spawnSync('mysql', ['--version']).status === 0;
const runnable = existsSync(DUMP) && mysqlCli;
if (!runnable) {
  console.warn(
    `reference-dump suite skipped: ${existsSync(DUMP) ? 'no mysql client' : `${DUMP} is absent`}`,
  );
}

(runnable ? describe : describe.skip)(
  'services start on a database loaded from the original dump',
  () => {
    let db: ScratchDatabase;
    const running: RunningService[] = [];

    beforeAll(async () => {
      db = await createScratchDatabase('e2e_dump');
      const input = openSync(DUMP, 'r');
      try {
        execFileSync('mysql', ['-h', db.host, '-P', String(db.port), '-u', db.user, db.database], {
          stdio: [input, 'pipe', 'pipe'],
          env: { ...process.env, MYSQL_PWD: db.password },
        });
      } finally {
        closeSync(input);
      }
      // Migrating a database restored from the dump only records the schema and adds the hot-path indexes.
      runDbCli('migrate', db);
      for (const [name, port] of [
        ['mall-admin', 29087],
        ['mall-portal', 29085],
      ] as const) {
        running.push(
          await startBuiltService(
            name,
            port,
            // A private resource->roles key: mall-admin rebuilds it at start from this database.
            {
              MYSQL_DATABASE: db.database,
              MALL__app__redis__keys__resourceRolesMap: `e2e:dump:${db.database}`,
            },
            60_000,
          ),
        );
      }
    });

    afterAll(async () => {
      await Promise.all(running.map((s) => s.stop()));
      await db?.drop();
    });

    const get = async (port: number, path: string) => {
      const res = await fetch(`http://127.0.0.1:${port}${path}`);
      return { status: res.status, body: (await res.json()) as { code: number; data: unknown } };
    };

    it('serves the original rows: portal catalog reads', async () => {
      const detail = await get(29085, '/product/detail/17');
      expect(detail.body.code).toBe(200);
      expect(detail.body.data).toMatchObject({ product: { id: 17 } });
      const tree = await get(29085, '/product/categoryTreeList');
      expect(tree.body.code).toBe(200);
      expect((tree.body.data as unknown[]).length).toBeGreaterThan(0);
      const search = await get(
        29085,
        '/product/search?keyword=%E6%89%8B%E6%9C%BA&pageNum=1&pageSize=5',
      );
      expect(search.body).toMatchObject({ code: 200, data: { pageNum: 1, pageSize: 5 } });
    });

    it('serves the original rows: back-office reads', async () => {
      const roles = await get(29087, '/role/listAll');
      expect(roles.body.code).toBe(200);
      expect((roles.body.data as { id: number }[]).length).toBe(3);
      const menus = await get(29087, '/menu/treeList');
      expect(menus.body.code).toBe(200);
      expect((menus.body.data as unknown[]).length).toBeGreaterThan(0);
    });

    it('reports the database UP for each service', async () => {
      for (const service of running) {
        const res = await fetch(`http://127.0.0.1:${service.port}/actuator/health`);
        const body = (await res.json()) as {
          status: string;
          components: Record<string, { status: string }>;
        };
        expect(body.status).toBe('UP');
        expect(body.components['db'].status).toBe('UP');
      }
    });
  },
);
