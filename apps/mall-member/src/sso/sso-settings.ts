import { Inject, type Provider } from '@nestjs/common';
import { MALL_CONFIG, type MallConfig } from '@mall/config';
import type { TokenClientSettings } from '@mall/security';
import { z } from 'zod';

/** The keys of mall-member's `app:` section the sso feature reads; other keys are ignored here. */
const ssoSettingsSchema = z.object({
  redis: z
    .object({
      keys: z
        .object({
          member: z.string().min(1).default('mall:ums:member'),
          authCode: z.string().min(1).default('mall:ums:authCode'),
        })
        .prefault({}),
      expireSeconds: z
        .object({
          authCode: z.coerce.number().int().min(1).default(90),
          common: z.coerce.number().int().min(1).default(86_400),
        })
        .prefault({}),
    })
    .prefault({}),
  auth: z
    .object({
      clientId: z.string().min(1).default('portal-app'),
      clientSecret: z.coerce.string().min(1).default('123456'),
      timeoutMs: z.coerce.number().int().min(1).default(10_000),
    })
    .prefault({}),
  cartQueueName: z.string().default('OneTwoThree'),
});

export type SsoAppSettings = z.infer<typeof ssoSettingsSchema>;

export interface SsoSettings {
  /** `mall:ums:member`: keys `<member>:<id>` and `<member>:username:<username>`. */
  memberKeyPrefix: string;
  memberTtlSeconds: number;
  /** `mall:ums:authCode`: key `<authCode>:<telephone>`. */
  authCodeKeyPrefix: string;
  authCodeTtlSeconds: number;
  /** The OAuth2 client of POST /sso/login and GET /sso/refreshToken. */
  tokenClient: TokenClientSettings;
}

/** Parses the sso keys of an `app:` section (throws a one-line error naming the bad key). */
export function parseSsoSettings(app: unknown): SsoAppSettings {
  const parsed = ssoSettingsSchema.safeParse(app ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`config error: app.${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

export const SSO_SETTINGS = Symbol('SSO_SETTINGS');
export const InjectSsoSettings = (): ParameterDecorator => Inject(SSO_SETTINGS);

export const ssoSettingsProvider: Provider = {
  provide: SSO_SETTINGS,
  inject: [MALL_CONFIG],
  useFactory: (config: MallConfig<unknown>): SsoSettings => {
    const app = parseSsoSettings(config.app);
    return {
      memberKeyPrefix: app.redis.keys.member,
      memberTtlSeconds: app.redis.expireSeconds.common,
      authCodeKeyPrefix: app.redis.keys.authCode,
      authCodeTtlSeconds: app.redis.expireSeconds.authCode,
      tokenClient: app.auth,
    };
  },
};
