import { mkdtempSync, cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  byKind,
  K8S_DIR,
  kustomizationDirs,
  named,
  render,
  type K8sObject,
} from './support/kustomize';
import { schemaErrors, unknownFieldErrors } from './support/k8s-validation';
import { describeWithTools, DEPLOY_DIR, REPO_ROOT, run } from './support/tools';

/* eslint-disable @typescript-eslint/no-explicit-any -- rendered manifests are untyped JSON trees */

const APPS = readdirSync(path.join(REPO_ROOT, 'apps')).sort();
const OVERLAYS = ['overlays/lab', 'overlays/ha'];
// An IPv4 address not glued to a word or another number (v3.5.2.7 is a version, not an address).
const IPV4 = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])/g;
const ALLOWED_ADDRESSES = ['0.0.0.0', '127.0.0.1'];
const isMallImage = (image: string) => image.startsWith('mall/') || /\/mall-[a-z-]+:/.test(image);

function podSpec(object: K8sObject): any {
  const spec = object['spec'] as any;
  return object.kind === 'Job' ||
    object.kind === 'Deployment' ||
    object.kind === 'StatefulSet' ||
    object.kind === 'DaemonSet'
    ? spec.template.spec
    : undefined;
}

function containersOf(object: K8sObject): any[] {
  const pod = podSpec(object);
  return pod ? [...(pod.initContainers ?? []), ...pod.containers] : [];
}

function imagesOf(objects: readonly K8sObject[]): string[] {
  return [
    ...new Set(objects.flatMap((object) => containersOf(object).map((c) => c.image as string))),
  ].sort();
}

/** Names and keys of the Secrets deploy/k8s/create-secrets.sh creates (offline: --print). */
let secretsCache: Map<string, Set<string>> | undefined;
function createdSecrets(): Map<string, Set<string>> {
  if (secretsCache) return secretsCache;
  const result = run('bash', [path.join(K8S_DIR, 'create-secrets.sh'), '--print'], {
    env: { ...process.env, KUBECONFIG: '/dev/null' },
  });
  if (result.status !== 0) throw new Error(result.stderr);
  const secrets = new Map<string, Set<string>>();
  for (const document of parseAllDocuments(result.stdout)) {
    const secret = document.toJS() as K8sObject | null;
    if (secret)
      secrets.set(secret.metadata.name, new Set(Object.keys((secret['data'] as object) ?? {})));
  }
  return secrets;
}

describeWithTools(['kubectl'], 'Kubernetes manifests (kubectl kustomize, offline)', () => {
  const dirs = kustomizationDirs();

  it('finds the kustomizations: base, grafana, the overlays and the platform pieces', () => {
    expect(dirs).toEqual(
      expect.arrayContaining([
        'base',
        'grafana',
        'overlays/lab',
        'overlays/ha',
        'overlays/weave-scope',
        'platform/nfs-provisioner',
        'platform/metrics-server',
        'platform/kuboard',
      ]),
    );
  });

  it('builds every kustomization', () => {
    for (const dir of dirs) expect(render(dir).length).toBeGreaterThan(0);
  });

  it('every rendered object validates against the Kubernetes schemas', () => {
    const errors = dirs.flatMap((dir) =>
      render(dir).flatMap((object) =>
        schemaErrors(object).map(
          (error) => `${dir}: ${object.kind}/${object.metadata.name}: ${error}`,
        ),
      ),
    );
    expect(errors).toEqual([]);
  });

  it('no rendered object has a field the API does not know', () => {
    const unique = new Map<string, K8sObject>();
    for (const dir of dirs)
      for (const object of render(dir)) unique.set(JSON.stringify(object), object);
    expect(unknownFieldErrors([...unique.values()])).toEqual([]);
  });

  it('the unknown-field check does report a misspelt field', () => {
    const deployment = structuredClone(
      named(render('overlays/lab'), 'Deployment', 'mall-admin') as K8sObject,
    );
    (deployment['spec'] as any).template.spec.containers[0].imagePullPolcy = 'Always';
    expect(unknownFieldErrors([deployment])).toEqual([
      expect.stringContaining(`'"imagePullPolcy"' does not exist in type 'IContainer'`),
    ]);
  });

  it('the prometheus-operator objects are complete', () => {
    for (const dir of OVERLAYS) {
      for (const monitor of byKind(render(dir), 'ServiceMonitor')) {
        const spec = monitor['spec'] as any;
        expect(spec.endpoints.length).toBeGreaterThan(0);
        expect(spec.selector.matchLabels).toBeDefined();
      }
      for (const rule of byKind(render(dir), 'PrometheusRule')) {
        for (const group of (rule['spec'] as any).groups) {
          for (const entry of group.rules)
            expect(Boolean(entry.alert) !== Boolean(entry.record)).toBe(true);
        }
      }
    }
  });

  describe.each(OVERLAYS)('%s', (overlay) => {
    const objects = () => render(overlay);

    it.each(APPS)(
      '%s has probes, requests and limits, a matching Service, HPA, PDB and ServiceMonitor',
      (app) => {
        const deployment = named(objects(), 'Deployment', app) as K8sObject;
        expect(deployment).toBeDefined();
        const spec = deployment['spec'] as any;
        const selector = spec.selector.matchLabels as Record<string, string>;
        const podLabels = spec.template.metadata.labels as Record<string, string>;
        const container = spec.template.spec.containers.find((c: any) => c.name === app);
        for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
          expect(container[probe]?.httpGet?.port).toBe('http');
        }
        expect(container.livenessProbe.httpGet.path).toBe('/actuator/health/liveness');
        expect(container.readinessProbe.httpGet.path).toBe('/actuator/health/readiness');
        for (const kind of ['requests', 'limits']) {
          expect(container.resources[kind].cpu).toBeDefined();
          expect(container.resources[kind].memory).toBeDefined();
        }
        expect(spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(20);
        expect(spec.replicas).toBeUndefined(); // the HPA owns the count
        const annotations = spec.template.metadata.annotations;
        const port = container.ports.find((p: any) => p.name === 'http').containerPort;
        expect(annotations).toMatchObject({
          'prometheus.io/scrape': 'true',
          'prometheus.io/port': String(port),
          'prometheus.io/path': '/actuator/prometheus',
        });
        const env = Object.fromEntries(
          container.env.map((e: any) => [e.name, e.value ?? e.valueFrom]),
        );
        expect(env['SW_AGENT_NAME']).toBe(`svc-${app}`);
        expect(container.envFrom[0].configMapRef.name).toMatch(/^mall-env-/);
        expect(
          spec.template.spec.volumes.find((v: any) => v.name === 'config').configMap.name,
        ).toMatch(new RegExp(`^${app}-config-`));

        const matches = (
          labels: Record<string, string> | undefined,
          wanted: Record<string, string>,
        ) => Object.entries(wanted).every(([key, value]) => labels?.[key] === value);
        const service = named(objects(), 'Service', app) as K8sObject;
        const serviceSpec = service['spec'] as any;
        expect(matches(podLabels, serviceSpec.selector)).toBe(true);
        expect(serviceSpec.ports[0]).toMatchObject({ port, targetPort: 'http' });
        const headless = named(objects(), 'Service', `${app}-headless`) as K8sObject;
        expect((headless['spec'] as any).clusterIP).toBe('None');

        const hpa = named(objects(), 'HorizontalPodAutoscaler', app) as K8sObject;
        expect((hpa['spec'] as any).scaleTargetRef).toEqual({
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: app,
        });
        const pdb = named(objects(), 'PodDisruptionBudget', app) as K8sObject;
        expect(matches(podLabels, (pdb['spec'] as any).selector.matchLabels)).toBe(true);
        expect(matches(podLabels, selector)).toBe(true);

        const monitor = named(objects(), 'ServiceMonitor', app) as K8sObject;
        const monitorSpec = monitor['spec'] as any;
        expect(matches(service.metadata.labels, monitorSpec.selector.matchLabels)).toBe(true);
        expect(headless.metadata.labels?.['mall-headless']).toBe('true'); // excluded by matchExpressions
        expect(monitorSpec.endpoints[0]).toMatchObject({
          port: 'http',
          path: '/actuator/prometheus',
        });
      },
    );

    it('the HA overlay keeps two pods of every service and Nacos as a cluster', () => {
      if (overlay !== 'overlays/ha') return;
      for (const hpa of byKind(objects(), 'HorizontalPodAutoscaler')) {
        expect((hpa['spec'] as any).minReplicas).toBeGreaterThanOrEqual(2);
      }
      expect((named(objects(), 'StatefulSet', 'nacos')?.['spec'] as any).replicas).toBe(3);
    });

    it('every image is a tagged reference from the overlay or deploy/k8s/images.txt', () => {
      const listed = readFileSync(path.join(K8S_DIR, 'images.txt'), 'utf8')
        .split('\n')
        .filter((line) => line && !line.startsWith('#'));
      for (const image of imagesOf(objects())) {
        expect(image).toMatch(/^([\w.-]+(:\d+)?\/)?[\w./-]+(:[\w.-]+|@sha256:[0-9a-f]{64})$/);
        expect(image).not.toMatch(/:latest$/);
        if (isMallImage(image))
          expect(image).toMatch(/^harbor\.mall\.local:30010\/mall\/mall-[a-z-]+:0\.1\.0$/);
        else expect(listed).toContain(image);
      }
      // Every mall image placeholder of the base was rewritten by the overlay's `images:`.
      expect(imagesOf(objects()).filter((image) => image.startsWith('mall/'))).toEqual([]);
    });

    it('holds no IP address', () => {
      const text = JSON.stringify(objects());
      expect((text.match(IPV4) ?? []).filter((ip) => !ALLOWED_ADDRESSES.includes(ip))).toEqual([]);
    });

    it('every Secret key and ConfigMap a pod reads exists', () => {
      const secrets = createdSecrets();
      const configMaps = new Set(byKind(objects(), 'ConfigMap').map((c) => c.metadata.name));
      const problems: string[] = [];
      for (const object of objects()) {
        const pod = podSpec(object);
        if (!pod) continue;
        const where = `${object.kind}/${object.metadata.name}`;
        for (const container of containersOf(object)) {
          for (const env of container.env ?? []) {
            const ref = env.valueFrom?.secretKeyRef;
            if (ref && !secrets.get(ref.name)?.has(ref.key))
              problems.push(`${where}: secret ${ref.name}/${ref.key}`);
            const map = env.valueFrom?.configMapKeyRef;
            if (map && !configMaps.has(map.name)) problems.push(`${where}: configmap ${map.name}`);
          }
          for (const from of container.envFrom ?? []) {
            if (from.configMapRef && !configMaps.has(from.configMapRef.name)) {
              problems.push(`${where}: configmap ${from.configMapRef.name}`);
            }
          }
        }
        for (const volume of pod.volumes ?? []) {
          if (volume.configMap && !configMaps.has(volume.configMap.name)) {
            problems.push(`${where}: configmap volume ${volume.configMap.name}`);
          }
          if (volume.secret && !secrets.has(volume.secret.secretName)) {
            problems.push(`${where}: secret volume ${volume.secret.secretName}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('gives the gateway NodePort 30001 and the monitor 30002, and no NodePort twice', () => {
      const nodePorts = byKind(objects(), 'Service').flatMap((service) =>
        ((service['spec'] as any).ports ?? [])
          .filter((port: any) => port.nodePort)
          .map((port: any) => `${port.nodePort}/${port.protocol ?? 'TCP'}`),
      );
      expect(new Set(nodePorts).size).toBe(nodePorts.length);
      const gateway = (named(objects(), 'Service', 'mall-gateway')?.['spec'] as any).ports[0];
      const monitor = (named(objects(), 'Service', 'mall-monitor')?.['spec'] as any).ports[0];
      expect([gateway.nodePort, monitor.nodePort]).toEqual([30001, 30002]);
    });
  });

  it('deploy/k8s/images.txt lists exactly the third-party images of every kustomization', () => {
    const listed = readFileSync(path.join(K8S_DIR, 'images.txt'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .sort();
    const used = new Set<string>();
    for (const dir of dirs) {
      for (const image of imagesOf(render(dir))) if (!isMallImage(image)) used.add(image);
    }
    expect([...used].sort()).toEqual(listed);
  });

  it('set-images.sh points an overlay at another registry and at mirrored third-party images', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'mall-k8s-'));
    try {
      cpSync(K8S_DIR, path.join(copy, 'k8s'), { recursive: true });
      const overlay = path.join(copy, 'k8s', 'overlays', 'lab');
      const result = run('bash', [
        path.join(copy, 'k8s', 'set-images.sh'),
        overlay,
        '--registry',
        'registry.example.com/shop',
        '--tag',
        '2.0.1',
        '--mirror',
        'registry.example.com/library',
      ]);
      expect(result.stderr).toBe('');
      const built = run('kubectl', ['kustomize', overlay]);
      expect(built.status).toBe(0);
      const images = imagesOf(
        parseAllDocuments(built.stdout).map((document) => document.toJS() as K8sObject),
      );
      expect(images.length).toBeGreaterThan(20);
      for (const image of images) {
        expect(image).toMatch(
          /^registry\.example\.com\/(shop\/mall-[a-z-]+:2\.0\.1|library\/.+:.+)$/,
        );
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('generated manifests', () => {
  it('base/apps and grafana/ are up to date with apps.yaml, config/ and dashboards.mjs', () => {
    const result = run(process.execPath, [path.join(K8S_DIR, 'generate.mjs'), '--check']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('apps.yaml has every app, with the infrastructure its service definition and config use', () => {
    const table = run(process.execPath, [
      '--input-type=module',
      '-e',
      `import { loadApps } from ${JSON.stringify(path.join(K8S_DIR, 'generate.mjs'))};
       console.log(JSON.stringify(loadApps()));`,
    ]);
    const apps = JSON.parse(table.stdout) as Array<{ name: string; uses: string[] }>;
    expect(apps.map((app) => app.name).sort()).toEqual(APPS);
    for (const app of apps) {
      const definition = readFileSync(
        path.join(REPO_ROOT, 'apps', app.name, 'src', 'service.ts'),
        'utf8',
      );
      const uses = /uses:\s*\{([^}]*)\}/.exec(definition)?.[1] ?? '';
      const declared = ['mysql', 'redis', 'rabbitmq'].filter((dep) =>
        new RegExp(`${dep}:\\s*true`).test(uses),
      );
      expect(app.uses.filter((dep) => ['mysql', 'redis', 'rabbitmq'].includes(dep)).sort()).toEqual(
        declared.sort(),
      );
    }
  });
});

test('no file of deploy/ names a machine by address, except the provisioning inventories', () => {
  const offenders: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      const relative = path.relative(DEPLOY_DIR, file);
      // Inventories hold the node plan's addresses; the golden plan is generated from them.
      if (
        ['provision/inventory', 'provision/golden', 'provision/.state', 'test/fixtures'].includes(
          relative,
        )
      )
        continue;
      if (entry.isDirectory()) {
        walk(file);
        continue;
      }
      const addresses = (readFileSync(file, 'utf8').match(IPV4) ?? []).filter(
        (ip) => !ALLOWED_ADDRESSES.includes(ip),
      );
      if (addresses.length > 0) offenders.push(`${relative}: ${addresses.join(', ')}`);
    }
  };
  walk(DEPLOY_DIR);
  expect(offenders).toEqual([]);
});
