import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ENV_VARIABLES, GENERIC_ENV_PREFIX, loadConfig, MALL_SERVICES } from '@mall/config';
import { startFakeNacos, type FakeNacosHandle } from '@mall/fakes';
import { parse } from 'yaml';
import { byKind, named, render, type K8sObject } from './support/kustomize';
import { DEPLOY_DIR, hasTool, REPO_ROOT, run, runModule } from './support/tools';

/* eslint-disable @typescript-eslint/no-explicit-any -- rendered manifests are untyped JSON trees */

const NACOS_DIR = path.join(DEPLOY_DIR, 'nacos');
const CONFIG_DIR = path.join(REPO_ROOT, 'config');
const K8S_ENVIRONMENT = path.join(NACOS_DIR, 'environments', 'k8s.yaml');
const SERVICES: string[] = [...MALL_SERVICES].sort();

interface ArchiveEntry {
  name: string;
  text: string;
}

function buildArchive(dir: string, args: string[]): string {
  const out = path.join(dir, `nacos-${args.join('-').replace(/[^\w-]/g, '_') || 'default'}.zip`);
  const result = run(process.execPath, [
    path.join(NACOS_DIR, 'build-zip.mjs'),
    ...args,
    '--out',
    out,
  ]);
  if (result.status !== 0) throw new Error(result.stderr);
  return out;
}

function readArchive(file: string): ArchiveEntry[] {
  const result = runModule(
    `import { readFileSync } from 'node:fs';
     import { readZip } from ${JSON.stringify(path.join(NACOS_DIR, 'zip.mjs'))};
     const entries = readZip(readFileSync(${JSON.stringify(file)}));
     process.stdout.write(JSON.stringify(entries.map((e) => ({ name: e.name, text: e.data.toString('utf8') }))));`,
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as ArchiveEntry[];
}

function importArchive(file: string, nacos: FakeNacosHandle) {
  return run(process.execPath, [
    path.join(NACOS_DIR, 'import.mjs'),
    file,
    '--server',
    `127.0.0.1:${nacos.port}`,
  ]);
}

/** The config a service reads: files of `configDir`, `env`, and Nacos when NACOS_SERVER_ADDR is set. */
async function effectiveConfig(service: string, configDir: string, env: NodeJS.ProcessEnv) {
  const source = await loadConfig(service, { configDir, env, nacosTimeoutMs: 2000 });
  try {
    const { nacos: _nacos, ...rest } = source.current as unknown as Record<string, unknown>;
    return rest;
  } finally {
    await source.close();
  }
}

describe('Nacos import archive (deploy/nacos)', () => {
  let work: string;
  let emptyConfigDir: string;
  let nacos: FakeNacosHandle;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'mall-nacos-'));
    emptyConfigDir = mkdtempSync(path.join(tmpdir(), 'mall-no-config-'));
    nacos = await startFakeNacos({ cacheMillis: 100 });
  });
  afterAll(async () => {
    await nacos.close();
    rmSync(work, { recursive: true, force: true });
    rmSync(emptyConfigDir, { recursive: true, force: true });
  });

  it('holds DEFAULT_GROUP/<service>-<profile>.yaml for every service and the .meta.yml of a Nacos export', () => {
    const entries = readArchive(buildArchive(work, ['--profile', 'prod']));
    expect(entries.map((entry) => entry.name)).toEqual([
      ...SERVICES.map((service) => `DEFAULT_GROUP/${service}-prod.yaml`),
      '.meta.yml',
    ]);
    const meta = entries.find((entry) => entry.name === '.meta.yml')?.text ?? '';
    expect(meta.split('\r\n').filter(Boolean)).toEqual(
      SERVICES.map((service) => `DEFAULT_GROUP.${service}-prod~yaml.app=${service}`),
    );
    expect(meta.endsWith('\r\n')).toBe(true);
    // Without an environment a data id is the service's file, comments included.
    const admin = entries.find((entry) => entry.name === 'DEFAULT_GROUP/mall-admin-prod.yaml');
    expect(admin?.text).toBe(readFileSync(path.join(CONFIG_DIR, 'mall-admin.yaml'), 'utf8'));
  });

  it('is a ZIP archive that unzip accepts', () => {
    if (!hasTool('unzip')) return; // the archive reader above has already checked every CRC
    const result = run('unzip', ['-t', buildArchive(work, ['--profile', 'dev'])]);
    expect(result.stdout).toContain('No errors detected');
  });

  it('round-trips: imported into a fake Nacos, it serves each service the config it reads locally', async () => {
    const archive = buildArchive(work, ['--profile', 'prod']);
    const imported = importArchive(archive, nacos);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain(`${SERVICES.length} data ids imported`);

    const base = { MALL_PROFILE: 'prod', DISCOVERY_MODE: 'static', LOG_LEVEL: 'silent' };
    for (const service of SERVICES) {
      const local = await effectiveConfig(service, CONFIG_DIR, base);
      const fromNacos = await effectiveConfig(service, emptyConfigDir, {
        ...base,
        NACOS_SERVER_ADDR: `127.0.0.1:${nacos.port}`,
      });
      expect({ service, config: fromNacos }).toEqual({ service, config: local });
    }
  });

  it('refuses to import an archive the server does not take', () => {
    const result = run(process.execPath, [
      path.join(NACOS_DIR, 'import.mjs'),
      buildArchive(work, ['--profile', 'prod']),
      '--server',
      '127.0.0.1:9', // discard port: nothing listens
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^import failed: /);
  });
});

const describeWithKubectl = hasTool('kubectl') ? describe : describe.skip;

describeWithKubectl('Nacos documents for the cluster (environments/k8s.yaml, overlays/ha)', () => {
  let work: string;
  let nacos: FakeNacosHandle;
  let objects: K8sObject[];
  const overlayObjects = new Map<string, K8sObject[]>();

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'mall-nacos-k8s-'));
    nacos = await startFakeNacos({ cacheMillis: 100 });
    objects = render('overlays/ha');
    overlayObjects.set('overlays/ha', objects);
    overlayObjects.set('overlays/lab', render('overlays/lab'));
    const archive = buildArchive(work, ['--environment', K8S_ENVIRONMENT]);
    const imported = importArchive(archive, nacos);
    if (imported.status !== 0) throw new Error(imported.stderr);
  });
  afterAll(async () => {
    await nacos.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** The environment a service's container gets, with placeholder secrets. */
  function containerEnvironment(service: string, rendered = objects): NodeJS.ProcessEnv {
    const objects = rendered;
    const deployment = named(objects, 'Deployment', service) as K8sObject;
    const container = (deployment['spec'] as any).template.spec.containers[0];
    const env: Record<string, string> = {};
    for (const from of container.envFrom ?? []) {
      const map = named(objects, 'ConfigMap', from.configMapRef.name) as K8sObject;
      Object.assign(env, map['data']);
    }
    const expand = (value: string) =>
      value.replace(/\$\(([A-Za-z_][\w]*)\)/g, (_, name: string) => env[name] ?? '');
    for (const variable of container.env ?? []) {
      if (variable.value !== undefined) env[variable.name] = expand(variable.value);
      else if (variable.valueFrom?.secretKeyRef)
        env[variable.name] = `secret-${variable.valueFrom.secretKeyRef.key}`;
      else if (variable.valueFrom?.fieldRef)
        env[variable.name] =
          variable.valueFrom.fieldRef.fieldPath === 'metadata.namespace'
            ? 'mall'
            : `${service}-pod`;
    }
    return env;
  }

  /** The service's config folder as the pod sees it (its ConfigMap mounted at /app/config). */
  function mountedConfigDir(service: string, rendered = objects): string {
    const objects = rendered;
    const deployment = named(objects, 'Deployment', service) as K8sObject;
    const volume = (deployment['spec'] as any).template.spec.volumes.find(
      (v: any) => v.name === 'config',
    );
    const map = named(objects, 'ConfigMap', volume.configMap.name) as K8sObject;
    const dir = mkdtempSync(path.join(work, `${service}-`));
    for (const [file, text] of Object.entries(map['data'] as Record<string, string>)) {
      writeFileSync(path.join(dir, file), text);
    }
    return dir;
  }

  it('leave out every key the Deployments set through the environment (Nacos would override it)', () => {
    const namedKeys = new Map(ENV_VARIABLES.map(([name, keyPath]) => [name, keyPath.join('.')]));
    const problems: string[] = [];
    for (const deployment of byKind(objects, 'Deployment').filter((d) =>
      SERVICES.includes(d.metadata.name),
    )) {
      const service = deployment.metadata.name;
      const env = containerEnvironment(service);
      const document = parse(
        run(process.execPath, [
          '--input-type=module',
          '-e',
          `import { renderDataId, readEnvironment } from ${JSON.stringify(path.join(NACOS_DIR, 'build-zip.mjs'))};
           process.stdout.write(renderDataId(${JSON.stringify(CONFIG_DIR)}, ${JSON.stringify(service)}, 'prod', readEnvironment(${JSON.stringify(K8S_ENVIRONMENT)})));`,
        ]).stdout,
      ) as Record<string, unknown>;
      for (const name of Object.keys(env)) {
        const key = name.startsWith(GENERIC_ENV_PREFIX)
          ? name.slice(GENERIC_ENV_PREFIX.length).split('__').join('.')
          : namedKeys.get(name);
        if (!key) continue;
        const value = key.split('.').reduce<any>((node, part) => node?.[part], document);
        if (value !== undefined) problems.push(`${service}: ${key} (set by ${name})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(['overlays/lab', 'overlays/ha'])(
    '%s: each service gets the cluster addresses and credentials, and the business settings',
    async (overlay) => {
      const rendered = overlayObjects.get(overlay) as K8sObject[];
      for (const service of SERVICES) {
        const env = containerEnvironment(service, rendered);
        // The HA overlay reads configuration from Nacos (components/nacos-config): the fake here.
        if (env['NACOS_SERVER_ADDR']) env['NACOS_SERVER_ADDR'] = `127.0.0.1:${nacos.port}`;
        env['LOG_LEVEL'] = 'silent';
        const config = (await effectiveConfig(
          service,
          mountedConfigDir(service, rendered),
          env,
        )) as any;
        const local = parse(readFileSync(path.join(CONFIG_DIR, `${service}.yaml`), 'utf8'));
        expect(config.discovery.mode).toBe('k8s');
        expect(config.discovery.k8s).toMatchObject({
          namespace: 'mall',
          serviceNamePattern: '{service}-headless',
        });
        if (local.mysql) {
          expect(config.mysql).toMatchObject({
            host: 'mysql',
            type: 'mysql',
            user: 'secret-username',
            password: 'secret-password',
          });
        } else {
          expect(config.mysql).toBeUndefined();
        }
        if (local.redis)
          expect(config.redis).toMatchObject({ host: 'redis', password: 'secret-password' });
        if (local.rabbitmq) {
          expect(config.rabbitmq.url).toBe(
            'amqp://secret-username:secret-password@rabbitmq:5672/mall',
          );
        }
        const { storage: _storage, ...app } = config.app;
        const { storage: _localStorage, ...localApp } = local.app ?? {};
        expect({ service, app }).toEqual({ service, app: localApp });
      }
    },
  );

  it('mall-admin keeps uploads on its shared volume and links them through the public gateway', async () => {
    const admin = (await effectiveConfig('mall-admin', mountedConfigDir('mall-admin'), {
      ...containerEnvironment('mall-admin'),
      NACOS_SERVER_ADDR: `127.0.0.1:${nacos.port}`,
      LOG_LEVEL: 'silent',
    })) as any;
    expect(admin.app.storage).toMatchObject({
      localDir: '/data/uploads',
      publicUrl: 'http://mall.cluster.local:30001/mall-admin/minio/files',
    });
  });
});
