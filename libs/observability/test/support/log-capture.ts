import type { DestinationStream } from 'pino';

export interface CapturedLog {
  destination: DestinationStream;
  lines: Record<string, unknown>[];
  /** Resolves once a line satisfying `predicate` has been written (immediately if one already was). */
  waitForLine(
    predicate: (line: Record<string, unknown>) => boolean,
  ): Promise<Record<string, unknown>>;
}

/** A pino destination that keeps every JSON line it receives, parsed. */
export function captureLogLines(): CapturedLog {
  const lines: Record<string, unknown>[] = [];
  const waiters: Array<() => void> = [];
  return {
    lines,
    destination: {
      write(chunk: string) {
        for (const line of chunk.split('\n')) if (line) lines.push(JSON.parse(line));
        for (const wake of waiters.splice(0)) wake();
      },
    },
    waitForLine(predicate) {
      return new Promise((resolve) => {
        const check = () => {
          const found = lines.find(predicate);
          if (found) resolve(found);
          else waiters.push(check);
        };
        check();
      });
    },
  };
}
