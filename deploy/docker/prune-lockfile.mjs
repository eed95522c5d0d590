#!/usr/bin/env node
// Writes the package-lock.json of one built app from the workspace's lockfile.
//
// `nx build` emits dist/apps/<app>/package.json (the app's external dependencies, at the workspace's
// versions) and a pruned package-lock.json. That pruned lock can be wrong: it moves nested packages to
// places the workspace tree does not have them (e.g. typeorm's string-width@7 under yargs instead of
// under cliui and wrap-ansi), and `npm ci` then refuses it. Here the lock is derived again from the
// workspace lock: every package reachable from the app's dependencies through node's module
// resolution, at the same path as in the workspace. A subset of a valid tree closed under resolution
// is itself a valid tree, so `npm ci` installs exactly the workspace's versions.
//
//   node prune-lockfile.mjs <workspace package-lock.json> <app package.json> <output package-lock.json>
import { readFileSync, writeFileSync } from 'node:fs';

const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];

/** The lock path a package required from `fromPath` resolves to, or undefined. */
export function resolveFrom(packages, fromPath, name) {
  let base = fromPath;
  for (;;) {
    const candidate = base === '' ? `node_modules/${name}` : `${base}/node_modules/${name}`;
    if (packages[candidate] && !packages[candidate].link) return candidate;
    if (packages[candidate]?.link) return packages[candidate].resolved;
    if (base === '') return undefined;
    const index = base.lastIndexOf('/node_modules/');
    base = index === -1 ? '' : base.slice(0, index);
  }
}

/**
 * The lock (v3) of an app whose package.json is `appPackage`, using the entries of `workspaceLock`.
 * Throws when a required (non-optional) dependency cannot be found.
 */
export function pruneLockfile(workspaceLock, appPackage) {
  const packages = workspaceLock.packages ?? {};
  const kept = new Map();
  const queue = [];
  const visit = (fromPath, name, optional) => {
    const path = resolveFrom(packages, fromPath, name);
    if (path === undefined) {
      if (optional) return;
      throw new Error(
        `${name} (needed by ${fromPath || 'the app'}) is not in the workspace lockfile`,
      );
    }
    if (kept.has(path)) return;
    kept.set(path, packages[path]);
    queue.push(path);
  };
  for (const name of Object.keys(appPackage.dependencies ?? {})) visit('', name, false);
  while (queue.length > 0) {
    const path = queue.shift();
    const entry = packages[path];
    const optionalPeers = entry.peerDependenciesMeta ?? {};
    for (const field of DEPENDENCY_FIELDS) {
      for (const name of Object.keys(entry[field] ?? {})) {
        const optional =
          field === 'optionalDependencies' ||
          (field === 'peerDependencies' && optionalPeers[name]?.optional === true);
        visit(path, name, optional);
      }
    }
  }

  const root = { name: appPackage.name, version: appPackage.version };
  if (appPackage.dependencies) root.dependencies = appPackage.dependencies;
  const result = { '': root };
  for (const path of [...kept.keys()].sort()) {
    // Production packages of the app: the workspace's dev markers do not apply here.
    const { dev: _dev, devOptional: _devOptional, ...entry } = kept.get(path);
    result[path] = entry;
  }
  return {
    name: appPackage.name,
    version: appPackage.version,
    lockfileVersion: 3,
    requires: true,
    packages: result,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [workspaceLockFile, appPackageFile, outputFile] = process.argv.slice(2);
  if (!outputFile) {
    console.error('usage: prune-lockfile.mjs <workspace lock> <app package.json> <output lock>');
    process.exit(2);
  }
  const lock = pruneLockfile(
    JSON.parse(readFileSync(workspaceLockFile, 'utf8')),
    JSON.parse(readFileSync(appPackageFile, 'utf8')),
  );
  writeFileSync(outputFile, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`${outputFile}: ${Object.keys(lock.packages).length - 1} packages`);
}
