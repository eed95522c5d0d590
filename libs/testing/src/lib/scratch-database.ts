import { createConnection } from 'mysql2/promise';

export interface ScratchDatabase {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  /** Drops the database; safe to call twice. */
  drop(): Promise<void>;
}

/** Connection settings of the test MariaDB, from the same env vars the services read. */
export function testMysqlServer() {
  return {
    host: process.env.MYSQL_HOST ?? '127.0.0.1',
    port: Number(process.env.MYSQL_PORT ?? 3306),
    user: process.env.MYSQL_USER ?? 'root',
    password: process.env.MYSQL_PASSWORD ?? '',
  };
}

/**
 * Creates an empty, uniquely named database (`mall_t_<label>_<pid>_<n>`) so test projects running in
 * parallel never share state.
 */
let counter = 0;
export async function createScratchDatabase(label: string): Promise<ScratchDatabase> {
  const server = testMysqlServer();
  const safe = label
    .replace(/[^a-z0-9_]/gi, '_')
    .toLowerCase()
    .slice(0, 24);
  const database = `mall_t_${safe}_${process.pid}_${counter++}`;
  const conn = await createConnection(server);
  try {
    await conn.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await conn.query(
      `CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci`,
    );
  } finally {
    await conn.end();
  }
  return {
    ...server,
    database,
    async drop() {
      const c = await createConnection(server);
      try {
        await c.query(`DROP DATABASE IF EXISTS \`${database}\``);
      } finally {
        await c.end();
      }
    },
  };
}
