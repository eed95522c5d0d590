import * as fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from './config-error';

export type PlainObject = Record<string, unknown>;

/** One source of settings: a parsed document plus the name of where each value came from. */
export interface ConfigLayer {
  readonly data: PlainObject;
  /** The source of the value at `path` (a layer may mix sources, like the environment). */
  sourceOf(path: readonly string[]): string;
}

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function pathKey(path: readonly (string | number)[]): string {
  return path.map(String).join('.');
}

export function getPath(data: unknown, path: readonly (string | number)[]): unknown {
  let node: unknown = data;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isPlainObject(node)) node = node[String(segment)];
    else return undefined;
  }
  return node;
}

function setPath(target: PlainObject, path: readonly string[], value: unknown): void {
  let node = target;
  for (const segment of path.slice(0, -1)) {
    const next = node[segment];
    if (!isPlainObject(next)) node[segment] = {};
    node = node[segment] as PlainObject;
  }
  node[path[path.length - 1]] = value;
}

/** A layer whose every value has the same source (a file, the built-in defaults, Nacos). */
export function uniformLayer(data: PlainObject, source: string): ConfigLayer {
  return { data, sourceOf: () => source };
}

export interface MergedConfig {
  readonly data: PlainObject;
  /** Source of every key that some layer set, by dotted key. */
  readonly sources: ReadonlyMap<string, string>;
}

/**
 * Deep-merges layers, lowest first. Mappings merge key by key; any other value (scalars, lists)
 * replaces what is below it; `null` removes the key, so a higher layer can switch a section off.
 */
export function mergeLayers(layers: readonly ConfigLayer[]): MergedConfig {
  const data: PlainObject = {};
  const sources = new Map<string, string>();

  const forget = (prefix: string) => {
    for (const key of [...sources.keys()]) {
      if (key === prefix || key.startsWith(`${prefix}.`)) sources.delete(key);
    }
  };

  const mergeInto = (
    target: PlainObject,
    patch: PlainObject,
    path: string[],
    layer: ConfigLayer,
  ) => {
    for (const [key, value] of Object.entries(patch)) {
      const childPath = [...path, key];
      const childKey = pathKey(childPath);
      if (value === null || value === undefined) {
        delete target[key];
        forget(childKey);
      } else if (isPlainObject(value)) {
        if (!isPlainObject(target[key])) {
          target[key] = {};
          forget(childKey);
        }
        sources.set(childKey, layer.sourceOf(childPath));
        mergeInto(target[key] as PlainObject, value, childPath, layer);
      } else {
        forget(childKey);
        target[key] = Array.isArray(value) ? structuredClone(value) : value;
        sources.set(childKey, layer.sourceOf(childPath));
      }
    }
  };

  for (const layer of layers) mergeInto(data, layer.data, [], layer);
  return { data, sources };
}

/** Parses a YAML document that must be a mapping (or empty). */
export function parseYamlDocument(text: string, source: string): PlainObject {
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new ConfigError([{ key: '', source, problem: `invalid YAML: ${reason}` }]);
  }
  if (parsed === null || parsed === undefined) return {};
  if (!isPlainObject(parsed)) {
    throw new ConfigError([{ key: '', source, problem: 'expected a mapping at the top level' }]);
  }
  return parsed;
}

/** Reads a YAML config file; `undefined` when the file does not exist. */
export function readYamlFile(file: string): ConfigLayer | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError([
      { key: '', source: `file ${file}`, problem: `cannot read: ${(err as Error).message}` },
    ]);
  }
  const source = `file ${file}`;
  return uniformLayer(parseYamlDocument(text, source), source);
}

/**
 * Named environment variables and the key each one sets. Later entries win over earlier ones for
 * the same key (so `SERVER_PORT` wins over `PORT`).
 */
export const ENV_VARIABLES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['PORT', ['server', 'port']],
  ['SERVER_PORT', ['server', 'port']],
  ['SERVER_HOST', ['server', 'host']],
  ['MYSQL_HOST', ['mysql', 'host']],
  ['MYSQL_PORT', ['mysql', 'port']],
  ['MYSQL_USER', ['mysql', 'user']],
  ['MYSQL_PASSWORD', ['mysql', 'password']],
  ['MYSQL_DATABASE', ['mysql', 'database']],
  ['MYSQL_POOL_SIZE', ['mysql', 'poolSize']],
  ['REDIS_HOST', ['redis', 'host']],
  ['REDIS_PORT', ['redis', 'port']],
  ['REDIS_PASSWORD', ['redis', 'password']],
  ['REDIS_DB', ['redis', 'db']],
  ['RABBITMQ_URL', ['rabbitmq', 'url']],
  ['NACOS_SERVER_ADDR', ['nacos', 'serverAddr']],
  ['NACOS_NAMESPACE', ['nacos', 'namespace']],
  ['NACOS_USERNAME', ['nacos', 'username']],
  ['NACOS_PASSWORD', ['nacos', 'password']],
  ['DISCOVERY_MODE', ['discovery', 'mode']],
  ['LOG_LEVEL', ['observability', 'logLevel']],
];

/** Prefix of the generic override: `MALL__a__b=value` sets key `a.b`. */
export const GENERIC_ENV_PREFIX = 'MALL__';
const GENERIC_ENV_SEPARATOR = '__';

function parseEnvValue(raw: string): unknown {
  try {
    return parseYaml(raw) ?? raw;
  } catch {
    return raw;
  }
}

/**
 * The environment as a layer. Named variables stay strings (the schema coerces them); values of
 * `MALL__` variables are parsed as YAML, so `MALL__app__limit=100` is a number and
 * `MALL__discovery__services__mall-cart=[10.0.0.5:8086]` a list. Empty variables count as unset.
 */
export function envLayer(env: NodeJS.ProcessEnv): ConfigLayer {
  const data: PlainObject = {};
  const setters = new Map<string, string>();

  for (const [name, path] of ENV_VARIABLES) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    setPath(data, path, value);
    setters.set(pathKey(path), name);
  }

  const generic = Object.keys(env)
    .filter((name) => name.startsWith(GENERIC_ENV_PREFIX))
    .sort();
  for (const name of generic) {
    const value = env[name];
    const path = name
      .slice(GENERIC_ENV_PREFIX.length)
      .split(GENERIC_ENV_SEPARATOR)
      .filter((segment) => segment.length > 0);
    if (value === undefined || value === '' || path.length === 0) continue;
    setPath(data, path, parseEnvValue(value));
    setters.set(pathKey(path), name);
  }

  return {
    data,
    sourceOf(path) {
      for (let length = path.length; length > 0; length--) {
        const setter = setters.get(pathKey(path.slice(0, length)));
        if (setter) return `env ${setter}`;
      }
      return 'env';
    },
  };
}

/** The environment variables that can set `path`, for hints on missing keys. */
export function envNamesFor(path: readonly (string | number)[]): string[] {
  const key = pathKey(path);
  const names = ENV_VARIABLES.filter(([, target]) => pathKey(target) === key).map(([n]) => n);
  names.push(GENERIC_ENV_PREFIX + path.map(String).join(GENERIC_ENV_SEPARATOR));
  return names;
}
