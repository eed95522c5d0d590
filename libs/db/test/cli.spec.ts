import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ALL_MIGRATIONS, dropDatabase, ensureDatabase } from '../src';
import { scratchSettings } from './support/scratch-db';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'tools/db/cli.mjs');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], env: Record<string, string>): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The CLI runs the TypeScript sources without a build, as `npm run db:*` does. */
describe('tools/db/cli.mjs', () => {
  const settings = scratchSettings('cli');
  const env = {
    MYSQL_DATABASE: settings.database,
    MYSQL_HOST: settings.host,
    MYSQL_PORT: String(settings.port),
  };

  afterAll(async () => {
    await dropDatabase(settings);
  });

  it('migrate creates the database and applies the migrations, then is a no-op', async () => {
    await dropDatabase(settings);
    const first = await cli(['migrate'], env);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toBe(
      `database '${settings.database}': applied ${ALL_MIGRATIONS.map((m) => m.name).join(', ')}\n`,
    );
    const second = await cli(['migrate'], env);
    expect(second).toMatchObject({
      code: 0,
      stdout: `database '${settings.database}' is up to date\n`,
    });
  });

  it('seed refuses a database with pending migrations', async () => {
    await dropDatabase(settings);
    await ensureDatabase(settings);
    const result = await cli(['seed'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `db:seed failed: database '${settings.database}' has pending migrations — run \`npm run db:migrate\` first\n`,
    );
  });

  it('reports an unreachable server on one line', async () => {
    const result = await cli(['migrate'], { ...env, MYSQL_PORT: '1' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `db:migrate failed: MariaDB not reachable at ${settings.host}:1 (ECONNREFUSED) — start it (e.g. \`sudo service mariadb start\`) or set MYSQL_HOST/MYSQL_PORT\n`,
    );
  });

  it('rejects a bad setting and unknown commands', async () => {
    expect(await cli(['migrate'], { ...env, MYSQL_PORT: 'abc' })).toMatchObject({
      code: 2,
      stderr: "db:migrate failed: MYSQL_PORT must be a TCP port number, got 'abc'\n",
    });
    const unknown = await cli(['drop-everything'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('usage: node tools/db/cli.mjs <migrate|seed|schema>');
  });
});
