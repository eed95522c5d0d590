import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describeWithTools, DEPLOY_DIR, REPO_ROOT, run } from './support/tools';

/** Files below a folder that match a test, sorted. */
function filesUnder(dir: string, wanted: (file: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '.state' && entry.name !== 'node_modules')
        found.push(...filesUnder(file, wanted));
    } else if (wanted(file)) {
      found.push(file);
    }
  }
  return found.sort();
}

describeWithTools(['shellcheck'], 'shell scripts (shellcheck)', () => {
  // Shell scripts, and the provisioning inventories (bash sourced by provision.sh); the .env files of
  // deploy/k8s are kustomize data, not shell.
  const scripts = filesUnder(
    DEPLOY_DIR,
    (file) => file.endsWith('.sh') || /provision\/inventory\/[^/]+\.env$/.test(file),
  );

  it('finds the provisioning, image, secret and database scripts', () => {
    const names = scripts.map((file) => path.relative(DEPLOY_DIR, file));
    expect(names).toEqual(
      expect.arrayContaining([
        'provision/provision.sh',
        'provision/lib/common.sh',
        'docker/image.sh',
        'docker/db-init/db-init.sh',
        'k8s/create-secrets.sh',
        'k8s/set-images.sh',
        'provision/inventory/seed.env',
      ]),
    );
  });

  it('every script is shellcheck-clean', () => {
    // -x follows `source`; the inventories declare `shell=bash`.
    const result = run('shellcheck', ['-x', '-f', 'gcc', ...scripts], {
      cwd: REPO_ROOT,
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describeWithTools(['yamllint'], 'YAML (yamllint)', () => {
  it('every YAML file of deploy/ passes yamllint with deploy/.yamllint.yaml', () => {
    const result = run('yamllint', [
      '-c',
      path.join(DEPLOY_DIR, '.yamllint.yaml'),
      '-f',
      'parsable',
      DEPLOY_DIR,
    ]);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
