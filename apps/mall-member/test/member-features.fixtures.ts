import type { CurrentUserClaims } from '@mall/security';
import {
  createMallDatabase,
  memberClaims,
  startTestService,
  type ScratchDatabase,
  type TestService,
} from '@mall/testing';
import Redis from 'ioredis';
import { createConnection, type Connection } from 'mysql2/promise';
import { serviceDefinition } from '../src/service';

/** The envelope every endpoint answers with. */
export interface Envelope<T = unknown> {
  code: number;
  message: string;
  data: T;
}

export interface CallOptions {
  query?: Record<string, string | number | Array<string | number>>;
  body?: unknown;
  form?: boolean;
}

/**
 * One booted mall-member per test file: its own migrated + seeded scratch database, its own Redis
 * key prefix (member cache keys are per member id and would otherwise be shared by every suite),
 * and a direct MySQL connection to assert database effects.
 */
export interface MemberFeaturesHarness {
  db: ScratchDatabase;
  service: TestService;
  sql: Connection;
  redisPrefix: string;
  /** Runs a request with the gateway's `user` header for `claims` (none when null). */
  call<T = unknown>(
    method: 'GET' | 'POST',
    path: string,
    claims: CurrentUserClaims | null,
    options?: CallOptions,
  ): Promise<Envelope<T>>;
  /** Rows of a query against the scratch database. */
  rows<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function startMemberFeatures(
  label: string,
  env: Record<string, string> = {},
): Promise<MemberFeaturesHarness> {
  const db = await createMallDatabase(label);
  const redisPrefix = `${db.database}:`;
  const service = await startTestService(serviceDefinition, {
    database: db,
    // MALL__ values are YAML: quoted, so the trailing colon does not make a mapping.
    env: { MALL__redis__keyPrefix: `'${redisPrefix}'`, ...env },
  });
  const sql = await createConnection({
    host: db.host,
    port: db.port,
    user: db.user,
    password: db.password,
    database: db.database,
  });
  return {
    db,
    service,
    sql,
    redisPrefix,
    async call<T>(
      method: 'GET' | 'POST',
      path: string,
      claims: CurrentUserClaims | null,
      options: CallOptions = {},
    ) {
      const res = await service.request<Envelope<T>>(method, path, {
        ...options,
        ...(claims ? { user: claims } : {}),
      });
      return res.body;
    },
    async rows<T>(query: string, params: unknown[] = []) {
      const [result] = await sql.query(query, params);
      return result as T[];
    },
    async close() {
      await service.close();
      await sql.end();
      await deleteRedisKeys(redisPrefix);
      await db.drop();
    },
  };
}

/** Removes every Redis key under the prefix (the member cache entries a suite created). */
async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis({
    host: process.env['REDIS_HOST'] ?? '127.0.0.1',
    port: Number(process.env['REDIS_PORT'] ?? 6379),
    lazyConnect: true,
  });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 200);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** Inserts members on member level `memberLevelId` and returns the claims the gateway would send. */
export async function insertMembers(
  sql: Connection,
  ids: readonly number[],
  memberLevelId = 4,
): Promise<CurrentUserClaims[]> {
  for (const id of ids) {
    await sql.query(
      `INSERT INTO ums_member (id, member_level_id, username, nickname, status, create_time, icon,
                               integration, growth)
       VALUES (?, ?, ?, ?, 1, NOW(), ?, 0, 0)`,
      [id, memberLevelId, `fixture_${id}`, `会员${id}`, `https://img.example/${id}.png`],
    );
  }
  return ids.map((id) => memberClaims(id, `fixture_${id}`));
}

/** Seeded members (docs/seed-data.md): `member` (id 1, level 1) and `test` (id 2, level 4). */
export const demoMember = memberClaims(1, 'member');
export const testMember = memberClaims(2, 'test');
/** Claims of a member id that has no ums_member row. */
export const unknownMember = memberClaims(987_654, 'ghost');
