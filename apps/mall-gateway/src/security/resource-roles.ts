import { compileAntPattern } from '../routing/ant-path';

/** One admin resource: the Ant pattern of its URL (with the `/mall-admin` prefix) and its roles. */
export interface ResourceRule {
  pattern: string;
  regex: RegExp;
  roles: ReadonlySet<string>;
}

/** Neither Redis nor an earlier copy of the map is available: admin calls cannot be authorised. */
export class ResourceRolesUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ResourceRolesUnavailableError';
  }
}

/**
 * Reads one hash value: a JSON array of role strings (`["5_超级管理员"]`). The type-tagged form the
 * Java services wrote (`["java.util.ArrayList",["5_超级管理员"]]`) is accepted too, so the gateway
 * also works against a Redis that the original mall-admin still fills.
 */
export function parseRoleList(value: string): string[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  if (
    parsed.length === 2 &&
    typeof parsed[0] === 'string' &&
    parsed[0].startsWith('java.') &&
    Array.isArray(parsed[1])
  ) {
    parsed = parsed[1];
  }
  const roles = parsed as unknown[];
  return roles.every((role) => typeof role === 'string') ? (roles as string[]) : null;
}

/**
 * Whether a caller with `authorities` may call `path`: allowed iff some resource pattern matching
 * the path grants one of the caller's roles. A path no resource covers is refused, as the original.
 */
export function isGranted(
  rules: readonly ResourceRule[],
  path: string,
  authorities: readonly string[] | undefined,
): boolean {
  if (!authorities || authorities.length === 0) return false;
  for (const rule of rules) {
    if (!rule.regex.test(path)) continue;
    for (const authority of authorities) if (rule.roles.has(authority)) return true;
  }
  return false;
}

export interface ResourceRolesCacheOptions {
  ttlMs: number;
  clock?: () => number;
  onInvalidValue?: (field: string) => void;
  onLoadError?: (error: unknown) => void;
}

/**
 * The resource→roles map that mall-admin keeps in a Redis hash, read with one HGETALL at most every
 * `ttlMs` (concurrent callers share the read) and compiled once per change. When Redis fails, the
 * last map read stays in use.
 */
export class ResourceRolesCache {
  private rules: ResourceRule[] | null = null;
  private loadedAt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<ResourceRule[]> | null = null;
  /** The hash the current rules were compiled from. */
  private lastHash: Record<string, string> | null = null;
  private readonly clock: () => number;

  constructor(
    private readHash: () => Promise<Record<string, string>>,
    private options: ResourceRolesCacheOptions,
  ) {
    this.clock = options.clock ?? Date.now;
  }

  /** New hash source and TTL (configuration change); the next call reads Redis again. */
  reconfigure(readHash: () => Promise<Record<string, string>>, ttlMs: number): void {
    this.readHash = readHash;
    this.options = { ...this.options, ttlMs };
    this.loadedAt = Number.NEGATIVE_INFINITY;
  }

  /** The rules; synchronously while the last read is fresh, else after reading Redis. */
  current(): readonly ResourceRule[] | Promise<readonly ResourceRule[]> {
    if (this.rules && this.clock() - this.loadedAt < this.options.ttlMs) return this.rules;
    if (this.inFlight) return this.inFlight;
    const loading: Promise<ResourceRule[]> = this.load().finally(() => {
      if (this.inFlight === loading) this.inFlight = null;
    });
    this.inFlight = loading;
    return loading;
  }

  private async load(): Promise<ResourceRule[]> {
    let hash: Record<string, string>;
    try {
      hash = await this.readHash();
    } catch (error) {
      this.options.onLoadError?.(error);
      if (this.rules) return this.rules;
      throw new ResourceRolesUnavailableError('cannot read the resource roles map', {
        cause: error,
      });
    }
    if (this.rules && this.lastHash && sameHash(hash, this.lastHash)) {
      // Unchanged: the same rules object, so decisions remembered for it stay valid.
      this.loadedAt = this.clock();
      return this.rules;
    }
    const previous = new Map((this.rules ?? []).map((rule) => [rule.pattern, rule.regex]));
    const rules: ResourceRule[] = [];
    for (const [pattern, value] of Object.entries(hash)) {
      const roles = parseRoleList(value);
      let regex = previous.get(pattern);
      if (!regex) {
        try {
          regex = compileAntPattern(pattern);
        } catch {
          regex = undefined;
        }
      }
      if (!roles || !regex) {
        this.options.onInvalidValue?.(pattern);
        continue;
      }
      rules.push({ pattern, regex, roles: new Set(roles) });
    }
    this.rules = rules;
    this.lastHash = hash;
    this.loadedAt = this.clock();
    return rules;
  }
}

function sameHash(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

// Remembered decisions, over all role sets; all are forgotten past this many.
const MAX_REMEMBERED_GRANTS = 10_000;

/**
 * {@link isGranted} with its answers remembered per rule set, role set and path: an admin path is
 * otherwise tested against every resource pattern on every request. A new rule set (a changed
 * map) starts afresh.
 */
export class GrantDecisions {
  private rules: readonly ResourceRule[] | null = null;
  private readonly byRoles = new Map<string, Map<string, boolean>>();
  private size = 0;

  isGranted(
    rules: readonly ResourceRule[],
    path: string,
    authorities: readonly string[] | undefined,
  ): boolean {
    if (!authorities || authorities.length === 0) return false;
    if (rules !== this.rules || this.size >= MAX_REMEMBERED_GRANTS) {
      this.rules = rules;
      this.byRoles.clear();
      this.size = 0;
    }
    const roles = authorities.length === 1 ? authorities[0] : authorities.join('\n');
    let byPath = this.byRoles.get(roles);
    if (byPath === undefined) {
      byPath = new Map();
      this.byRoles.set(roles, byPath);
    }
    let granted = byPath.get(path);
    if (granted === undefined) {
      granted = isGranted(rules, path, authorities);
      byPath.set(path, granted);
      this.size += 1;
    }
    return granted;
  }
}
