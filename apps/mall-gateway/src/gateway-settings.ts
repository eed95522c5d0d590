import { MALL_SERVICES } from '@mall/config';
import { z } from 'zod';

/** Services reachable as `/<service>/**`: every mall service except the gateway itself. */
export const DEFAULT_ROUTED_SERVICES = MALL_SERVICES.filter((name) => name !== 'mall-gateway');

/** First path segments of the gateway's own routes: never a routed service prefix. */
const GATEWAY_LOCAL_SEGMENTS = [
  'actuator',
  'swagger-ui',
  'v3',
  'swagger-resources',
  'configuration',
];

const count = (min: number) => z.coerce.number().int().min(min);
const antPattern = z
  .string()
  .regex(/^\//, { message: 'an Ant pattern starts with /' })
  .refine((p) => !/\s/.test(p), { message: 'an Ant pattern has no blanks' });

/** A token bucket: `permitsPerSecond` refill rate (0 = no limit), `burst` capacity (default = rate). */
const bucketSchema = z.strictObject({
  permitsPerSecond: z.coerce.number().min(0),
  burst: count(0).optional(),
});

const routeLimitSchema = bucketSchema.extend({ pattern: antPattern });

export const gatewayAppSchema = z.strictObject({
  /** Service ids routed as `/<service>/**` (prefix stripped). Anything else answers 404. */
  routes: z
    .array(
      z
        .string()
        .regex(/^[a-z][a-z0-9-]*$/, { message: 'expected a service id' })
        .refine((service) => !GATEWAY_LOCAL_SEGMENTS.includes(service), {
          message: 'names a path of the gateway itself',
        }),
    )
    .min(1)
    .default(DEFAULT_ROUTED_SERVICES),
  secure: z
    .strictObject({
      /** Paths that need no token (Ant patterns on the full path). Authorization is not forwarded. */
      ignoreUrls: z.array(antPattern).default([]),
      /** Service-to-service paths refused from outside with 403, token or not. */
      internalPaths: z.array(antPattern).default([]),
      /** How long the resource→roles map is reused before Redis is read again (0 = every request). */
      resourceRolesCacheMs: count(0).default(1000),
    })
    .prefault({}),
  redis: z
    .strictObject({
      keys: z
        .strictObject({
          /** Hash kept by mall-admin: field = Ant pattern of a resource, value = JSON role list. */
          resourceRolesMap: z.string().min(1).default('auth:resourceRolesMap'),
        })
        .prefault({}),
    })
    .prefault({}),
  jwt: z
    .strictObject({
      /** Service serving the JWK set, found through discovery. */
      jwksService: z.string().min(1).default('mall-auth'),
      jwksPath: z.string().regex(/^\//).default('/rsa/publicKey'),
      clockSkewSeconds: count(0).default(60),
      /** Minimum time between two JWK set fetches caused by unknown keys or bad signatures. */
      jwksRefreshCooldownMs: count(0).default(30_000),
      /** Verified tokens remembered (by their exact text) so repeat calls skip the RSA check. */
      verifiedTokenCacheSize: count(0).default(10_000),
      verifiedTokenTtlMs: count(0).default(60_000),
    })
    .prefault({}),
  proxy: z
    .strictObject({
      /** Inactivity timeout of an upstream request (no byte received for this long → 504). */
      timeoutMs: count(1).default(30_000),
      maxSocketsPerInstance: count(1).default(512),
      /** Idle pooled sockets are closed after this; keep it below the services' keep-alive timeout. */
      idleSocketTimeoutMs: count(1).default(30_000),
      /** Other instances tried when a request without a body could not connect. */
      maxRetries: count(0).default(2),
    })
    .prefault({}),
  rateLimit: z
    .strictObject({
      /** Applied to each routed service separately (one bucket per service prefix). */
      default: z
        .union([z.coerce.number().min(0), bucketSchema])
        .transform((value) => (typeof value === 'number' ? { permitsPerSecond: value } : value))
        .default({ permitsPerSecond: 0 }),
      /** First matching pattern wins; each entry has its own bucket. */
      routes: z.array(routeLimitSchema).default([]),
    })
    .prefault({}),
});

export type GatewaySettings = z.output<typeof gatewayAppSchema>;
export type BucketSettings = z.output<typeof bucketSchema>;
export type RouteLimitSettings = z.output<typeof routeLimitSchema>;
