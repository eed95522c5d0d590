import { Inject, Injectable, Logger } from '@nestjs/common';
import { MALL_CONFIG, type MallConfig } from '@mall/config';
import { InjectRedis } from '@mall/redis';
import { memberCacheKeys, ORDER_DETAIL_KEY_PREFIX, orderDetailCacheKey } from '@mall/shop';
import type Redis from 'ioredis';
import { z } from 'zod';

/** The key prefixes mall-admin shares with mall-order (`app.redis.keys` of config/mall-admin.yaml). */
const cacheKeysSchema = z
  .object({
    redis: z
      .object({
        keys: z
          .object({
            member: z.string().min(1).default('mall:ums:member'),
            orderDetail: z.string().min(1).default(ORDER_DETAIL_KEY_PREFIX),
          })
          .loose()
          .default({ member: 'mall:ums:member', orderDetail: ORDER_DETAIL_KEY_PREFIX }),
      })
      .loose()
      .default({ keys: { member: 'mall:ums:member', orderDetail: ORDER_DETAIL_KEY_PREFIX } }),
  })
  .loose();

/** A member whose cached row (holding the points balance) is stale after an order change. */
export interface MemberRef {
  memberId: number;
  username: string | null;
}

/**
 * Evicts what shoppers see of an order after an admin change is committed: mall-order's order-detail
 * cache and, when points were given back, the member cache. Failures are logged, not thrown: the
 * change is committed and those caches expire on their own.
 */
@Injectable()
export class OrderCacheService {
  private readonly logger = new Logger(OrderCacheService.name);
  private readonly orderDetailPrefix: string;
  private readonly memberPrefix: string;

  constructor(
    @InjectRedis() private readonly redis: Redis,
    @Inject(MALL_CONFIG) config: MallConfig<unknown>,
  ) {
    const keys = cacheKeysSchema.parse(config.app ?? {}).redis.keys;
    this.orderDetailPrefix = keys.orderDetail;
    this.memberPrefix = keys.member;
  }

  async evict(orderIds: readonly number[], members: readonly MemberRef[] = []): Promise<void> {
    const keys = [
      ...orderIds.map((id) => orderDetailCacheKey(id, this.orderDetailPrefix)),
      ...members.flatMap((m) => memberCacheKeys(this.memberPrefix, m.memberId, m.username)),
    ];
    if (keys.length === 0) return;
    try {
      await this.redis.del(...keys);
    } catch (err) {
      this.logger.warn(`could not evict ${keys.join(', ')}: ${(err as Error).message}`);
    }
  }
}
