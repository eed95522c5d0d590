import { Injectable, Logger } from '@nestjs/common';
import { InjectRedis } from '@mall/redis';
import { memberCacheKeys, orderDetailCacheKey } from '@mall/shop';
import type Redis from 'ioredis';
import { OrderConfig } from './order-config';

/**
 * Cache invalidation after order changes. Failures are logged, not thrown: the database change is
 * committed and the caches carry a TTL as a safety net.
 */
@Injectable()
export class OrderCacheService {
  private readonly logger = new Logger(OrderCacheService.name);

  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: OrderConfig,
  ) {}

  async evictOrder(orderId: number): Promise<void> {
    await this.del([orderDetailCacheKey(orderId, this.config.orderDetailKeyPrefix)]);
  }

  /** The member's cached row holds the points balance. */
  async evictMember(memberId: number, username: string | null): Promise<void> {
    await this.del(memberCacheKeys(this.config.memberKeyPrefix, memberId, username));
  }

  private async del(keys: string[]): Promise<void> {
    try {
      await this.redis.del(...keys);
    } catch (err) {
      this.logger.warn(`could not evict ${keys.join(', ')}: ${(err as Error).message}`);
    }
  }
}
