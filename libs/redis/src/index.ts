export type { RedisLogger, RedisSettings } from './redis-settings';
export {
  REDIS_MAX_RETRIES_PER_REQUEST,
  closeRedis,
  createRedis,
  nestRedisLogger,
  redisReconnectDelay,
  type CreateRedisOptions,
} from './create-redis';
export { redisKey } from './redis-key';
export { REDIS, REDIS_SETTINGS, InjectRedis } from './redis.tokens';
export { RedisCacheService, RedisValueFormatError } from './redis-cache.service';
export { redisHealthIndicator, redisMetrics, type RedisHealthIndicator } from './redis-health';
export { RedisModule, type RedisModuleAsyncOptions, type RedisModuleOptions } from './redis.module';
