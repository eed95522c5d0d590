/** Connection settings; `@mall/config` produces this shape from `redis:` in the service YAML. */
export interface RedisSettings {
  host: string;
  port: number;
  password?: string;
  db: number;
  /** Prepended by ioredis to every key (also to KEYS[] in scripts, not to ARGV). Often ''. */
  keyPrefix: string;
  /** Upper bound for one command, including time spent waiting in the offline queue. */
  commandTimeoutMs: number;
}

/** What the lib logs through; pino loggers and the adapter around Nest's Logger both fit. */
export interface RedisLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
