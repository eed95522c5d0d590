import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createDataSource } from '@mall/db';
import {
  createMallDatabase,
  createScratchDatabase,
  testMysqlServer,
  type ScratchDatabase,
} from '@mall/testing';
import { createConnection } from 'mysql2/promise';
import { parse } from 'yaml';
import { containerProcess, simulateBuild, type SimulatedStage } from './support/dockerfile';
import { DEPLOY_DIR, hasTool, REPO_ROOT, run, runModule } from './support/tools';

const APPS = readdirSync(path.join(REPO_ROOT, 'apps')).sort();
const IMAGE_APP = 'mall-admin';
const DOCKERFILE = path.join(DEPLOY_DIR, 'docker', 'Dockerfile');
const DB_INIT_DOCKERFILE = path.join(DEPLOY_DIR, 'docker', 'db-init', 'Dockerfile');

function configuredPort(app: string): number {
  return (
    parse(readFileSync(path.join(REPO_ROOT, 'config', `${app}.yaml`), 'utf8')) as {
      server: { port: number };
    }
  ).server.port;
}

/** Whether `.dockerignore` keeps a path out of the build context (Docker's rules: last match wins). */
function ignoredByDockerignore(relative: string, patterns: string[]): boolean {
  const toRegex = (pattern: string) =>
    new RegExp(
      `^${pattern
        .replace(/\/$/, '')
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*/g, '§')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]')
        .replace(/§/g, '.*')}$`,
    );
  const parts = relative.split('/');
  const prefixes = parts.map((_, index) => parts.slice(0, index + 1).join('/'));
  let ignored = false;
  for (const line of patterns) {
    const negated = line.startsWith('!');
    const regex = toRegex(negated ? line.slice(1) : line);
    if (prefixes.some((prefix) => regex.test(prefix))) ignored = !negated;
  }
  return ignored;
}

/** The part of the build context the Dockerfiles read: `roots` copied file by file, minus ignored files. */
function buildContext(target: string, roots: string[]): void {
  const patterns = readFileSync(path.join(REPO_ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const copy = (relative: string): void => {
    const from = path.join(REPO_ROOT, relative);
    if (statSync(from).isDirectory()) {
      for (const entry of readdirSync(from)) copy(path.posix.join(relative, entry));
    } else if (!ignoredByDockerignore(relative, patterns)) {
      mkdirSync(path.dirname(path.join(target, relative)), { recursive: true });
      copyFileSync(from, path.join(target, relative));
    }
  };
  for (const root of roots) copy(root);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function runToEnd(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
) {
  return run(command, args, { cwd: options.cwd, env: options.env });
}

describe('the .dockerignore of the build context', () => {
  const patterns = readFileSync(path.join(REPO_ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));

  it('sends what the Dockerfiles copy and nothing else', () => {
    for (const kept of [
      'dist/apps/mall-admin/main.js',
      'dist/apps/mall-admin/package.json',
      'config/mall-admin.yaml',
      'package-lock.json',
      'deploy/docker/prune-lockfile.mjs',
      'sql/schema.sql',
      'sql/seed/10-ums-access.sql',
      'libs/db/src/migrations/index.ts',
    ]) {
      expect({ kept, ignored: ignoredByDockerignore(kept, patterns) }).toEqual({
        kept,
        ignored: false,
      });
    }
    for (const dropped of [
      'node_modules/typeorm/package.json',
      '.git/HEAD',
      'apps/mall-admin/src/main.ts',
      'dist/apps/mall-admin/main.js.map',
      'libs/db/src/migrations/1764201600000-InitialSchema.ts',
      '.mall/keys/jwt.pem',
    ]) {
      expect({ dropped, ignored: ignoredByDockerignore(dropped, patterns) }).toEqual({
        dropped,
        ignored: true,
      });
    }
  });
});

describe('prune-lockfile.mjs', () => {
  it('keeps the packages the app reaches through node resolution, at their workspace paths', () => {
    const result = runModule(
      `import { pruneLockfile } from ${JSON.stringify(path.join(DEPLOY_DIR, 'docker', 'prune-lockfile.mjs'))};
       const workspace = { packages: {
         '': { name: 'workspace', dependencies: { a: '1.0.0', b: '1.0.0' } },
         'node_modules/a': { version: '1.0.0', dependencies: { b: '^2.0.0' } },
         'node_modules/a/node_modules/b': { version: '2.0.0', dependencies: { c: '*' }, optionalDependencies: { gone: '*' } },
         'node_modules/b': { version: '1.0.0' },
         'node_modules/c': { version: '1.0.0', dev: true, peerDependencies: { d: '*' } },
         'node_modules/d': { version: '1.0.0', devOptional: true },
         'node_modules/unused': { version: '1.0.0' },
       } };
       const lock = pruneLockfile(workspace, { name: 'app', version: '0.0.1', dependencies: { a: '1.0.0' } });
       let missing = '';
       try { pruneLockfile(workspace, { name: 'app', version: '0.0.1', dependencies: { nope: '1' } }); }
       catch (error) { missing = error.message; }
       console.log(JSON.stringify({ lock, missing }));`,
    );
    expect(result.stderr).toBe('');
    const { lock, missing } = JSON.parse(result.stdout);
    expect(Object.keys(lock.packages)).toEqual([
      '',
      'node_modules/a',
      'node_modules/a/node_modules/b',
      'node_modules/c',
      'node_modules/d',
    ]);
    expect(lock.packages['node_modules/c']).toEqual({
      version: '1.0.0',
      peerDependencies: { d: '*' },
    });
    expect(lock.packages['']).toEqual({
      name: 'app',
      version: '0.0.1',
      dependencies: { a: '1.0.0' },
    });
    expect(missing).toBe('nope (needed by the app) is not in the workspace lockfile');
  });
});

describe('image.sh and the Nx targets', () => {
  let root: string;
  let stub: string;

  beforeAll(() => {
    // A copy of what image.sh reads, with a `docker` that only records its arguments.
    root = mkdtempSync(path.join(tmpdir(), 'mall-image-'));
    mkdirSync(path.join(root, 'deploy/docker'), { recursive: true });
    copyFileSync(
      path.join(DEPLOY_DIR, 'docker/image.sh'),
      path.join(root, 'deploy/docker/image.sh'),
    );
    mkdirSync(path.join(root, 'config'));
    for (const app of APPS) {
      copyFileSync(
        path.join(REPO_ROOT, 'config', `${app}.yaml`),
        path.join(root, 'config', `${app}.yaml`),
      );
      mkdirSync(path.join(root, 'dist/apps', app), { recursive: true });
      writeFileSync(path.join(root, 'dist/apps', app, 'main.js'), '');
    }
    stub = path.join(root, 'docker');
    writeFileSync(stub, `#!/bin/sh\necho "$*" >> "${root}/docker.log"\n`);
    chmodSync(stub, 0o755);
    run('git', ['init', '-q', root]);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(APPS)('%s: builds from dist with its port and pushes <registry>/<app>:<tag>', (app) => {
    rmSync(path.join(root, 'docker.log'), { force: true });
    const env = {
      ...process.env,
      DOCKER: stub,
      DOCKER_REGISTRY: 'harbor.example.com:30010/mall/',
      IMAGE_TAG: '1.4.0',
    };
    for (const action of ['build', 'push']) {
      const result = run('bash', [path.join(root, 'deploy/docker/image.sh'), action, app], { env });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim()).toBe(`${action} harbor.example.com:30010/mall/${app}:1.4.0`);
    }
    const [build, push] = readFileSync(path.join(root, 'docker.log'), 'utf8').trim().split('\n');
    expect(build).toContain(
      `build -f deploy/docker/Dockerfile --build-arg APP=${app} --build-arg PORT=${configuredPort(app)} --build-arg VERSION=1.4.0 `,
    );
    expect(build).toMatch(new RegExp(`-t harbor\\.example\\.com:30010/mall/${app}:1\\.4\\.0 \\.$`));
    expect(push).toBe(`push harbor.example.com:30010/mall/${app}:1.4.0`);
  });

  it('refuses to build an app that was not built', () => {
    rmSync(path.join(root, 'dist/apps/mall-cart/main.js'));
    const result = run('bash', [path.join(root, 'deploy/docker/image.sh'), 'build', 'mall-cart'], {
      env: { ...process.env, DOCKER: stub, IMAGE_TAG: '1' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('run npx nx build mall-cart first');
  });

  it('every app has docker-build and docker-push targets; the deploy project builds mall-db-init', () => {
    for (const app of APPS) {
      const project = JSON.parse(
        readFileSync(path.join(REPO_ROOT, 'apps', app, 'project.json'), 'utf8'),
      );
      expect(project.targets['docker-build']).toMatchObject({
        executor: 'nx:run-commands',
        dependsOn: ['build'],
        options: { command: `bash deploy/docker/image.sh build ${app}` },
      });
      expect(project.targets['docker-push']).toMatchObject({
        dependsOn: ['docker-build'],
        options: { command: `bash deploy/docker/image.sh push ${app}` },
      });
    }
    const deploy = JSON.parse(readFileSync(path.join(DEPLOY_DIR, 'project.json'), 'utf8'));
    expect(deploy.targets['docker-push'].options.command).toBe(
      'bash deploy/docker/image.sh push mall-db-init',
    );
  });
});

describe(`the service image, simulated without Docker (${IMAGE_APP})`, () => {
  let work: string;
  let runtime: SimulatedStage;
  let database: ScratchDatabase;
  let service: ChildProcess | undefined;

  beforeAll(async () => {
    if (!existsSync(path.join(REPO_ROOT, 'dist/apps', IMAGE_APP, 'main.js'))) {
      throw new Error(`dist/apps/${IMAGE_APP} is missing: npx nx build ${IMAGE_APP}`);
    }
    work = mkdtempSync(path.join(tmpdir(), 'mall-image-sim-'));
    const context = path.join(work, 'context');
    buildContext(context, [
      `dist/apps/${IMAGE_APP}`,
      'config',
      'package-lock.json',
      'deploy/docker',
    ]);
    const stages = simulateBuild({
      dockerfile: DOCKERFILE,
      context,
      workDir: work,
      buildArgs: { APP: IMAGE_APP, PORT: String(configuredPort(IMAGE_APP)), VERSION: '9.9.9-test' },
      // The same packages as in a fresh image; a cache kept under tmp/ makes later runs fast.
      runEnv: {
        npm_config_prefer_offline: 'true',
        npm_config_cache: path.join(REPO_ROOT, 'tmp', 'deploy-npm-cache'),
      },
    });
    runtime = stages[stages.length - 1];
    database = await createMallDatabase('deploy_image');
  });

  afterAll(async () => {
    if (service && service.exitCode === null) service.kill('SIGKILL');
    await database?.drop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('is a non-root image with the service, its config, a health check and the SkyWalking name', () => {
    expect(runtime.user).toBe('node');
    expect(runtime.cmd).toEqual(['node', 'main.js']);
    expect(runtime.healthcheck?.command).toEqual(['node', 'healthcheck.js']);
    expect(runtime.exposes).toEqual([String(configuredPort(IMAGE_APP))]);
    expect(runtime.env).toMatchObject({
      NODE_ENV: 'production',
      TZ: 'Asia/Shanghai',
      MALL_CONFIG_DIR: '/app/config',
      MALL_PROFILE: 'prod',
      MALL_VERSION: '9.9.9-test',
      SW_AGENT_NAME: `svc-${IMAGE_APP}`,
    });
    const app = path.join(runtime.root, 'app');
    expect(readdirSync(app).sort()).toEqual(
      ['.mall', 'config', 'healthcheck.js', 'main.js', 'node_modules', 'package.json'].sort(),
    );
    expect(readdirSync(path.join(app, 'config'))).toEqual([`${IMAGE_APP}.yaml`]);
  });

  it('holds production dependencies only, and every module main.js requires', () => {
    const modules = path.join(runtime.root, 'app', 'node_modules');
    for (const devOnly of ['jest', 'typescript', 'nx', '@nx', 'webpack', 'eslint', '@swc']) {
      expect({ devOnly, present: existsSync(path.join(modules, devOnly)) }).toEqual({
        devOnly,
        present: false,
      });
    }
    const main = readFileSync(path.join(runtime.root, 'app', 'main.js'), 'utf8');
    const required = new Set(
      [...main.matchAll(/require\("([^"./][^"]*)"\)/g)].map((match) => match[1]),
    );
    const missing = [...required].filter((request) => {
      if (request.startsWith('node:') || builtinModules.includes(request.split('/')[0]))
        return false;
      const name = request.startsWith('@')
        ? request.split('/').slice(0, 2).join('/')
        : request.split('/')[0];
      return !existsSync(path.join(modules, name));
    });
    expect(missing).toEqual([]);
  });

  it('starts with CMD, passes its HEALTHCHECK, is ready, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const server = testMysqlServer();
    const env = {
      PORT: String(port),
      MYSQL_HOST: server.host,
      MYSQL_PORT: String(server.port),
      MYSQL_USER: server.user,
      MYSQL_PASSWORD: server.password,
      MYSQL_DATABASE: database.database,
      LOG_LEVEL: 'warn',
    };
    const start = containerProcess(runtime, runtime.cmd as string[], env);
    const started = spawn(start.command, start.args, {
      cwd: start.cwd,
      env: start.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    service = started;
    let output = '';
    started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

    const check = containerProcess(
      runtime,
      (runtime.healthcheck as { command: string[] }).command,
      env,
    );
    let healthy = false;
    for (let attempt = 0; attempt < 120 && !healthy && started.exitCode === null; attempt++) {
      healthy =
        runToEnd(check.command, check.args, { cwd: check.cwd, env: check.env }).status === 0;
      if (!healthy) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect({ healthy, output: healthy ? '' : output }).toEqual({ healthy: true, output: '' });

    const readiness = await fetch(`http://127.0.0.1:${port}/actuator/health/readiness`);
    expect(readiness.status).toBe(200);
    const info = (await (await fetch(`http://127.0.0.1:${port}/actuator/info`)).json()) as Record<
      string,
      unknown
    >;
    expect(info).toMatchObject({ service: IMAGE_APP, profile: 'prod' });

    const exited = new Promise<number | null>((resolve) =>
      started.once('exit', (code) => resolve(code)),
    );
    started.kill('SIGTERM');
    expect(await exited).toBe(0);
    // The health check fails once the service is gone.
    expect(runToEnd(check.command, check.args, { cwd: check.cwd, env: check.env }).status).toBe(1);
  });
});

const describeWithMysqlClient = hasTool('mysql') ? describe : describe.skip;

describeWithMysqlClient('the mall-db-init image, simulated without Docker', () => {
  let work: string;
  let runtime: SimulatedStage;
  let database: ScratchDatabase;
  const suffix = `${process.pid}`;
  const appUser = `mall_t_app_${suffix}`;
  const exporterUser = `mall_t_exp_${suffix}`;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'mall-db-init-'));
    const context = path.join(work, 'context');
    buildContext(context, ['sql', 'deploy/docker', 'libs/db/src/migrations/index.ts']);
    const stages = simulateBuild({ dockerfile: DB_INIT_DOCKERFILE, context, workDir: work });
    runtime = stages[stages.length - 1];
    database = await createScratchDatabase('deploy_db_init');
  });

  afterAll(async () => {
    const connection = await createConnection(testMysqlServer());
    try {
      await connection.query(`DROP USER IF EXISTS '${appUser}'@'%', '${exporterUser}'@'%'`);
    } finally {
      await connection.end();
    }
    await database?.drop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  function runInit(extra: Record<string, string> = {}) {
    const server = testMysqlServer();
    const init = containerProcess(runtime, runtime.entrypoint as string[], {
      MYSQL_HOST: server.host,
      MYSQL_PORT: String(server.port),
      MYSQL_ADMIN_USER: server.user,
      MYSQL_ADMIN_PASSWORD: server.password,
      MYSQL_DATABASE: database.database,
      WAIT_SECONDS: '10',
      ...extra,
    });
    return runToEnd(init.command, init.args, { cwd: init.cwd, env: init.env });
  }

  it('runs as the mysql user and records the migrations of libs/db', () => {
    expect(runtime.user).toBe('mysql');
    const recorded = readFileSync(path.join(runtime.root, 'db-init', 'migrations.tsv'), 'utf8');
    expect(recorded.split('\n').filter(Boolean)[0]).toBe(
      '1764201600000\tInitialSchema1764201600000',
    );
  });

  it('creates the schema, the migration records and the seed: a later db:migrate has nothing to do', async () => {
    const result = runInit({
      MYSQL_APP_USER: appUser,
      MYSQL_APP_PASSWORD: "app'pass",
      MYSQL_EXPORTER_USER: exporterUser,
      MYSQL_EXPORTER_PASSWORD: 'exporter-pass',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`creating the schema of '${database.database}'`);

    const server = testMysqlServer();
    const ds = createDataSource({ ...server, database: database.database, poolSize: 1 });
    await ds.initialize();
    try {
      expect(await ds.showMigrations()).toBe(false);
      const [{ products }] = await ds.query('SELECT COUNT(*) AS products FROM pms_product');
      expect(Number(products)).toBeGreaterThan(0);
    } finally {
      await ds.destroy();
    }
    // The services' account reads the database with the password of its Secret.
    const app = await createConnection({
      ...server,
      user: appUser,
      password: "app'pass",
      database: database.database,
    });
    try {
      const [rows] = await app.query('SELECT COUNT(*) AS admins FROM ums_admin');
      expect(Number((rows as Array<{ admins: number }>)[0].admins)).toBeGreaterThan(0);
    } finally {
      await app.end();
    }
  });

  it('runs again without changing the schema', () => {
    const result = runInit();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('is up to date');
  });

  it('refuses a database whose tables predate migrations it cannot run', async () => {
    const old = await createScratchDatabase('deploy_db_old');
    try {
      const connection = await createConnection({ ...testMysqlServer(), database: old.database });
      await connection.query('CREATE TABLE pms_brand (id bigint PRIMARY KEY)');
      await connection.end();
      const result = runInit({ MYSQL_DATABASE: old.database });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        'these migrations are not recorded: InitialSchema1764201600000',
      );
    } finally {
      await old.drop();
    }
  });
});
