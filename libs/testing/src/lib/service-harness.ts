import type { ServiceDefinition, StartedService } from '@mall/bootstrap';
import { startService } from '@mall/bootstrap';
import { createDataSource, runMigrations, runSeed } from '@mall/db';
import { CurrentUserClaims, encodeUserHeader, USER_HEADER } from '@mall/security';
import { join } from 'node:path';
import { createScratchDatabase, ScratchDatabase } from './scratch-database';
import { WORKSPACE_ROOT } from './built-service';

/** A scratch database with the schema migrated and, unless `seed: false`, the seed data loaded. */
export async function createMallDatabase(
  label: string,
  options: { seed?: boolean } = {},
): Promise<ScratchDatabase> {
  const db = await createScratchDatabase(label);
  const ds = createDataSource({ ...db, poolSize: 2 });
  await ds.initialize();
  try {
    await runMigrations(ds);
    if (options.seed !== false) await runSeed(ds, { seedDir: join(WORKSPACE_ROOT, 'sql', 'seed') });
  } finally {
    await ds.destroy();
  }
  return db;
}

export interface InjectOptions {
  query?: Record<string, string | number | boolean | Array<string | number>>;
  /** JSON body (object/array) or a form (`form: true`). */
  body?: unknown;
  form?: boolean;
  headers?: Record<string, string>;
  /** Claims the gateway would forward in the `user` header. */
  user?: CurrentUserClaims;
}

export interface InjectResult<T = unknown> {
  status: number;
  headers: Record<string, string | number | string[] | undefined>;
  body: T;
  text: string;
}

export interface TestService {
  started: StartedService;
  url: string;
  request<T = { code: number; message: string; data: unknown }>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    options?: InjectOptions,
  ): Promise<InjectResult<T>>;
  close(): Promise<void>;
}

/** Claims of an admin as mall-auth would issue them. */
export function adminClaims(
  id: number,
  username: string,
  authorities: string[] = [],
): CurrentUserClaims {
  return { id, user_name: username, client_id: 'admin-app', scope: ['all'], authorities };
}

/** Claims of a member as mall-auth would issue them. */
export function memberClaims(id: number, username: string): CurrentUserClaims {
  return {
    id,
    user_name: username,
    client_id: 'portal-app',
    scope: ['all'],
    authorities: ['前台会员'],
  };
}

function toQueryString(query: InjectOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) value.forEach((v) => params.append(key, String(v)));
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Boots a service in-process exactly as main.ts does (same bootstrap, real MariaDB/Redis/RabbitMQ), on a
 * random port, against `database`; requests go through Fastify's inject (no sockets) or through `url`.
 */
export async function startTestService(
  definition: ServiceDefinition,
  options: { database?: ScratchDatabase; env?: Record<string, string> } = {},
): Promise<TestService> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    SERVER_HOST: '127.0.0.1',
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
    ...(options.database ? { MYSQL_DATABASE: options.database.database } : {}),
    ...options.env,
  };
  const started = await startService(definition, {
    env,
    configDir: join(WORKSPACE_ROOT, 'config'),
  });
  const fastify = started.app.getHttpAdapter().getInstance();
  return {
    started,
    url: started.url,
    async request<T>(
      method: 'GET' | 'POST' | 'PUT' | 'DELETE',
      path: string,
      opts: InjectOptions = {},
    ) {
      const headers: Record<string, string> = { ...opts.headers };
      if (opts.user) headers[USER_HEADER] = encodeUserHeader(opts.user);
      let payload: string | undefined;
      if (opts.body !== undefined) {
        if (opts.form) {
          headers['content-type'] = 'application/x-www-form-urlencoded';
          payload = new URLSearchParams(opts.body as Record<string, string>).toString();
        } else {
          headers['content-type'] = 'application/json';
          payload = JSON.stringify(opts.body);
        }
      }
      const res = await fastify.inject({
        method,
        url: path + toQueryString(opts.query),
        headers,
        payload,
      });
      let body: unknown = res.body;
      try {
        body = res.json();
      } catch {
        // not JSON: keep the text
      }
      return { status: res.statusCode, headers: res.headers, body: body as T, text: res.body };
    },
    close: () => started.shutdown('test'),
  };
}
