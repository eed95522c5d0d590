import { Inject } from '@nestjs/common';
import { MALL_CONFIG, type MallConfig } from '@mall/config';
import type { TokenClientSettings } from '@mall/security';
import { z } from 'zod';

/**
 * The keys of mall-admin's `app:` section this module reads (other modules own the rest, so
 * unknown keys are ignored here).
 */
const adminSettingsSchema = z.object({
  redis: z
    .object({
      keys: z.object({ admin: z.string().min(1).default('mall:ums:admin') }).prefault({}),
      expireSeconds: z
        .object({ common: z.coerce.number().int().min(1).default(86_400) })
        .prefault({}),
    })
    .prefault({}),
  auth: z
    .object({
      clientId: z.string().min(1).default('admin-app'),
      clientSecret: z.coerce.string().min(1).default('123456'),
      timeoutMs: z.coerce.number().int().min(1).default(10_000),
    })
    .prefault({}),
});

export interface AdminSettings {
  /** `mall:ums:admin`: the cache key of admin 3 is `mall:ums:admin:3`. */
  cacheKeyPrefix: string;
  cacheTtlSeconds: number;
  /** The OAuth2 client POST /admin/login uses with mall-auth. */
  tokenClient: TokenClientSettings;
}

export const ADMIN_SETTINGS = 'ADMIN_SETTINGS';
export const InjectAdminSettings = (): ParameterDecorator => Inject(ADMIN_SETTINGS);

export const adminSettingsProvider = {
  provide: ADMIN_SETTINGS,
  inject: [MALL_CONFIG],
  useFactory: (config: MallConfig<unknown>): AdminSettings => {
    const app = adminSettingsSchema.parse(config.app ?? {});
    return {
      cacheKeyPrefix: app.redis.keys.admin,
      cacheTtlSeconds: app.redis.expireSeconds.common,
      tokenClient: app.auth,
    };
  },
};
