import { Inject } from '@nestjs/common';
import { MALL_CONFIG, type MallConfig } from '@mall/config';
import { z } from 'zod';

const positiveInt = () => z.coerce.number().int().min(1);

export const GRANT_TYPES = ['password', 'refresh_token'] as const;
export type GrantType = (typeof GRANT_TYPES)[number];

const clientSchema = z.strictObject({
  /** Compared in constant time; give the real value through env or Nacos outside local runs. */
  secret: z.coerce.string().min(1),
  scopes: z.array(z.string().min(1)).min(1).default(['all']),
  grantTypes: z
    .array(z.enum(GRANT_TYPES))
    .min(1)
    .default([...GRANT_TYPES]),
  accessTokenValiditySeconds: positiveInt().default(86_400),
  refreshTokenValiditySeconds: positiveInt().default(604_800),
});

/** The `app:` section of config/mall-auth.yaml. */
export const authAppSchema = z.strictObject({
  jwt: z
    .strictObject({
      /** PKCS#8 or PKCS#1 PEM of the RSA signing key (env `JWT_PRIVATE_KEY` wins). */
      privateKeyPem: z.string().optional(),
      /** File holding that PEM, e.g. a mounted Kubernetes Secret (env `JWT_PRIVATE_KEY_FILE` wins). */
      privateKeyFile: z.string().optional(),
      /**
       * Profile `dev` only, when no key is given: where the generated key is kept so restarts keep
       * tokens valid. Default `<workspace>/.mall/keys/jwt.pem`.
       */
      devKeyFile: z.string().optional(),
      /**
       * Public keys (PEM) published next to the signing key and still accepted for refresh tokens:
       * the previous key during a rotation.
       */
      additionalPublicKeysPem: z.array(z.string().min(1)).default([]),
    })
    .prefault({}),
  /** OAuth2 clients by client_id. */
  clients: z
    .record(z.string().min(1), clientSchema)
    .refine((clients) => Object.keys(clients).length > 0, { message: 'at least one client' }),
  redis: z
    .strictObject({
      keys: z
        .strictObject({
          /** Member cache prefix: `<member>:username:<username>` and `<member>:<id>`. */
          member: z.string().min(1).default('mall:ums:member'),
        })
        .prefault({}),
      expireSeconds: z
        .strictObject({
          common: positiveInt().default(86_400),
        })
        .prefault({}),
    })
    .prefault({}),
  /** Timeout of the user lookup in mall-admin (GET /admin/loadByUsername), ms. */
  adminLookupTimeoutMs: positiveInt().default(5000),
});

export type AuthAppConfig = z.infer<typeof authAppSchema>;
export type OAuthClientSettings = z.infer<typeof clientSchema>;
export type JwtSettings = AuthAppConfig['jwt'];
export type AuthConfig = MallConfig<AuthAppConfig>;

/** Injects the configuration snapshot taken at start. */
export const InjectAuthConfig = (): ParameterDecorator => Inject(MALL_CONFIG);
