import type { z } from 'zod';
import { ConfigError, type ConfigIssue } from './config-error';
import { envNamesFor, getPath, isPlainObject, type MergedConfig, pathKey } from './layers';
import { buildConfigSchema, type MallConfig } from './schema';

/** Where a missing key could be set, for the error line. */
export interface ConfigHints {
  /** Files the service reads, lowest first. */
  readonly files: readonly string[];
}

type ZodIssue = z.core.$ZodIssue;

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function describeIssue(issue: ZodIssue, missing: boolean): string {
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return 'required';
      return `expected ${article(issue.expected === 'record' ? 'mapping' : issue.expected)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
      if (issue.origin === 'array') return `needs at least ${issue.minimum} entries`;
      return `must be ${issue.inclusive === false ? '>' : '>='} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `allows at most ${issue.maximum} entries`;
      return `must be ${issue.inclusive === false ? '<' : '<='} ${issue.maximum}`;
    case 'unrecognized_keys':
      return 'unknown key';
    case 'invalid_format':
    case 'custom':
      return issue.message;
    default:
      return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  }
}

function sourceFor(merged: MergedConfig, path: readonly (string | number)[]): string {
  for (let length = path.length; length > 0; length--) {
    const source = merged.sources.get(pathKey(path.slice(0, length)));
    if (source) return source;
  }
  return 'defaults';
}

function toIssues(issue: ZodIssue, merged: MergedConfig, hints: ConfigHints): ConfigIssue[] {
  const basePath = issue.path.map((segment) =>
    typeof segment === 'symbol' ? String(segment) : segment,
  );
  const paths =
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...basePath, key]) : [basePath];
  return paths.map((path) => {
    const value = getPath(merged.data, path);
    const missing = value === undefined && issue.code !== 'unrecognized_keys';
    const stringPath = path.map(String);
    return {
      key: pathKey(path),
      source: sourceFor(merged, path),
      problem: describeIssue(issue, missing),
      value,
      missing,
      hint: missing
        ? [...hints.files, ...envNamesFor(stringPath).map((name) => `env ${name}`)].join(' or ')
        : undefined,
    };
  });
}

/** Deep-freezes a config snapshot so no consumer can change what another one sees. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Validates merged settings against the service's schema and returns a frozen snapshot, or throws
 * `ConfigError` naming the first bad key.
 */
export function validateConfig<A>(
  merged: MergedConfig,
  appSchema: z.ZodType | undefined,
  hints: ConfigHints,
): MallConfig<A> {
  const input = structuredClone(merged.data);
  // Discovery follows Nacos unless told otherwise.
  const discovery = isPlainObject(input['discovery']) ? input['discovery'] : {};
  const nacos = isPlainObject(input['nacos']) ? input['nacos'] : {};
  if (discovery['mode'] === undefined) {
    discovery['mode'] = nacos['serverAddr'] ? 'nacos' : 'static';
  }
  input['discovery'] = discovery;

  const result = buildConfigSchema(appSchema).safeParse(input);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.flatMap((issue) =>
        toIssues(issue, { data: input, sources: merged.sources }, hints),
      ),
    );
  }
  return deepFreeze(result.data as unknown as MallConfig<A>);
}
