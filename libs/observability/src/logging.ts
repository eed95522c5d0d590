import type { LoggerService, LogLevel } from '@nestjs/common';
import pino from 'pino';
import { currentTraceId } from './tracing';

export type Logger = pino.Logger;

/**
 * A JSON-lines logger for Filebeat/Logstash: `level` (label), `@timestamp` (ISO), `service`, `pid`,
 * `traceId` (when a SkyWalking span is active), `message`, and errors under `err` with their stack.
 * Writes synchronously to stdout unless a destination is given: pino's default, nothing is lost
 * when the process dies, and it measured ≈ 10 µs less CPU per access-log line than sonic-boom's
 * asynchronous mode, whose batches go through the libuv thread pool (docs/performance.md, Gateway).
 */
export function createLogger(
  service: string,
  level: string = process.env['LOG_LEVEL'] || 'info',
  destination?: pino.DestinationStream,
): Logger {
  return pino(
    {
      level,
      messageKey: 'message',
      base: { service, pid: process.pid },
      timestamp: () => `,"@timestamp":"${new Date().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      // pino merges the call's own fields into this object, so it must be a fresh one every time.
      mixin: () => {
        const traceId = currentTraceId();
        return traceId === undefined ? {} : { traceId };
      },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

const NEST_TO_PINO: Record<LogLevel, pino.Level> = {
  verbose: 'trace',
  debug: 'debug',
  log: 'info',
  warn: 'warn',
  error: 'error',
  fatal: 'fatal',
};
// Most verbose first, so the first level Nest enables decides the threshold.
const NEST_LEVELS_BY_VERBOSITY: LogLevel[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];
const STACK_FORMAT = /^.+\n\s+at .+/;

/**
 * Nest's logger interface over a pino logger, for `app.useLogger(...)` and `new Logger(context)`.
 * Nest passes the context as the last string argument and, for `error`, a stack before it.
 */
export class NestPinoLogger implements LoggerService {
  constructor(readonly logger: Logger) {}

  log(message: unknown, ...optionalParams: unknown[]): void {
    this.write('info', message, optionalParams, false);
  }

  error(message: unknown, ...optionalParams: unknown[]): void {
    this.write('error', message, optionalParams, true);
  }

  warn(message: unknown, ...optionalParams: unknown[]): void {
    this.write('warn', message, optionalParams, false);
  }

  debug(message: unknown, ...optionalParams: unknown[]): void {
    this.write('debug', message, optionalParams, false);
  }

  verbose(message: unknown, ...optionalParams: unknown[]): void {
    this.write('trace', message, optionalParams, false);
  }

  fatal(message: unknown, ...optionalParams: unknown[]): void {
    this.write('fatal', message, optionalParams, true);
  }

  setLogLevels(levels: LogLevel[]): void {
    const mostVerbose = NEST_LEVELS_BY_VERBOSITY.find((level) => levels.includes(level));
    this.logger.level = mostVerbose ? NEST_TO_PINO[mostVerbose] : 'silent';
  }

  private write(level: pino.Level, message: unknown, params: unknown[], mayHaveStack: boolean) {
    if (!this.logger.isLevelEnabled(level)) return;
    const rest = [...params];
    const fields: Record<string, unknown> = {};
    let stack: string | undefined;

    if (mayHaveStack && rest.length === 1 && typeof rest[0] === 'string') {
      // A single string after an error message is a stack if it looks like one, else a context.
      if (STACK_FORMAT.test(rest[0])) stack = rest.pop() as string;
    }
    if (rest.length > 0 && typeof rest[rest.length - 1] === 'string') {
      fields['context'] = rest.pop();
    }
    if (mayHaveStack && rest.length > 0 && (typeof rest[0] === 'string' || rest[0] === undefined)) {
      stack = (rest.shift() as string | undefined) ?? stack;
    }
    const extra = rest.filter((param) => param !== undefined);
    if (extra.length > 0) fields['params'] = extra;

    if (message instanceof Error) {
      fields['err'] = message;
      this.logger[level](fields, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.logger[level]({ ...(message as Record<string, unknown>), ...fields });
    } else {
      const text = String(message);
      if (stack) fields['err'] = { type: 'Error', message: text, stack };
      this.logger[level](fields, text);
    }
  }
}
