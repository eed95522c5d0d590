import type { DataSource } from 'typeorm';

/** Connection counts of the mysql2 pool behind a DataSource, for metrics gauges. */
export interface PoolStats {
  /** Open connections (idle + in use). */
  total: number;
  /** Open connections waiting in the pool. */
  idle: number;
  /** Requests queued for a connection because the pool is at its limit. */
  waiting: number;
}

/** The parts of mysql2's pool that expose its counters (not in mysql2's typings). */
interface Mysql2PoolInternals {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

/**
 * Reads the pool counters. mysql2 keeps them in its internal queues; when the DataSource is not
 * initialized (or the driver has no pool) every count is 0.
 */
export function poolStats(ds: DataSource): PoolStats {
  const pool = ds.isInitialized
    ? ((ds.driver as unknown as { pool?: Mysql2PoolInternals }).pool ?? undefined)
    : undefined;
  return {
    total: pool?._allConnections?.length ?? 0,
    idle: pool?._freeConnections?.length ?? 0,
    waiting: pool?._connectionQueue?.length ?? 0,
  };
}

/**
 * Readiness check: `SELECT 1` must answer within `timeoutMs`. Rejects with a message that names
 * the cause (not initialized, timeout, or the driver's error).
 */
export async function dbHealthCheck(ds: DataSource, timeoutMs = 2000): Promise<void> {
  if (!ds.isInitialized) {
    throw new Error('database connection is not initialized');
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`database did not answer SELECT 1 within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([ds.query('SELECT 1'), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
