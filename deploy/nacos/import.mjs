#!/usr/bin/env node
// Publishes the data ids of a Nacos import archive (deploy/nacos/build-zip.mjs) through the Nacos
// OpenAPI, one POST /nacos/v1/cs/configs per data id, then reads each one back to check it.
//
//   node deploy/nacos/import.mjs <archive.zip> [--server http://127.0.0.1:8848] [--namespace ID]
//                                [--username U --password P] [--dry-run]
//
// Defaults come from NACOS_SERVER_ADDR, NACOS_NAMESPACE, NACOS_USERNAME and NACOS_PASSWORD. With a
// user name the importer first logs in (POST /nacos/v1/auth/login) and sends the access token. In a
// cluster: kubectl -n mall port-forward svc/nacos 8848 &, then --server http://127.0.0.1:8848.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readZip } from './zip.mjs';

const REQUEST_TIMEOUT_MS = 10_000;

/** The data ids of an archive: [{ group, dataId, content, appName }]. */
export function readImportArchive(zip) {
  const entries = readZip(zip);
  const appNames = new Map();
  const meta = entries.find((entry) => entry.name === '.meta.yml');
  for (const line of meta ? meta.data.toString('utf8').split(/\r?\n/) : []) {
    const separator = line.indexOf('=');
    if (separator > 0) appNames.set(line.slice(0, separator), line.slice(separator + 1));
  }
  return entries
    .filter((entry) => entry.name !== '.meta.yml')
    .map((entry) => {
      const parts = entry.name.split('/');
      if (parts.length !== 2) throw new Error(`unexpected entry ${entry.name} (want GROUP/dataId)`);
      const [group, dataId] = parts;
      return {
        group,
        dataId,
        content: entry.data.toString('utf8'),
        appName: appNames.get(`${group}.${dataId.replace(/\./g, '~')}.app`),
      };
    });
}

/** http://host:port of the first address of a NACOS_SERVER_ADDR-style list. */
export function serverUrl(address) {
  const first = address.split(',')[0].trim();
  const withScheme = /^https?:\/\//.test(first) ? first : `http://${first}`;
  const url = new URL(withScheme);
  if (!url.port && !/^https?:\/\/[^/]+:\d+/.test(withScheme)) url.port = '8848';
  return url.origin;
}

async function request(method, url, form) {
  const response = await fetch(url, {
    method,
    headers: form ? { 'content-type': 'application/x-www-form-urlencoded' } : undefined,
    body: form ? new URLSearchParams(form).toString() : undefined,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: response.status, text: await response.text() };
}

/**
 * Publishes every data id and reads it back.
 * @returns {Promise<string[]>} the data ids published
 */
export async function importArchive(zip, options) {
  const base = serverUrl(options.server);
  const tenant = options.namespace && options.namespace !== 'public' ? options.namespace : '';
  const auth = {};
  if (options.username) {
    const login = await request('POST', `${base}/nacos/v1/auth/login`, {
      username: options.username,
      password: options.password ?? '',
    });
    if (login.status !== 200)
      throw new Error(`login as ${options.username} failed: ${login.status} ${login.text}`);
    auth.accessToken = JSON.parse(login.text).accessToken;
  }
  const published = [];
  for (const item of readImportArchive(zip)) {
    const identity = { dataId: item.dataId, group: item.group, ...(tenant ? { tenant } : {}) };
    if (options.dryRun) {
      console.log(`would publish ${item.group}/${item.dataId} (${item.content.length} characters)`);
      continue;
    }
    const publish = await request('POST', `${base}/nacos/v1/cs/configs`, {
      ...identity,
      content: item.content,
      type: 'yaml',
      ...(item.appName ? { appName: item.appName } : {}),
      ...auth,
    });
    if (publish.status !== 200 || publish.text.trim() !== 'true') {
      throw new Error(`publishing ${item.dataId} failed: ${publish.status} ${publish.text}`);
    }
    const query = new URLSearchParams({ ...identity, ...auth }).toString();
    const readBack = await request('GET', `${base}/nacos/v1/cs/configs?${query}`);
    if (readBack.status !== 200 || readBack.text !== item.content) {
      throw new Error(`${item.dataId} reads back differently (${readBack.status})`);
    }
    console.log(`published ${item.group}/${item.dataId}`);
    published.push(item.dataId);
  }
  return published;
}

async function main(argv) {
  const options = {
    server: process.env.NACOS_SERVER_ADDR ?? '127.0.0.1:8848',
    namespace: process.env.NACOS_NAMESPACE,
    username: process.env.NACOS_USERNAME,
    password: process.env.NACOS_PASSWORD,
    dryRun: false,
  };
  let archive;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--dry-run') options.dryRun = true;
    else if (['--server', '--namespace', '--username', '--password'].includes(arg)) {
      options[arg.slice(2)] = argv[++index];
    } else if (!arg.startsWith('--') && archive === undefined) archive = arg;
    else {
      console.error(
        'usage: import.mjs <archive.zip> [--server URL] [--namespace ID] [--username U --password P] [--dry-run]',
      );
      return 2;
    }
  }
  if (!archive) {
    console.error('usage: import.mjs <archive.zip> [--server URL] [--namespace ID] [--dry-run]');
    return 2;
  }
  try {
    const published = await importArchive(readFileSync(archive), options);
    if (!options.dryRun)
      console.log(`${published.length} data ids imported into ${serverUrl(options.server)}`);
    return 0;
  } catch (error) {
    console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  process.exitCode = await main(process.argv.slice(2));
