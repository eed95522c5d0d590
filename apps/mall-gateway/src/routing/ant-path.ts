/**
 * Ant-style path patterns with the semantics of Spring's AntPathMatcher, which the original gateway
 * and mall-admin's resource URLs use: `?` one character, `*` any characters within one segment,
 * `**` any number of whole segments (including none), `{name}` / `{name:regex}` one variable part
 * of a segment. Paths are expected normalised (no empty segments; see request-path.ts).
 */

const REGEX_SPECIALS = /[.+^$()|[\]\\]/;

function segmentSource(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === '*') {
      // `a**b` inside a segment means the same as `a*b`.
      while (segment[i + 1] === '*') i++;
      out += '[^/]*';
    } else if (ch === '?') {
      out += '[^/]';
    } else if (ch === '{') {
      const close = segment.indexOf('}', i);
      if (close < 0) {
        out += '\\{';
        continue;
      }
      const variable = segment.slice(i + 1, close);
      const colon = variable.indexOf(':');
      out += colon >= 0 ? `(?:${variable.slice(colon + 1)})` : '[^/]*';
      i = close;
    } else {
      out += REGEX_SPECIALS.test(ch) || ch === '{' || ch === '}' ? `\\${ch}` : ch;
    }
  }
  return out;
}

/** The regular-expression body (without anchors) matching the same paths as `pattern`. */
export function antPatternSource(pattern: string): string {
  const segments = pattern.split('/').filter((segment) => segment.length > 0);
  let source = '';
  for (const segment of segments) {
    source += segment === '**' ? '(?:/[^/]+)*' : `/${segmentSource(segment)}`;
  }
  const last = segments[segments.length - 1];
  if (last === '**') {
    // `/a/**` also matches `/a/`, and `/**` matches `/`.
    source += '/?';
  } else if (pattern.endsWith('/') || segments.length === 0) {
    source += '/';
  }
  return source;
}

/** Compiles one Ant pattern; throws on a pattern whose `{name:regex}` part is not a valid regex. */
export function compileAntPattern(pattern: string): RegExp {
  return new RegExp(`^${antPatternSource(pattern)}$`);
}

/** Whether `path` matches the Ant `pattern`. Compiles on every call: prefer {@link AntPatternSet}. */
export function antMatch(pattern: string, path: string): boolean {
  return compileAntPattern(pattern).test(path);
}

/** A fixed list of patterns tested with one regular expression. */
export class AntPatternSet {
  private readonly regex: RegExp | null;

  constructor(readonly patterns: readonly string[]) {
    this.regex =
      patterns.length === 0
        ? null
        : new RegExp(`^(?:${patterns.map((p) => antPatternSource(p)).join('|')})$`);
  }

  /** Whether any pattern matches `path`. */
  matches(path: string): boolean {
    return this.regex !== null && this.regex.test(path);
  }
}
