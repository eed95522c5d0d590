import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const WORKSPACE_ROOT = join(__dirname, '..', '..', '..', '..');

export interface RunningService {
  name: string;
  port: number;
  process: ChildProcess;
  /** Everything the process printed (JSON log lines). */
  output(): string;
  /** Milliseconds from spawn until the health check first answered 200. */
  readyMs: number;
  /** SIGTERM and wait for exit; resolves with the exit code. */
  stop(timeoutMs?: number): Promise<number | null>;
}

/** Starts `dist/apps/<name>/main.js` with extra env and waits until `/actuator/health` answers 200. */
export async function startBuiltService(
  name: string,
  port: number,
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<RunningService> {
  const main = join(WORKSPACE_ROOT, 'dist', 'apps', name, 'main.js');
  if (!existsSync(main))
    throw new Error(`${main} not found: build the app first (nx build ${name})`);
  let out = '';
  const spawnedAt = Date.now();
  const child = spawn(process.execPath, [main], {
    cwd: WORKSPACE_ROOT,
    env: {
      ...process.env,
      MALL_CONFIG_DIR: join(WORKSPACE_ROOT, 'config'),
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with ${child.exitCode}:\n${out.slice(-3000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} not healthy within ${timeoutMs} ms:\n${out.slice(-3000)}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/actuator/health`, {
        signal: AbortSignal.timeout(1000),
      });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const readyMs = Date.now() - spawnedAt;
  return {
    name,
    port,
    process: child,
    readyMs,
    output: () => out,
    async stop(stopTimeoutMs = 15_000) {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Resident set size of a process in bytes (Linux /proc). */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb * 1024;
}
