/**
 * Splits and checks the raw request target before anything is matched or forwarded. The whitelist,
 * the internal-path list and the admin RBAC patterns are matched on `path` (decoded, empty segments
 * removed), and exactly the same segments are forwarded, so a check can never be passed by one
 * spelling of a path while the service routes another. Dot segments, encoded slashes or
 * backslashes, double encoding and control characters are refused instead of being interpreted.
 */
export interface RoutedPath {
  /** First segment, e.g. `mall-admin`. */
  service: string;
  /** Decoded full path for matching, e.g. `/mall-admin/brand/list`. */
  path: string;
  /** Path sent to the service: the prefix stripped, segments as the client encoded them. */
  forwardPath: string;
  /** `?` and everything after it, or ''. */
  query: string;
}

export interface RejectedPath {
  rejected: string;
}

// Characters whose presence means the slow path: percent-encoding, backslashes, dot segments,
// empty segments.
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const NEEDS_CHECK = /%|\\|\/\/|\/\.|#|[\x00-\x1f\x7f]/;
// After one decoding step: a second layer of encoding of `.`, `/`, `\` or `%` is an evasion attempt.
const DOUBLE_ENCODED = /%(?:2e|2f|5c|25)/i;
// eslint-disable-next-line no-control-regex -- control characters are what is refused
const FORBIDDEN_DECODED = /[/\\\x00-\x1f\x7f]/;

function rejected(reason: string): RejectedPath {
  return { rejected: reason };
}

/** Parses a raw request target (`request.raw.url`). */
export function parseRequestPath(rawUrl: string): RoutedPath | RejectedPath {
  const queryStart = rawUrl.indexOf('?');
  const rawPath = queryStart < 0 ? rawUrl : rawUrl.slice(0, queryStart);
  const query = queryStart < 0 ? '' : rawUrl.slice(queryStart);
  if (rawPath.charCodeAt(0) !== 47 /* / */) return rejected('the path must start with /');

  if (!NEEDS_CHECK.test(rawPath)) {
    // Fast path: nothing to decode or collapse.
    const slash = rawPath.indexOf('/', 1);
    const service = slash < 0 ? rawPath.slice(1) : rawPath.slice(1, slash);
    const forwardPath = slash < 0 ? '/' : rawPath.slice(slash);
    return { service, path: rawPath, forwardPath, query };
  }

  if (rawPath.includes('#')) return rejected('a fragment is not part of a request path');
  const rawSegments = rawPath.split('/');
  const trailingSlash = rawPath.length > 1 && rawPath.endsWith('/');
  const kept: string[] = [];
  const decoded: string[] = [];
  for (const raw of rawSegments) {
    if (raw.length === 0) continue;
    let segment = raw;
    if (raw.includes('%')) {
      try {
        segment = decodeURIComponent(raw);
      } catch {
        return rejected('malformed percent-encoding');
      }
      if (DOUBLE_ENCODED.test(segment)) return rejected('double-encoded characters');
    }
    if (FORBIDDEN_DECODED.test(segment)) {
      return rejected('encoded slash, backslash or control character');
    }
    if (segment === '.' || segment === '..') return rejected('dot segments are not allowed');
    kept.push(raw);
    decoded.push(segment);
  }
  if (kept.length === 0) return rejected('no service prefix');

  const tail = trailingSlash ? '/' : '';
  const path = `/${decoded.join('/')}${tail}`;
  const forwardPath = kept.length > 1 ? `/${kept.slice(1).join('/')}${tail}` : '/';
  return { service: decoded[0], path, forwardPath, query };
}

export function isRejectedPath(value: RoutedPath | RejectedPath): value is RejectedPath {
  return 'rejected' in value;
}

/** The service prefix a raw request target addresses, before any check. */
export interface ServicePrefix {
  /** First non-empty path segment, decoded: the service `parseRequestPath` routes the target to. */
  service: string;
  /** The target is the prefix alone (`/mall-admin`, `/mall-admin?x`), not a path below it. */
  bare: boolean;
}

/**
 * The service prefix of a raw request target, read without parsing the rest: it decides whether
 * the proxy takes a request, so it names the same service as {@link parseRequestPath} for every
 * target that one accepts. Null when the target does not start with `/` or its first segment is
 * not valid percent-encoding.
 */
export function servicePrefix(rawUrl: string): ServicePrefix | null {
  if (rawUrl.charCodeAt(0) !== 47 /* / */) return null;
  let start = 1;
  while (rawUrl.charCodeAt(start) === 47) start++;
  let end = start;
  for (; end < rawUrl.length; end++) {
    const ch = rawUrl.charCodeAt(end);
    if (ch === 47 /* / */ || ch === 63 /* ? */ || ch === 35 /* # */) break;
  }
  let service = rawUrl.slice(start, end);
  if (service.includes('%')) {
    try {
      service = decodeURIComponent(service);
    } catch {
      return null;
    }
  }
  const bare = start === 1 && (end === rawUrl.length || rawUrl.charCodeAt(end) === 63);
  return { service, bare };
}
