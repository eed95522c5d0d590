import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RedisCacheService, redisKey } from '@mall/redis';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ProductListFilter } from './product-list.sql';

/** Bounds how stale a total can get when products change outside mall-admin (e.g. by SQL). */
export const PRODUCT_COUNT_TTL_SECONDS = 60;

interface CachedCount {
  /** The list version the count was taken under. */
  v: string;
  n: number;
}

/**
 * Totals of the admin product list, cached in Redis. Counting ~100k index entries costs tens of
 * milliseconds, more than the rest of a page, and the total only changes when products are
 * written. Every product write in mall-admin bumps a version; a cached total records the version
 * it was counted under and is used only while that is still the current one, so every instance
 * sees a new total at once. One MGET reads both. Keys carry the database name: databases sharing
 * one Redis (tests, environments) never see each other's totals.
 */
@Injectable()
export class ProductCountCache {
  private readonly logger = new Logger(ProductCountCache.name);
  private readonly prefix: string;
  private readonly versionKey: string;
  /** Counts in progress per key and version, so concurrent misses share one COUNT. */
  private readonly inFlight = new Map<string, Promise<number>>();

  constructor(
    private readonly cache: RedisCacheService,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.prefix = redisKey('mall', 'pms', 'productList', String(dataSource.options.database));
    this.versionKey = redisKey(this.prefix, 'version');
  }

  async count(filter: ProductListFilter, load: () => Promise<number>): Promise<number> {
    const digest = createHash('sha1')
      .update(JSON.stringify(filterKey(filter)))
      .digest('hex');
    const countKey = redisKey(this.prefix, 'count', digest);
    // While Redis is down, count in the database instead of waiting for command timeouts.
    if (this.cache.client.status !== 'ready') return load();
    let version: string;
    try {
      const [current, cached] = await this.cache.client.mget(this.versionKey, countKey);
      version = current ?? '0';
      const hit = parseCount(cached);
      if (hit && hit.v === version) return hit.n;
    } catch (err) {
      this.logger.warn(`reading cached totals failed, counting in the database: ${String(err)}`);
      return load();
    }
    const flightKey = `${countKey}@${version}`;
    const pending = this.inFlight.get(flightKey);
    if (pending) return pending;
    const counting = load()
      .then(async (n) => {
        const entry: CachedCount = { v: version, n };
        await this.cache.client
          .set(countKey, JSON.stringify(entry), 'EX', PRODUCT_COUNT_TTL_SECONDS)
          .catch((err: unknown) => this.logger.warn(`caching a total failed: ${String(err)}`));
        return n;
      })
      .finally(() => this.inFlight.delete(flightKey));
    this.inFlight.set(flightKey, counting);
    return counting;
  }

  /** Called after a product write commits: totals counted before it are not used any more. */
  async invalidate(): Promise<void> {
    try {
      await this.cache.incr(this.versionKey);
    } catch (err) {
      this.logger.warn(
        `bumping ${this.versionKey} failed; totals may lag up to ${PRODUCT_COUNT_TTL_SECONDS} s: ${String(err)}`,
      );
    }
  }
}

function parseCount(raw: string | null): CachedCount | null {
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Partial<CachedCount>;
    return typeof value.v === 'string' && typeof value.n === 'number'
      ? (value as CachedCount)
      : null;
  } catch {
    return null;
  }
}

/** The filter in a fixed key order, without absent fields, so equal filters share one entry. */
function filterKey(filter: ProductListFilter): Array<[string, unknown]> {
  const keys: Array<keyof ProductListFilter> = [
    'publishStatus',
    'verifyStatus',
    'keyword',
    'productSn',
    'productCategoryId',
    'brandId',
  ];
  return keys
    .filter((key) => filter[key] !== undefined && filter[key] !== '')
    .map((key) => [key, filter[key]]);
}
