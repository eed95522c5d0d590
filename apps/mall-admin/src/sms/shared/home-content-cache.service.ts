import { Injectable, Logger } from '@nestjs/common';
import { InjectRedis } from '@mall/redis';
import { invalidateHomeContent } from '@mall/shop';
import type Redis from 'ioredis';

/**
 * Drops mall-portal's cached home page after a committed change to what it shows (adverts, home
 * recommendations, flash promotions, sessions and their products), so shoppers see the change on
 * their next visit. A Redis failure is logged, not thrown: the change is committed and the cached
 * page also expires on its own.
 */
@Injectable()
export class HomeContentCache {
  private readonly logger = new Logger(HomeContentCache.name);

  constructor(@InjectRedis() private readonly redis: Redis) {}

  async invalidate(): Promise<void> {
    try {
      await invalidateHomeContent(this.redis);
    } catch (err) {
      this.logger.warn(`could not invalidate the cached home page: ${(err as Error).message}`);
    }
  }

  /** Runs a write, then invalidates the home page if it changed any row. */
  async afterWrite(write: () => Promise<number>): Promise<number> {
    const count = await write();
    if (count > 0) await this.invalidate();
    return count;
  }
}
