import { Injectable, Module } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import {
  createDataSource,
  DatabaseModule,
  dbHealthCheck,
  poolStats,
  PmsBrand,
  runMigrations,
  type MysqlSettings,
} from '../src';
import { closeScratch, openScratch } from './support/scratch-db';

@Injectable()
class BrandService {
  constructor(
    @InjectRepository(PmsBrand) readonly brands: Repository<PmsBrand>,
    @InjectDataSource() readonly dataSource: DataSource,
  ) {}
}

/** A feature module that imports nothing: the global DatabaseModule must satisfy it. */
@Module({ providers: [BrandService] })
class BrandModule {}

const SETTINGS_TOKEN = 'MYSQL_SETTINGS';

@Module({
  providers: [{ provide: SETTINGS_TOKEN, useFactory: () => settingsHolder.value }],
  exports: [SETTINGS_TOKEN],
})
class SettingsModule {}

const settingsHolder: { value?: MysqlSettings } = {};

describe('DatabaseModule, dbHealthCheck and poolStats', () => {
  let scratch: Awaited<ReturnType<typeof openScratch>>;

  beforeAll(async () => {
    scratch = await openScratch('nest');
    await runMigrations(scratch.ds);
    settingsHolder.value = scratch.settings;
  });

  afterAll(async () => {
    await closeScratch(scratch);
  });

  async function exercise(app: TestingModule): Promise<void> {
    const service = app.get(BrandService);
    const saved = await service.brands.save(
      service.brands.create({ name: '小米', sort: 500, showStatus: 1 }),
    );
    expect(await service.brands.findOneByOrFail({ id: saved.id })).toMatchObject({
      name: '小米',
      sort: 500,
    });
    await expect(dbHealthCheck(service.dataSource)).resolves.toBeUndefined();
    expect(poolStats(service.dataSource).total).toBeGreaterThanOrEqual(1);
  }

  it('forRoot lets any provider inject repositories and the DataSource', async () => {
    const app = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot(scratch.settings), BrandModule],
    }).compile();
    try {
      await exercise(app);
    } finally {
      await app.close();
    }
  });

  it('forRootAsync takes the settings from an injected provider', async () => {
    const app = await Test.createTestingModule({
      imports: [
        DatabaseModule.forRootAsync({
          imports: [SettingsModule],
          inject: [SETTINGS_TOKEN],
          useFactory: (settings: MysqlSettings) => settings,
        }),
        BrandModule,
      ],
    }).compile();
    try {
      await exercise(app);
    } finally {
      await app.close();
    }
  });

  it('reports pool usage and times out when no connection is free', async () => {
    const ds = createDataSource({ ...scratch.settings, poolSize: 1 });
    await ds.initialize();
    try {
      expect(poolStats(ds)).toEqual({ total: 1, idle: 1, waiting: 0 });
      // Hold the only connection, so the health check has to queue for it.
      const runner = ds.createQueryRunner();
      await runner.connect();
      await runner.query('SELECT 1');
      expect(poolStats(ds)).toEqual({ total: 1, idle: 0, waiting: 0 });
      const check = dbHealthCheck(ds, 100);
      expect(poolStats(ds).waiting).toBe(1);
      await expect(check).rejects.toThrow('database did not answer SELECT 1 within 100 ms');
      await runner.release();
    } finally {
      await ds.destroy();
    }
    expect(poolStats(ds)).toEqual({ total: 0, idle: 0, waiting: 0 });
    await expect(dbHealthCheck(ds)).rejects.toThrow('database connection is not initialized');
  });
});
