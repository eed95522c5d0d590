/** One problem found in the configuration, with where its value came from. */
export interface ConfigIssue {
  /** Dotted key, e.g. `mysql.port`; empty when the problem is with a whole document. */
  readonly key: string;
  /** Where the value came from, e.g. `env MYSQL_PORT`, `file /app/config/mall-admin.yaml`. */
  readonly source: string;
  /** What is wrong, e.g. `expected a number`. */
  readonly problem: string;
  /** The offending value; `undefined` when the key is missing. */
  readonly value?: unknown;
  readonly missing?: boolean;
  /** For a missing key: where it can be set. */
  readonly hint?: string;
}

const SECRET_KEY = /(password|secret|token)$/i;
const MAX_VALUE_LENGTH = 80;

function describeValue(key: string, value: unknown): string {
  if (SECRET_KEY.test(key)) return '***';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function formatIssue(issue: ConfigIssue): string {
  if (!issue.key) return oneLine(`config error: ${issue.source}: ${issue.problem}`);
  if (issue.missing) {
    const where = issue.hint ? `set it in ${issue.hint}` : `from ${issue.source}`;
    return oneLine(`config error: ${issue.key} is missing (${where}): ${issue.problem}`);
  }
  return oneLine(
    `config error: ${issue.key} = ${describeValue(issue.key, issue.value)} (from ${issue.source}): ${issue.problem}`,
  );
}

/**
 * Thrown when a setting is bad or missing. The message is one line naming the key, where the value
 * came from and what is wrong; `issues` lists every problem found.
 */
export class ConfigError extends Error {
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[]) {
    const first = issues[0] ?? { key: '', source: 'config', problem: 'invalid configuration' };
    const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
    super(formatIssue(first) + more);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/**
 * The one-line text for a config problem: a `ConfigIssue`, a `ConfigError`, or any other error
 * raised while loading configuration.
 */
export function formatConfigError(problem: ConfigIssue | ConfigError | unknown): string {
  if (problem instanceof ConfigError) return problem.message;
  if (problem instanceof Error) return oneLine(`config error: ${problem.message}`);
  if (problem && typeof problem === 'object' && 'problem' in problem && 'source' in problem) {
    return formatIssue(problem as ConfigIssue);
  }
  return oneLine(`config error: ${String(problem)}`);
}
