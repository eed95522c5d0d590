import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { RedisLogger, RedisSettings } from './redis-settings';

/** A command fails after this many reconnect attempts instead of waiting for Redis indefinitely. */
export const REDIS_MAX_RETRIES_PER_REQUEST = 2;
const RECONNECT_BASE_DELAY_MS = 50;
const RECONNECT_MAX_DELAY_MS = 5000;

/** Capped exponential backoff; never gives up, so the client heals when Redis comes back. */
export function redisReconnectDelay(attempt: number): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 16);
  return Math.min(RECONNECT_BASE_DELAY_MS * 2 ** exponent, RECONNECT_MAX_DELAY_MS);
}

export interface CreateRedisOptions {
  /** Shown by `CLIENT LIST` (connection name) and in log lines; usually the service name. */
  name: string;
  logger?: RedisLogger;
}

export function nestRedisLogger(context: string): RedisLogger {
  const logger = new Logger(context);
  return {
    info: (message) => logger.log(message),
    warn: (message) => logger.warn(message),
    error: (message) => logger.error(message),
  };
}

/**
 * Builds an ioredis client whose failures are bounded: commands reject after a few reconnect
 * attempts or `commandTimeoutMs`, while the connection keeps retrying in the background.
 */
export function createRedis(settings: RedisSettings, options: CreateRedisOptions): Redis {
  const logger = options.logger ?? nestRedisLogger(`Redis:${options.name}`);
  const endpoint = `${settings.host}:${settings.port}/${settings.db}`;
  const redis = new Redis({
    host: settings.host,
    port: settings.port,
    password: settings.password || undefined,
    db: settings.db,
    keyPrefix: settings.keyPrefix || undefined,
    connectionName: options.name,
    commandTimeout: settings.commandTimeoutMs,
    connectTimeout: Math.max(settings.commandTimeoutMs, 1000),
    maxRetriesPerRequest: REDIS_MAX_RETRIES_PER_REQUEST,
    retryStrategy: redisReconnectDelay,
    // Commands issued while reconnecting wait (bounded by the two limits above) instead of failing.
    enableOfflineQueue: true,
    // How long disconnect() lets a socket end gracefully before destroying it (default 2 s).
    disconnectTimeout: 500,
  });

  // ioredis emits 'error' on every failed reconnect attempt; log the outage once, then its end.
  let outageLogged = false;
  redis.on('error', (err: Error) => {
    if (outageLogged) return;
    outageLogged = true;
    logger.error(`Redis ${options.name} at ${endpoint} failed: ${err.message}; reconnecting`);
  });
  redis.on('ready', () => {
    if (!outageLogged) return;
    outageLogged = false;
    logger.info(`Redis ${options.name} at ${endpoint} connected again`);
  });
  return redis;
}

/**
 * Sends QUIT and waits at most `timeoutMs` for the connection to end, then drops the socket.
 * A client that is not connected is disconnected at once (which also stops its reconnect timer).
 */
export async function closeRedis(redis: Redis, timeoutMs = 2000): Promise<void> {
  if (redis.status === 'end') return;
  if (redis.status !== 'ready') {
    redis.disconnect();
    return;
  }
  const ended = new Promise<'ended'>((resolve) => redis.once('end', () => resolve('ended')));
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  redis.quit().catch(() => redis.disconnect());
  try {
    if ((await Promise.race([ended, timedOut])) === 'timeout') redis.disconnect();
  } finally {
    clearTimeout(timer);
  }
}
