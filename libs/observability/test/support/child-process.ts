import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import * as path from 'node:path';

export const WORKSPACE_ROOT = path.resolve(__dirname, '../../../..');

export interface JsonLinesProcess {
  child: ChildProcess;
  /** Every stdout line that parsed as JSON. */
  lines: Record<string, unknown>[];
  waitForLine(
    predicate: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

/**
 * Spawns a Node process whose stdout speaks JSON lines. Waits are bounded only to turn a hang into
 * a readable failure (with the child's stderr), never to judge speed.
 */
export function spawnJsonLines(
  args: string[],
  env: NodeJS.ProcessEnv,
  label: string,
): JsonLinesProcess {
  const child = spawn(process.execPath, args, {
    cwd: WORKSPACE_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  let stderr = '';
  let pending = '';
  let exited = false;

  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    pending += chunk;
    const complete = pending.split('\n');
    pending = complete.pop() ?? '';
    for (const text of complete) {
      if (!text.trim()) continue;
      try {
        lines.push(JSON.parse(text));
      } catch {
        stderr += `[stdout] ${text}\n`;
      }
    }
    for (const wake of [...waiters]) wake();
  });
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => (stderr += chunk));
  child.on('exit', () => {
    exited = true;
    for (const wake of [...waiters]) wake();
  });

  return {
    child,
    lines,
    waitForLine(predicate, timeoutMs = 20000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = lines.find(predicate);
          if (found || exited) {
            clearTimeout(timer);
            waiters.delete(check);
            if (found) resolve(found);
            else reject(new Error(`${label} exited (code ${child.exitCode}); stderr:\n${stderr}`));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`${label}: expected line not seen in ${timeoutMs} ms; stderr:\n${stderr}`),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async stop() {
      if (exited || child.pid === undefined) return;
      const exit = once(child, 'exit');
      child.kill('SIGTERM');
      await exit;
    },
  };
}
