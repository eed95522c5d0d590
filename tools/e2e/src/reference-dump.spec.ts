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
      execFileSync(process.execPath, [join(WORKSPACE_ROOT, 'tools/db/cli.mjs'), 'migrate'], {
        cwd: WORKSPACE_ROOT,
        env: { ...process.env, MYSQL_DATABASE: db.database },
        stdio: 'pipe',
      });
      for (const [name, port] of [
        ['mall-admin', 29087],
        ['mall-portal', 29085],
      ] as const) {
        running.push(await startBuiltService(name, port, { MYSQL_DATABASE: db.database }, 60_000));
      }
    });

    afterAll(async () => {
      await Promise.all(running.map((s) => s.stop()));
      await db?.drop();
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
