import pino from 'pino';

/**
 * The logging surface the config and discovery code needs. A pino logger and `console` both fit,
 * so callers can pass whatever logger they already have.
 */
export interface LoggerLike {
  debug(msg: string, ...args: unknown[]): void;
  info(msg: string, ...args: unknown[]): void;
  warn(msg: string, ...args: unknown[]): void;
  error(msg: string, ...args: unknown[]): void;
}

const PINO_LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/**
 * Logger used until the service sets up its own: config is read before observability starts, so
 * this one only knows the service name and the raw `LOG_LEVEL`.
 */
export function createDefaultLogger(service: string, level?: string): LoggerLike {
  return pino({
    base: { service },
    level: level && PINO_LEVELS.has(level) ? level : 'info',
  });
}
