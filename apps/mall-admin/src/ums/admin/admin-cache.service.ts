import { Injectable, Logger } from '@nestjs/common';
import type { UmsAdmin } from '@mall/db';
import { RedisCacheService } from '@mall/redis';
import { type AdminSettings, InjectAdminSettings } from './admin-settings';

/** The admin row as cached under `mall:ums:admin:<id>` (plain JSON; dates as ISO strings). */
export type CachedAdmin = Omit<UmsAdmin, 'createTime' | 'loginTime'> & {
  createTime: string | null;
  loginTime: string | null;
};

/**
 * `mall:ums:admin:<id>`: filled by GET /admin/info, deleted whenever the admin row changes. Cache
 * failures never fail a request: the database stays the source of truth.
 */
@Injectable()
export class AdminCacheService {
  private readonly logger = new Logger(AdminCacheService.name);

  constructor(
    private readonly cache: RedisCacheService,
    @InjectAdminSettings() private readonly settings: AdminSettings,
  ) {}

  key(adminId: number): string {
    return `${this.settings.cacheKeyPrefix}:${adminId}`;
  }

  /** Cache-aside read; `load` runs on a miss and a found row is stored for a day. */
  get(adminId: number, load: () => Promise<UmsAdmin | null>): Promise<CachedAdmin | null> {
    return this.cache.getOrLoad(this.key(adminId), this.settings.cacheTtlSeconds, async () => {
      const admin = await load();
      return admin ? (JSON.parse(JSON.stringify(admin)) as CachedAdmin) : null;
    });
  }

  async evict(adminId: number): Promise<void> {
    try {
      await this.cache.del(this.key(adminId));
    } catch (error) {
      this.logger.warn(`admin cache eviction of ${adminId} failed: ${(error as Error).message}`);
    }
  }
}
