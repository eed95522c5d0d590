import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import Redis from 'ioredis';
import {
  InjectRedis,
  REDIS,
  RedisCacheService,
  RedisLogger,
  RedisModule,
  RedisSettings,
  RedisValueFormatError,
  closeRedis,
  createRedis,
  redisHealthIndicator,
  redisKey,
  redisMetrics,
} from '../src';

const prefix = `mall:t:redis:${process.pid}:${randomUUID().slice(0, 8)}:`;

const settings: RedisSettings = {
  host: '127.0.0.1',
  port: 6379,
  db: 0,
  keyPrefix: prefix,
  commandTimeoutMs: 3000,
};

function silentLogger(): RedisLogger & Record<'info' | 'warn' | 'error', jest.Mock> {
  return { info: jest.fn(), warn: jest.fn(), error: jest.fn() };
}

async function deleteTestKeys(): Promise<void> {
  const admin = new Redis({ host: settings.host, port: settings.port, lazyConnect: true });
  await admin.connect();
  try {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await admin.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      keys.push(...batch);
      cursor = next;
    } while (cursor !== '0');
    if (keys.length > 0) await admin.del(...keys);
  } finally {
    await admin.quit();
  }
}

afterAll(deleteTestKeys);

describe('RedisCacheService against a real Redis', () => {
  let redis: Redis;
  let cache: RedisCacheService;

  beforeAll(() => {
    redis = createRedis(settings, { name: 'redis-lib-test', logger: silentLogger() });
    cache = new RedisCacheService(redis);
  });

  afterAll(async () => {
    await closeRedis(redis);
  });

  it('stores JSON with a TTL and reads it back', async () => {
    const key = redisKey('mall', 'ums:member', 7);
    const member = { id: 7, username: 'test', integration: 100, tags: ['a', '会员'] };
    await cache.set(key, member, 60);
    await expect(cache.get<typeof member>(key)).resolves.toEqual(member);
    const ttl = await cache.ttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60);
    // Plain JSON on the wire, under the configured key prefix.
    await expect(redis.get(key)).resolves.toBe(JSON.stringify(member));
    const raw = new Redis({ host: settings.host, port: settings.port, lazyConnect: true });
    await raw.connect();
    await expect(raw.exists(`${prefix}mall:ums:member:7`)).resolves.toBe(1);
    await raw.quit();
  });

  it('stores without expiry when no TTL is given, and deletes', async () => {
    await cache.set('code', '123456');
    await expect(cache.ttl('code')).resolves.toBe(-1);
    await expect(cache.get<string>('code')).resolves.toBe('123456');
    await expect(cache.del('code', 'missing')).resolves.toBe(1);
    await expect(cache.get('code')).resolves.toBeNull();
    await expect(cache.del()).resolves.toBe(0);
  });

  it('rejects invalid TTLs and unstorable values', async () => {
    await expect(cache.set('k', 1, 0)).rejects.toThrow(RangeError);
    await expect(cache.set('k', 1, 1.5)).rejects.toThrow(RangeError);
    await expect(cache.set('k', undefined)).rejects.toThrow(TypeError);
  });

  it('reports a non-JSON value with the key', async () => {
    await redis.set('garbled', 'not json{');
    await expect(cache.get('garbled')).rejects.toThrow(RedisValueFormatError);
    await expect(cache.get('garbled')).rejects.toThrow(/'garbled'/);
  });

  it('runs the loader once for 10 concurrent misses and caches the result', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const loader = jest.fn(async () => {
      await gate;
      return { id: 1, name: 'brand' };
    });
    const callers = Array.from({ length: 10 }, () => cache.getOrLoad('brand:1', 30, loader));
    release();
    const results = await Promise.all(callers);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(results.every((r) => r.name === 'brand')).toBe(true);
    await expect(cache.get('brand:1')).resolves.toEqual({ id: 1, name: 'brand' });

    const second = jest.fn(async () => ({ id: 1, name: 'changed' }));
    await expect(cache.getOrLoad('brand:1', 30, second)).resolves.toEqual({ id: 1, name: 'brand' });
    expect(second).not.toHaveBeenCalled();
  });

  it('does not cache null results, and lets a failed load be retried', async () => {
    const empty = jest.fn(async () => null);
    await expect(cache.getOrLoad('none', 30, empty)).resolves.toBeNull();
    await expect(cache.getOrLoad('none', 30, empty)).resolves.toBeNull();
    expect(empty).toHaveBeenCalledTimes(2);

    const failing = jest.fn(async () => {
      throw new Error('db down');
    });
    await expect(cache.getOrLoad('flaky', 30, failing)).rejects.toThrow('db down');
    await expect(cache.getOrLoad('flaky', 30, async () => 5)).resolves.toBe(5);
  });

  it('increments counters and sets expiry', async () => {
    const key = 'mall:oms:orderId20201116';
    await expect(cache.incr(key)).resolves.toBe(1);
    await expect(cache.incr(key)).resolves.toBe(2);
    await expect(cache.incr(key, 5)).resolves.toBe(7);
    await expect(cache.expire(key, 120)).resolves.toBe(true);
    await expect(cache.expire('absent', 120)).resolves.toBe(false);
  });

  it('reads and writes JSON hash fields', async () => {
    await cache.hset('auth:resourceRolesMap', '/brand/**', ['1_admin'], 300);
    await cache.hsetAll('auth:resourceRolesMap', { '/order/**': ['2_order'], '/x': 3 });
    await expect(cache.hget<string[]>('auth:resourceRolesMap', '/brand/**')).resolves.toEqual([
      '1_admin',
    ]);
    await expect(cache.hget('auth:resourceRolesMap', '/missing')).resolves.toBeNull();
    await expect(cache.hgetall('auth:resourceRolesMap')).resolves.toEqual({
      '/brand/**': ['1_admin'],
      '/order/**': ['2_order'],
      '/x': 3,
    });
    expect(await cache.ttl('auth:resourceRolesMap')).toBeGreaterThan(0);
    await expect(cache.hdel('auth:resourceRolesMap', '/x')).resolves.toBe(1);
  });

  it('passes the health check and reports the connection gauge', async () => {
    await expect(redisHealthIndicator(redis).check()).resolves.toEqual({ connection: 'ready' });
    expect(redisMetrics(redis)()).toBe(1);
  });

  it('names the connection', async () => {
    await expect(redis.client('GETNAME')).resolves.toBe('redis-lib-test');
  });
});

describe('redisKey', () => {
  it('joins parts with colons', () => {
    expect(redisKey('mall', 'ums:member', 'username', 'test')).toBe(
      'mall:ums:member:username:test',
    );
    expect(redisKey('mall', 'ums:authCode', 13800000000)).toBe('mall:ums:authCode:13800000000');
  });

  it('refuses empty parts', () => {
    expect(() => redisKey('mall', '', 1)).toThrow(/part 1 is empty/);
    expect(() => redisKey()).toThrow(TypeError);
  });
});

describe('unreachable Redis', () => {
  let redis: Redis;
  const logger = silentLogger();

  beforeAll(() => {
    redis = createRedis({ ...settings, port: 1, commandTimeoutMs: 2000 }, { name: 'down', logger });
  });

  afterAll(async () => {
    await closeRedis(redis);
  });

  it('rejects commands after bounded retries and logs the outage once', async () => {
    let errorEvents = 0;
    redis.on('error', () => errorEvents++);
    await expect(redis.get('anything')).rejects.toThrow();
    // Several reconnect attempts have failed by now, yet only one line was logged.
    await new Promise<void>((resolve) => {
      const poll = () => (errorEvents >= 3 ? resolve() : setTimeout(poll, 20));
      poll();
    });
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error.mock.calls[0][0]).toMatch(/Redis down at 127\.0\.0\.1:1\/0 failed/);
  });

  it('fails the health check without waiting and reports the gauge as 0', async () => {
    await expect(redisHealthIndicator(redis).check()).rejects.toThrow(/redis connection is/);
    expect(redisMetrics(redis)()).toBe(0);
  });

  it('lets getOrLoad fall back to the loader', async () => {
    const cache = new RedisCacheService(redis);
    await expect(cache.getOrLoad('k', 10, async () => 'from-db')).resolves.toBe('from-db');
  });
});

@Injectable()
class NeedsRedis {
  constructor(
    @InjectRedis() readonly redis: Redis,
    readonly cache: RedisCacheService,
  ) {}
}

describe('RedisModule', () => {
  it('provides the client and cache service and closes the client on shutdown', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [RedisModule.forRoot(settings, { name: 'module-test' })],
      providers: [NeedsRedis],
    }).compile();
    await moduleRef.init();
    const consumer = moduleRef.get(NeedsRedis);
    expect(consumer.redis).toBe(moduleRef.get(REDIS));
    await consumer.cache.set('module', { ok: true }, 10);
    await expect(consumer.cache.get('module')).resolves.toEqual({ ok: true });
    await moduleRef.close();
    expect(consumer.redis.status).toBe('end');
  });

  it('builds from an async factory', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [RedisModule.forRootAsync({ useFactory: async () => settings })],
    }).compile();
    await moduleRef.init();
    const redis = moduleRef.get<Redis>(REDIS);
    await expect(redis.ping()).resolves.toBe('PONG');
    await moduleRef.close();
  });
});

describe('key cleanup', () => {
  it('leaves no key of this run behind once the suite cleans up', async () => {
    await deleteTestKeys();
    const admin = new Redis({ host: settings.host, port: settings.port, lazyConnect: true });
    await admin.connect();
    const [, keys] = await admin.scan('0', 'MATCH', `${prefix}*`, 'COUNT', 1000);
    await admin.quit();
    expect(keys).toEqual([]);
  });
});
