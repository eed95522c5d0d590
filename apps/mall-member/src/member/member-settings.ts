import { z } from 'zod';

/**
 * The keys of mall-member's `app:` section this module reads (`app.mongodb`); other keys are
 * ignored here. An `appSchema` added to service.ts must keep `mongodb` (it can embed this schema).
 */
export const mongoSettingsSchema = z.object({
  /** `mongodb://…` URL; empty or absent: member activity is stored in MySQL (ADR 0007). */
  url: z.string().default(''),
  /** The original's database name. */
  database: z.string().min(1).default('mall-port'),
  /** Bounds start-up and each operation's server selection when MongoDB is unreachable. */
  serverSelectionTimeoutMs: z.coerce.number().int().min(1).default(5000),
});

export const memberAppSettingsSchema = z.object({
  mongodb: mongoSettingsSchema.prefault({}),
});

export type MemberAppSettings = z.infer<typeof memberAppSettingsSchema>;
export type MongoSettings = z.infer<typeof mongoSettingsSchema>;

/**
 * Reads the settings from the `app` section; `MONGODB_URL` in the environment wins over
 * `app.mongodb.url` (the platform sets it the way it sets MYSQL_HOST or RABBITMQ_URL).
 */
export function memberAppSettings(
  app: unknown,
  env: NodeJS.ProcessEnv = process.env,
): MemberAppSettings {
  const parsed = memberAppSettingsSchema.safeParse(app ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`config error: app.${issue.path.join('.')}: ${issue.message}`);
  }
  const envUrl = env['MONGODB_URL'];
  if (envUrl) parsed.data.mongodb.url = envUrl;
  return parsed.data;
}
