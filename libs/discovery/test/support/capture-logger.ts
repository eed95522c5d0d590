import type { LoggerLike } from '@mall/config';

/** A logger that keeps what it is told, so tests can assert on warnings. */
export class CaptureLogger implements LoggerLike {
  readonly lines: Array<{ level: 'debug' | 'info' | 'warn' | 'error'; msg: string }> = [];

  debug(msg: string): void {
    this.lines.push({ level: 'debug', msg });
  }
  info(msg: string): void {
    this.lines.push({ level: 'info', msg });
  }
  warn(msg: string): void {
    this.lines.push({ level: 'warn', msg });
  }
  error(msg: string): void {
    this.lines.push({ level: 'error', msg });
  }

  at(level: 'debug' | 'info' | 'warn' | 'error'): string[] {
    return this.lines.filter((line) => line.level === level).map((line) => line.msg);
  }
}
