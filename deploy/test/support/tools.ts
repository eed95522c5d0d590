import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as path from 'node:path';

/** The repository root and deploy/. */
export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const DEPLOY_DIR = path.join(REPO_ROOT, 'deploy');

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a program to completion (no shell) from the repository root unless told otherwise. */
export function run(
  command: string,
  args: readonly string[],
  options: SpawnSyncOptions = {},
): RunResult {
  const result = spawnSync(command, args, {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  if (result.error) throw result.error;
  return {
    status: result.status ?? 1,
    stdout: String(result.stdout ?? ''),
    stderr: String(result.stderr ?? ''),
  };
}

const available = new Map<string, boolean>();

/** Whether a command is on PATH. */
export function hasTool(tool: string): boolean {
  if (!available.has(tool)) {
    available.set(tool, spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0);
  }
  return available.get(tool) as boolean;
}

/**
 * `describe` when every tool is installed; otherwise `describe.skip`, with one line saying what is
 * missing and how CI gets it (deploy/README.md lists the packages).
 */
export function describeWithTools(tools: readonly string[], name: string, body: () => void): void {
  const missing = tools.filter((tool) => !hasTool(tool));
  if (missing.length > 0) {
    // The reason a suite is skipped must be visible in CI logs.
    console.warn(
      `[deploy] skipping "${name}": ${missing.join(', ')} not installed ` +
        '(apt-get install shellcheck yamllint prometheus; kubectl with kustomize)',
    );
    describe.skip(name, body);
  } else {
    describe(name, body);
  }
}

/** Runs an ES module snippet with node (Jest's CommonJS runtime cannot import the .mjs tools). */
export function runModule(source: string, env: NodeJS.ProcessEnv = {}): RunResult {
  return run(process.execPath, ['--input-type=module', '-e', source], {
    env: { ...process.env, ...env },
  });
}
