import { ConfigError } from '@mall/config';
import { z } from 'zod';

// Values may arrive as YAML scalars or environment strings (MALL__app__storage__maxFileSizeBytes=…).
const integer = (min: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
    z.number().int().min(min),
  );
const text = () => z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string());

/** Image types accepted by `POST /minio/upload` unless `app.storage.allowedTypes` says otherwise. */
export const DEFAULT_ALLOWED_TYPES = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/bmp',
] as const;

/** `app.storage`: limits of uploads and the local-disk store used when MinIO is not configured. */
export const storageSettingsSchema = z.strictObject({
  maxFileSizeBytes: integer(1).default(10 * 1024 * 1024),
  allowedTypes: z
    .array(z.string().min(1))
    .min(1)
    .default([...DEFAULT_ALLOWED_TYPES]),
  /** Folder of the local store; a relative path is taken from the working directory. */
  localDir: text().pipe(z.string().min(1)).default('.mall/uploads'),
  /** Base URL under which the local store's files are reachable (through the gateway). */
  publicUrl: text().pipe(z.string().min(1)).default('http://localhost:8201/mall-admin/minio/files'),
});

/** `app.minio`: an S3-compatible object store; empty `endpoint` = use the local disk. */
export const minioSettingsSchema = z.strictObject({
  endpoint: text().default(''),
  bucketName: text().pipe(z.string().min(3)).default('mall'),
  accessKey: text().default(''),
  secretKey: text().default(''),
  region: text().optional(),
  /** Base of the URLs handed to browsers when `endpoint` is an in-cluster address. */
  publicUrl: text().optional(),
});

/** `app.oss`: Aliyun OSS direct-upload policy signing (`GET /aliyun/oss/policy`). */
export const ossSettingsSchema = z.strictObject({
  endpoint: text().default('oss-cn-beijing.aliyuncs.com'),
  accessKeyId: text().default(''),
  accessKeySecret: text().default(''),
  bucketName: text().default(''),
  policyExpireSeconds: integer(1).default(300),
  maxSizeMb: integer(1).default(10),
  callback: text().default(''),
  dirPrefix: text().default('mall/images/'),
});

export type StorageSettings = z.output<typeof storageSettingsSchema>;
export type MinioSettings = z.output<typeof minioSettingsSchema>;
export type OssSettings = z.output<typeof ossSettingsSchema>;

export interface FileSettings {
  storage: StorageSettings;
  minio: MinioSettings;
  oss: OssSettings;
}

/**
 * Reads and validates `app.storage`, `app.minio` and `app.oss` (each optional). A bad value stops
 * start-up with one line naming the key, like every other setting.
 */
export function readFileSettings(app: unknown): FileSettings {
  const section = (typeof app === 'object' && app !== null ? app : {}) as Record<string, unknown>;
  const parse = <S extends z.ZodType>(name: string, schema: S): z.output<S> => {
    const result = schema.safeParse(section[name] ?? {});
    if (result.success) return result.data;
    throw new ConfigError(
      result.error.issues.map((issue) => ({
        key: ['app', name, ...issue.path.map(String)].join('.'),
        source: 'configuration',
        problem: issue.message,
        value: issue.path.reduce<unknown>(
          (value, part) => (value as Record<PropertyKey, unknown> | undefined)?.[part],
          section[name],
        ),
      })),
    );
  };
  return {
    storage: parse('storage', storageSettingsSchema),
    minio: parse('minio', minioSettingsSchema),
    oss: parse('oss', ossSettingsSchema),
  };
}

/** `yyyyMMdd` of a date in the server's time zone: the day folder of uploads. */
export function dayFolder(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
}
