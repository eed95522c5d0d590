#!/usr/bin/env node
// Builds the Nacos import archive of the mall from config/: one data id <service>-<profile>.yaml per
// service in group DEFAULT_GROUP, plus the .meta.yml that names each one's application (the layout of
// Nacos's own export, which its console and deploy/nacos/import.mjs both accept).
//
//   node deploy/nacos/build-zip.mjs [--profile prod] [--environment deploy/nacos/environments/k8s.yaml]
//                                   [--out dist/nacos/mall-nacos-<profile>.zip]
//
// A data id holds what the service reads from its files for that profile: config/<service>.yaml, with
// config/<service>-<profile>.yaml merged over it when present. An environment file adapts the documents
// to where they are used (see environments/k8s.yaml). Comments of the files are kept.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, parse, parseDocument } from 'yaml';
import { writeZip } from './zip.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const GROUP = 'DEFAULT_GROUP';

const isPlainObject = (value) =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Services that have a config file: config/<service>.yaml that is not another file's profile. */
export function listServices(configDir) {
  const names = readdirSync(configDir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.slice(0, -'.yaml'.length));
  return names.filter((name) => !names.some((other) => name.startsWith(`${other}-`))).sort();
}

/** Merges `override` into the YAML document: mappings key by key, anything else replaced, null removes. */
function mergeInto(document, override, at = []) {
  for (const [key, value] of Object.entries(override)) {
    const keyPath = [...at, key];
    if (value === null) {
      document.deleteIn(keyPath);
    } else if (isPlainObject(value) && isMap(document.getIn(keyPath, true))) {
      mergeInto(document, value, keyPath);
    } else {
      document.setIn(keyPath, document.createNode(value));
    }
  }
}

function removeKey(document, dottedKey) {
  const keyPath = dottedKey.split('.');
  if (document.hasIn(keyPath)) document.deleteIn(keyPath);
  // A section left empty by the removals goes too, so it does not replace the environment's values.
  for (let depth = keyPath.length - 1; depth > 0; depth--) {
    const parent = document.getIn(keyPath.slice(0, depth), true);
    if (isMap(parent) && parent.items.length === 0) document.deleteIn(keyPath.slice(0, depth));
  }
}

/**
 * The text of one data id.
 * @param {string} configDir
 * @param {string} service
 * @param {string} profile
 * @param {{ all?: object, services?: Record<string, object>, omit?: string[] }} [environment]
 */
export function renderDataId(configDir, service, profile, environment = {}) {
  const baseText = readFileSync(path.join(configDir, `${service}.yaml`), 'utf8');
  const profileFile = path.join(configDir, `${service}-${profile}.yaml`);
  const profileValues = existsSync(profileFile) ? parse(readFileSync(profileFile, 'utf8')) : null;
  const overrides = [profileValues, environment.all, environment.services?.[service]].filter(
    isPlainObject,
  );
  const omit = environment.omit ?? [];
  if (overrides.length === 0 && omit.length === 0) return baseText;

  const document = parseDocument(baseText);
  if (document.errors.length > 0) throw new Error(`config/${service}.yaml: ${document.errors[0]}`);
  for (const override of overrides) mergeInto(document, override);
  for (const key of omit) removeKey(document, key);
  return document.toString({ lineWidth: 0 });
}

/** The Nacos key of a data id's metadata: group, then the data id with its dots as `~`. */
const metadataKey = (dataId) => `${GROUP}.${dataId.replace(/\./g, '~')}.app`;

/**
 * The import archive as a Buffer, and the data ids it holds.
 * @returns {{ zip: Buffer, dataIds: { service: string, dataId: string, content: string }[] }}
 */
export function buildImportZip({ configDir = path.join(ROOT, 'config'), profile, environment }) {
  const dataIds = listServices(configDir).map((service) => ({
    service,
    dataId: `${service}-${profile}.yaml`,
    content: renderDataId(configDir, service, profile, environment),
  }));
  // As in Nacos's export: one line per data id, CRLF after each.
  const meta = dataIds
    .map(({ service, dataId }) => `${metadataKey(dataId)}=${service}\r\n`)
    .join('');
  const zip = writeZip([
    ...dataIds.map(({ dataId, content }) => ({ name: `${GROUP}/${dataId}`, data: content })),
    { name: '.meta.yml', data: meta },
  ]);
  return { zip, dataIds };
}

/** Reads an environment file (see environments/k8s.yaml). */
export function readEnvironment(file) {
  const environment = parse(readFileSync(file, 'utf8')) ?? {};
  const unknown = Object.keys(environment).filter(
    (key) => !['profile', 'all', 'services', 'omit'].includes(key),
  );
  if (unknown.length > 0) throw new Error(`${file}: unknown keys ${unknown.join(', ')}`);
  return environment;
}

function main(argv) {
  const options = {};
  for (let index = 0; index < argv.length; index += 2) {
    const [flag, value] = [argv[index], argv[index + 1]];
    if (!['--profile', '--environment', '--out', '--config-dir'].includes(flag) || !value) {
      console.error(
        'usage: build-zip.mjs [--profile P] [--environment FILE] [--out FILE] [--config-dir DIR]',
      );
      return 2;
    }
    options[flag.slice(2)] = value;
  }
  const environment = options.environment ? readEnvironment(options.environment) : {};
  const profile = options.profile ?? environment.profile ?? 'dev';
  const out = options.out ?? path.join(ROOT, 'dist', 'nacos', `mall-nacos-${profile}.zip`);
  const { zip, dataIds } = buildImportZip({
    configDir: options['config-dir'] ?? path.join(ROOT, 'config'),
    profile,
    environment,
  });
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, zip);
  console.log(`${out}: ${dataIds.map((entry) => entry.dataId).join(', ')}`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2));
