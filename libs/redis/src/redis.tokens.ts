import { Inject } from '@nestjs/common';

/** Injection token of the shared ioredis client. */
export const REDIS = Symbol('mall:redis');
/** Injection token of the RedisSettings the module was built with. */
export const REDIS_SETTINGS = Symbol('mall:redis-settings');

/** Parameter decorator for the shared ioredis client: `constructor(@InjectRedis() redis: Redis)`. */
export const InjectRedis = (): ParameterDecorator & PropertyDecorator => Inject(REDIS);
