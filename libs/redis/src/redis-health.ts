import type Redis from 'ioredis';

/** Same shape as the observability lib's HealthIndicator, kept structural to avoid a dependency. */
export interface RedisHealthIndicator {
  name: 'redis';
  check(): Promise<Record<string, unknown>>;
}

/** Readiness check: fails at once while disconnected, otherwise PINGs within `timeoutMs`. */
export function redisHealthIndicator(redis: Redis, timeoutMs = 1000): RedisHealthIndicator {
  return {
    name: 'redis',
    async check() {
      if (redis.status !== 'ready') throw new Error(`redis connection is ${redis.status}`);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(
          () => reject(new Error(`redis PING timed out after ${timeoutMs} ms`)),
          timeoutMs,
        );
      });
      try {
        const reply = await Promise.race([redis.ping(), timeout]);
        if (reply !== 'PONG') throw new Error(`redis PING answered ${String(reply)}`);
        return { connection: redis.status };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Collect function for a connection gauge: 1 while the client is ready, else 0. */
export function redisMetrics(redis: Redis): () => number {
  return () => (redis.status === 'ready' ? 1 : 0);
}
