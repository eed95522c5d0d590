import type { MysqlSettings } from './data-source';
import { describeDatabaseError } from './migrate';

const settings: MysqlSettings = {
  host: '127.0.0.1',
  port: 3306,
  user: 'root',
  password: '',
  database: 'mall',
  poolSize: 2,
};

describe('describeDatabaseError', () => {
  it('names an unreachable server and how to start it', () => {
    const line = describeDatabaseError({ code: 'ECONNREFUSED' }, settings);
    expect(line).toContain('MariaDB not reachable at 127.0.0.1:3306 (ECONNREFUSED)');
    expect(line).toContain('start it');
  });

  it('names the refused user', () => {
    expect(describeDatabaseError({ code: 'ER_ACCESS_DENIED_ERROR' }, settings)).toContain(
      "refused user 'root'",
    );
  });

  it('points at db:migrate for a missing database', () => {
    expect(describeDatabaseError({ code: 'ER_BAD_DB_ERROR' }, settings)).toContain(
      "database 'mall' does not exist",
    );
  });

  it('falls back to the driver message, on one line', () => {
    const line = describeDatabaseError({ code: 'ER_PARSE_ERROR', message: 'bad SQL' }, settings);
    expect(line).toBe('database error at 127.0.0.1:3306: ER_PARSE_ERROR bad SQL');
    expect(line).not.toContain('\n');
  });
});
