import {
  createDataSource,
  createDataSourceOptions,
  MIGRATIONS_TABLE,
  type MysqlSettings,
} from './data-source';
import { ALL_ENTITIES } from './entities';
import { ALL_MIGRATIONS } from './migrations';

const settings: MysqlSettings = {
  host: 'db.internal',
  port: 3307,
  user: 'mall',
  password: 's3cret',
  database: 'mall',
  poolSize: 12,
};

describe('createDataSourceOptions', () => {
  it('maps the settings onto a pooled mysql2 DataSource', () => {
    const options = createDataSourceOptions(settings);
    expect(options).toMatchObject({
      type: 'mariadb',
      host: 'db.internal',
      port: 3307,
      username: 'mall',
      password: 's3cret',
      database: 'mall',
      poolSize: 12,
      connectTimeout: 10_000,
      timezone: 'local',
      synchronize: false,
      migrationsRun: false,
      migrationsTableName: MIGRATIONS_TABLE,
    });
    expect(options.extra).toMatchObject({
      connectionLimit: 12,
      waitForConnections: true,
      enableKeepAlive: true,
    });
    expect(options.entities).toBe(ALL_ENTITIES);
    expect(options.migrations).toBe(ALL_MIGRATIONS);
  });

  it('keeps TypeORM defaults for big number handling (transformers convert)', () => {
    const options = createDataSourceOptions(settings);
    expect(options.supportBigNumbers).toBeUndefined();
    expect(options.bigNumberStrings).toBeUndefined();
  });

  it('honours type and connect timeout', () => {
    const options = createDataSourceOptions({ ...settings, type: 'mysql', connectTimeoutMs: 1500 });
    expect(options.type).toBe('mysql');
    expect(options.connectTimeout).toBe(1500);
  });

  it('applies overrides and merges extra pool options', () => {
    const options = createDataSourceOptions(settings, {
      logging: ['error'],
      extra: { queueLimit: 100 },
    });
    expect(options.logging).toEqual(['error']);
    expect(options.extra).toMatchObject({ connectionLimit: 12, queueLimit: 100 });
  });

  it('creates an uninitialized DataSource', () => {
    const ds = createDataSource(settings);
    expect(ds.isInitialized).toBe(false);
    expect(ds.options.type).toBe('mariadb');
  });
});
