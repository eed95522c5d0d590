import { UmsResource, UmsRole, UmsRoleResourceRelation } from '@mall/db';
import { ConfigSource } from '@mall/config';
import Redis from 'ioredis';
import { Repository } from 'typeorm';
import {
  DEFAULT_RESOURCE_ROLES_KEY,
  resourceRolesKey,
  ResourceRolesMapService,
} from './resource-roles-map.service';

/** A repository whose `find` answers the current rows and counts its calls. */
function fakeRepository<T>(rows: () => T[]) {
  const repo = { calls: 0, find: jest.fn() };
  repo.find.mockImplementation(async () => {
    repo.calls += 1;
    // Yield so that concurrent rebuild requests really overlap.
    await new Promise((resolve) => setImmediate(resolve));
    return rows();
  });
  return repo;
}

function fakeConfig(key: string): ConfigSource<unknown> {
  return {
    service: 'mall-admin',
    current: { app: { redis: { keys: { resourceRolesMap: key } } } },
  } as unknown as ConfigSource<unknown>;
}

describe('resourceRolesKey', () => {
  it('reads app.redis.keys.resourceRolesMap, with the original key as default', () => {
    expect(resourceRolesKey({ redis: { keys: { resourceRolesMap: 'k' } } })).toBe('k');
    expect(resourceRolesKey({})).toBe(DEFAULT_RESOURCE_ROLES_KEY);
    expect(resourceRolesKey(undefined)).toBe('auth:resourceRolesMap');
  });
});

describe('ResourceRolesMapService on Redis', () => {
  const key = `auth:resourceRolesMap:unit:${process.pid}:${Date.now()}`;
  const redis = new Redis({ host: process.env['REDIS_HOST'] ?? '127.0.0.1', lazyConnect: true });
  let resources: Array<Pick<UmsResource, 'id' | 'url'>>;
  let roles: Array<Pick<UmsRole, 'id' | 'name'>>;
  let relations: Array<Pick<UmsRoleResourceRelation, 'roleId' | 'resourceId'>>;
  const resourceRepo = fakeRepository(() => resources);
  const roleRepo = fakeRepository(() => roles);
  const relationRepo = fakeRepository(() => relations);
  const service = new ResourceRolesMapService(
    resourceRepo as unknown as Repository<UmsResource>,
    roleRepo as unknown as Repository<UmsRole>,
    relationRepo as unknown as Repository<UmsRoleResourceRelation>,
    redis,
    fakeConfig(key),
  );

  beforeAll(() => redis.connect());
  beforeEach(() => {
    resources = [{ id: 1, url: '/brand/**' }];
    roles = [{ id: 5, name: '超级管理员' }];
    relations = [{ roleId: 5, resourceId: 1 }];
  });
  afterAll(async () => {
    service.onApplicationShutdown();
    await redis.del(key);
    await redis.quit();
  });

  it('publishes the hash with JSON array values and replaces stale fields', async () => {
    await redis.hset(key, '/mall-admin/stale/**', '[]');
    expect(await service.rebuild()).toEqual({ '/mall-admin/brand/**': ['5_超级管理员'] });
    expect(await redis.hgetall(key)).toEqual({ '/mall-admin/brand/**': '["5_超级管理员"]' });
    expect(await redis.keys(`${key}:rebuild:*`)).toEqual([]);
  });

  it('runs one more rebuild after the running one for any number of concurrent requests', async () => {
    const before = resourceRepo.calls;
    const first = service.rebuild();
    // Changes committed while the first rebuild runs must be in the published map.
    resources = [...resources, { id: 2, url: '/order/**' }];
    const others = [service.rebuild(), service.rebuild(), service.rebuild()];
    expect(others[0]).toBe(others[2]);
    await Promise.all([first, ...others]);
    expect(resourceRepo.calls - before).toBe(2);
    expect(Object.keys(await redis.hgetall(key))).toEqual([
      '/mall-admin/brand/**',
      '/mall-admin/order/**',
    ]);
  });

  it('removes the key when no resource is left', async () => {
    resources = [];
    expect(await service.rebuild()).toEqual({});
    expect(await redis.exists(key)).toBe(0);
  });
});

describe('ResourceRolesMapService when Redis fails', () => {
  afterEach(() => jest.useRealTimers());

  it('reports the failure and retries in the background until the map is published', async () => {
    jest.useFakeTimers();
    let failures = 2;
    const published: unknown[][] = [];
    const multi = {
      hset: jest.fn().mockReturnThis(),
      rename: jest.fn().mockReturnThis(),
      exec: jest.fn(async () => {
        if (failures > 0) {
          failures -= 1;
          throw new Error('connection lost');
        }
        published.push(multi.hset.mock.calls.at(-1) ?? []);
        return [
          [null, 1],
          [null, 'OK'],
        ];
      }),
    };
    const redis = { multi: () => multi, del: jest.fn() } as unknown as Redis;
    const repo = (rows: unknown[]) =>
      ({ find: jest.fn(async () => rows) }) as unknown as Repository<never>;
    const service = new ResourceRolesMapService(
      repo([{ id: 1, url: '/brand/**' }]),
      repo([{ id: 5, name: '超级管理员' }]),
      repo([{ roleId: 5, resourceId: 1 }]),
      redis,
      fakeConfig('auth:resourceRolesMap'),
    );

    await expect(service.rebuildAfterChange()).rejects.toThrow('资源角色规则刷新失败');
    expect(published).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(1000);
    expect(published).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(2000);
    expect(published).toHaveLength(1);
    expect(published[0]).toEqual([
      expect.stringMatching(/^auth:resourceRolesMap:rebuild:/),
      '/mall-admin/brand/**',
      '["5_超级管理员"]',
    ]);
    expect(multi.rename).toHaveBeenLastCalledWith(published[0][0], 'auth:resourceRolesMap');
    service.onApplicationShutdown();
  });
});
