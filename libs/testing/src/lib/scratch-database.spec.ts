import { createConnection } from 'mysql2/promise';
import { createScratchDatabase, testMysqlServer } from './scratch-database';

describe('createScratchDatabase', () => {
  it('creates an empty utf8mb4 database and drops it', async () => {
    const db = await createScratchDatabase('testing-lib');
    const conn = await createConnection(testMysqlServer());
    try {
      const [rows] = await conn.query(
        'SELECT DEFAULT_CHARACTER_SET_NAME AS cs FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
        [db.database],
      );
      expect(rows).toEqual([{ cs: 'utf8mb4' }]);
      await db.drop();
      await db.drop();
      const [after] = await conn.query(
        'SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
        [db.database],
      );
      expect(after).toEqual([]);
    } finally {
      await conn.end();
    }
  });

  it('gives parallel callers distinct names', async () => {
    const [a, b] = await Promise.all([createScratchDatabase('x'), createScratchDatabase('x')]);
    expect(a.database).not.toBe(b.database);
    await Promise.all([a.drop(), b.drop()]);
  });
});
