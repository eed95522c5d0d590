import { Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { InjectRedis } from './redis.tokens';

/** A stored value that is not JSON (written by another program, or corrupted). */
export class RedisValueFormatError extends Error {
  constructor(readonly key: string) {
    super(`Redis value at '${key}' is not JSON`);
    this.name = 'RedisValueFormatError';
  }
}

function assertTtl(ttlSeconds: number | undefined): void {
  if (ttlSeconds !== undefined && (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0)) {
    throw new RangeError(`TTL must be a positive whole number of seconds, got ${ttlSeconds}`);
  }
}

function serialise(key: string, value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError(`Cannot store ${typeof value} at '${key}'`);
  return json;
}

function deserialise<T>(key: string, raw: string): T {
  try {
    return JSON.parse(raw) as T;
  } catch {
    throw new RedisValueFormatError(key);
  }
}

/**
 * JSON cache helpers over the shared client. Values are plain JSON (not the original's Java
 * type-tagged format); keys follow the original's `mall:ums:member:<id>` naming (see redisKey).
 */
@Injectable()
export class RedisCacheService {
  private readonly logger = new Logger(RedisCacheService.name);
  /** Loads in progress, so concurrent misses on one key share a single loader call. */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(@InjectRedis() private readonly redis: Redis) {}

  get client(): Redis {
    return this.redis;
  }

  async get<T>(key: string): Promise<T | null> {
    const raw = await this.redis.get(key);
    return raw === null ? null : deserialise<T>(key, raw);
  }

  /** Stores `value` as JSON; without `ttlSeconds` the key never expires. */
  async set(key: string, value: unknown, ttlSeconds?: number): Promise<void> {
    assertTtl(ttlSeconds);
    const json = serialise(key, value);
    if (ttlSeconds === undefined) await this.redis.set(key, json);
    else await this.redis.set(key, json, 'EX', ttlSeconds);
  }

  /** Deletes the keys and returns how many existed. */
  async del(...keys: string[]): Promise<number> {
    if (keys.length === 0) return 0;
    return this.redis.del(...keys);
  }

  /**
   * Cache-aside read. On a miss the loader runs once per key in this process however many callers
   * wait, and a non-null result is stored. While Redis is disconnected or failing, the loader is
   * called directly, since the source of truth is still available; null/undefined results are not
   * cached.
   */
  getOrLoad<T>(key: string, ttlSeconds: number | undefined, loader: () => Promise<T>): Promise<T> {
    assertTtl(ttlSeconds);
    const pending = this.inFlight.get(key);
    if (pending) return pending as Promise<T>;
    const load = this.readThrough(key, ttlSeconds, loader).finally(() => {
      this.inFlight.delete(key);
    });
    this.inFlight.set(key, load);
    return load;
  }

  private async readThrough<T>(
    key: string,
    ttlSeconds: number | undefined,
    loader: () => Promise<T>,
  ): Promise<T> {
    // While Redis is down, skip it instead of making every read wait for the command timeout.
    if (this.redis.status !== 'ready') return loader();
    try {
      const cached = await this.get<T>(key);
      if (cached !== null) return cached;
    } catch (err) {
      this.logger.warn(`cache read of '${key}' failed, loading from source: ${errorText(err)}`);
    }
    const value = await loader();
    if (value !== null && value !== undefined) {
      try {
        await this.set(key, value, ttlSeconds);
      } catch (err) {
        this.logger.warn(`cache write of '${key}' failed: ${errorText(err)}`);
      }
    }
    return value;
  }

  /** INCRBY; returns the new value. Used for counters such as the daily order sequence. */
  incr(key: string, by = 1): Promise<number> {
    return by === 1 ? this.redis.incr(key) : this.redis.incrby(key, by);
  }

  /** Sets a TTL on an existing key; false when the key does not exist. */
  async expire(key: string, ttlSeconds: number): Promise<boolean> {
    assertTtl(ttlSeconds);
    return (await this.redis.expire(key, ttlSeconds)) === 1;
  }

  /** Remaining TTL in seconds; -1 without expiry, -2 when the key does not exist. */
  ttl(key: string): Promise<number> {
    return this.redis.ttl(key);
  }

  async hget<T>(key: string, field: string): Promise<T | null> {
    const raw = await this.redis.hget(key, field);
    return raw === null ? null : deserialise<T>(`${key}#${field}`, raw);
  }

  /** Stores one JSON field; `ttlSeconds`, when given, applies to the whole hash (as the original). */
  async hset(key: string, field: string, value: unknown, ttlSeconds?: number): Promise<void> {
    await this.hsetAll(key, { [field]: value }, ttlSeconds);
  }

  /** Stores several JSON fields in one round trip. */
  async hsetAll(key: string, fields: Record<string, unknown>, ttlSeconds?: number): Promise<void> {
    assertTtl(ttlSeconds);
    const entries = Object.entries(fields);
    if (entries.length === 0) return;
    const encoded: Record<string, string> = {};
    for (const [field, value] of entries) encoded[field] = serialise(`${key}#${field}`, value);
    const tx = this.redis.multi().hset(key, encoded);
    if (ttlSeconds !== undefined) tx.expire(key, ttlSeconds);
    const results = await tx.exec();
    const failure = results?.find(([err]) => err)?.[0];
    if (failure) throw failure;
  }

  async hgetall<T>(key: string): Promise<Record<string, T>> {
    const raw = await this.redis.hgetall(key);
    const decoded: Record<string, T> = {};
    for (const [field, value] of Object.entries(raw)) {
      decoded[field] = deserialise<T>(`${key}#${field}`, value);
    }
    return decoded;
  }

  async hdel(key: string, ...fields: string[]): Promise<number> {
    if (fields.length === 0) return 0;
    return this.redis.hdel(key, ...fields);
  }
}

function errorText(err: unknown): string {
  const message = (err as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(err);
}
