import { z } from 'zod';

// Values arrive as YAML scalars or as environment strings: numbers and booleans are accepted in
// either form, and strings accept numbers (a YAML `password: 123456` is still a password).
function fromNumericString(value: unknown): unknown {
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return value;
}

function fromScalar(value: unknown): unknown {
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint'
    ? String(value)
    : value;
}

const integer = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.preprocess(fromNumericString, z.number().int().min(min).max(max));
const port = () => integer(1, 65535);
const text = () => z.preprocess(fromScalar, z.string());
const nonEmptyText = () => z.preprocess(fromScalar, z.string().min(1));

const HOST_PORT = /^(\[[0-9A-Fa-f:.]+\]|[^\s:/[\]]+):\d{1,5}$/;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const DISCOVERY_MODES = ['static', 'k8s', 'nacos'] as const;
export type DiscoveryMode = (typeof DISCOVERY_MODES)[number];

export const serverSchema = z.strictObject({
  host: nonEmptyText().default('0.0.0.0'),
  // 0 = any free port (in-process tests); the bound port is what gets registered.
  port: integer(0, 65535),
  shutdownTimeoutMs: integer(0).default(10_000),
  bodyLimitBytes: integer(1).default(1_048_576),
  keepAliveTimeoutMs: integer(1).default(65_000),
});

export const mysqlSchema = z.strictObject({
  host: nonEmptyText(),
  port: port().default(3306),
  user: nonEmptyText(),
  password: text(),
  database: nonEmptyText().default('mall'),
  poolSize: integer(1).default(20),
  type: z.enum(['mariadb', 'mysql']).default('mariadb'),
  connectTimeoutMs: integer(1).default(5000),
});

export const redisSchema = z.strictObject({
  host: nonEmptyText(),
  port: port().default(6379),
  password: text().optional(),
  db: integer(0).default(0),
  keyPrefix: text().default(''),
  commandTimeoutMs: integer(1).default(3000),
});

export const rabbitmqSchema = z.strictObject({
  url: nonEmptyText().pipe(
    z.string().regex(/^amqps?:\/\//, { message: 'expected an amqp:// or amqps:// URL' }),
  ),
  prefetch: integer(1).default(50),
  vhost: text().optional(),
});

export const nacosSchema = z.strictObject({
  serverAddr: text().optional(),
  namespace: text().default('public'),
  group: nonEmptyText().default('DEFAULT_GROUP'),
  username: text().optional(),
  password: text().optional(),
  timeoutMs: integer(1).default(3000),
});

export const discoverySchema = z.strictObject({
  mode: z.enum(DISCOVERY_MODES),
  services: z.record(
    z.string(),
    z.array(z.string().regex(HOST_PORT, { message: 'expected host:port' })),
  ),
  k8s: z
    .strictObject({
      namespace: nonEmptyText().default('mall'),
      clusterDomain: nonEmptyText().default('cluster.local'),
      serviceNamePattern: nonEmptyText().default('{service}'),
      /** Ports that differ from the built-in service port map. */
      ports: z.record(z.string(), port()).default({}),
    })
    .prefault({}),
});

export const observabilitySchema = z.strictObject({
  logLevel: z.enum(LOG_LEVELS).default('info'),
  serviceInstance: text().optional(),
});

const baseShape = {
  server: serverSchema,
  mysql: mysqlSchema.optional(),
  redis: redisSchema.optional(),
  rabbitmq: rabbitmqSchema.optional(),
  nacos: nacosSchema.prefault({}),
  discovery: discoverySchema,
  observability: observabilitySchema.prefault({}),
};

/** The `app` section when a service gives no schema for it: any mapping. */
export const defaultAppSchema = z.record(z.string(), z.unknown());

export type ServerConfig = z.output<typeof serverSchema>;
export type MysqlConfig = z.output<typeof mysqlSchema>;
export type RedisConfig = z.output<typeof redisSchema>;
export type RabbitmqConfig = z.output<typeof rabbitmqSchema>;
export type NacosConfig = z.output<typeof nacosSchema>;
export type DiscoveryConfig = z.output<typeof discoverySchema>;
export type ObservabilityConfig = z.output<typeof observabilitySchema>;

/** Every setting a mall service reads; `app` is the service's own section. */
export interface MallConfig<A = Record<string, unknown>> {
  server: ServerConfig;
  mysql?: MysqlConfig;
  redis?: RedisConfig;
  rabbitmq?: RabbitmqConfig;
  nacos: NacosConfig;
  discovery: DiscoveryConfig;
  observability: ObservabilityConfig;
  app: A;
}

/** The app section type for an optional app schema (`never` = no schema given). */
export type AppSection<T> = [T] extends [never]
  ? Record<string, unknown>
  : T extends z.ZodType
    ? z.output<T>
    : Record<string, unknown>;

/** The full schema for one service: the shared sections plus its `app` section. */
export function buildConfigSchema(appSchema: z.ZodType = defaultAppSchema) {
  return z.strictObject({ ...baseShape, app: appSchema }).superRefine((config, ctx) => {
    if (config.discovery.mode === 'nacos' && !config.nacos.serverAddr) {
      ctx.addIssue({
        code: 'custom',
        path: ['discovery', 'mode'],
        message: 'nacos discovery needs nacos.serverAddr (NACOS_SERVER_ADDR)',
      });
    }
  });
}
