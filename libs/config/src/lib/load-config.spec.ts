import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { z } from 'zod';
import { CaptureLogger } from '../../test/support/capture-logger';
import { ConfigError, formatConfigError } from './config-error';
import { loadConfig, parseMallConfig } from './load-config';
import { MALL_SERVICE_PORTS, MALL_SERVICES } from './services';

describe('loadConfig', () => {
  let dir: string;
  const logger = new CaptureLogger();

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mall-config-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
  const load = (env: NodeJS.ProcessEnv = {}, extra: { profile?: string } = {}) =>
    loadConfig('svc', { configDir: dir, env, logger, ...extra });
  const loadError = async (env: NodeJS.ProcessEnv = {}): Promise<ConfigError> => {
    const error = await load(env).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  };

  const BASE = [
    'server:',
    '  port: 8087',
    'mysql:',
    '  host: 127.0.0.1',
    '  user: root',
    "  password: ''",
    'redis:',
    '  host: 127.0.0.1',
  ].join('\n');

  it('applies schema defaults under the file values', async () => {
    write('svc.yaml', BASE);
    const config = (await load()).current;
    expect(config.server).toEqual({
      host: '0.0.0.0',
      port: 8087,
      shutdownTimeoutMs: 10000,
      bodyLimitBytes: 1048576,
      keepAliveTimeoutMs: 65000,
    });
    expect(config.mysql).toEqual({
      host: '127.0.0.1',
      port: 3306,
      user: 'root',
      password: '',
      database: 'mall',
      poolSize: 20,
      type: 'mariadb',
      connectTimeoutMs: 5000,
    });
    expect(config.redis).toEqual({
      host: '127.0.0.1',
      port: 6379,
      db: 0,
      keyPrefix: '',
      commandTimeoutMs: 3000,
    });
    expect(config.rabbitmq).toBeUndefined();
    expect(config.nacos).toEqual({ namespace: 'public', group: 'DEFAULT_GROUP', timeoutMs: 3000 });
    expect(config.observability).toEqual({ logLevel: 'info' });
    expect(config.app).toEqual({});
  });

  it('layers file < profile file < environment', async () => {
    write('svc.yaml', `${BASE}\napp:\n  greeting: file\n  keep: true\n`);
    write(
      'svc-test.yaml',
      'mysql:\n  database: mall_test\n  host: profile-host\napp:\n  greeting: profile\n',
    );
    const source = await load({ MALL_PROFILE: 'test', MYSQL_HOST: 'env-host' });
    expect(source.profile).toBe('test');
    expect(source.current.mysql?.database).toBe('mall_test');
    expect(source.current.mysql?.host).toBe('env-host');
    expect(source.current.app).toEqual({ greeting: 'profile', keep: true });
  });

  it('uses the dev profile by default and an explicit profile over MALL_PROFILE', async () => {
    write('svc.yaml', BASE);
    write('svc-dev.yaml', 'server:\n  port: 9001\n');
    write('svc-qa.yaml', 'server:\n  port: 9002\n');
    expect((await load()).current.server.port).toBe(9001);
    expect((await load({ MALL_PROFILE: 'dev' }, { profile: 'qa' })).current.server.port).toBe(9002);
  });

  it('coerces environment strings to the schema types', async () => {
    write('svc.yaml', BASE);
    const config = (
      await load({
        MYSQL_PORT: '3307',
        MYSQL_POOL_SIZE: '5',
        REDIS_PORT: '6380',
        REDIS_DB: '2',
        REDIS_PASSWORD: '123456',
        LOG_LEVEL: 'debug',
        RABBITMQ_URL: 'amqp://guest:guest@127.0.0.1:5672',
      })
    ).current;
    expect(config.mysql?.port).toBe(3307);
    expect(config.mysql?.poolSize).toBe(5);
    expect(config.redis).toMatchObject({ port: 6380, db: 2, password: '123456' });
    expect(config.observability.logLevel).toBe('debug');
    expect(config.rabbitmq).toEqual({ url: 'amqp://guest:guest@127.0.0.1:5672', prefetch: 50 });
  });

  it('lets SERVER_PORT win over PORT and ignores empty variables', async () => {
    write('svc.yaml', BASE);
    expect((await load({ PORT: '7000' })).current.server.port).toBe(7000);
    expect((await load({ PORT: '7000', SERVER_PORT: '7001' })).current.server.port).toBe(7001);
    expect((await load({ MYSQL_HOST: '' })).current.mysql?.host).toBe('127.0.0.1');
  });

  it('applies MALL__ overrides to any key, parsing values as YAML', async () => {
    write('svc.yaml', BASE);
    const config = (
      await load({
        MALL__app__rateLimit__default: '100',
        MALL__app__feature__enabled: 'true',
        MALL__mysql__password: '123456',
        'MALL__discovery__services__mall-cart': '[10.0.0.5:8086, 10.0.0.6:8086]',
        MALL__server__host: '127.0.0.1',
      })
    ).current;
    expect(config.app).toEqual({ rateLimit: { default: 100 }, feature: { enabled: true } });
    expect(config.mysql?.password).toBe('123456');
    expect(config.discovery.services['mall-cart']).toEqual(['10.0.0.5:8086', '10.0.0.6:8086']);
    expect(config.discovery.services['mall-admin']).toEqual(['127.0.0.1:8087']);
    expect(config.server.host).toBe('127.0.0.1');
  });

  it('lets a higher layer remove a section with null', async () => {
    write('svc.yaml', BASE);
    write('svc-dev.yaml', 'redis: ~\n');
    expect((await load()).current.redis).toBeUndefined();
  });

  it('starts from env alone when there is no file', async () => {
    const config = (
      await load({ PORT: '8080', MYSQL_HOST: 'db', MYSQL_USER: 'app', MYSQL_PASSWORD: 's3cret' })
    ).current;
    expect(config.server.port).toBe(8080);
    expect(config.mysql).toMatchObject({ host: 'db', user: 'app', password: 's3cret', port: 3306 });
  });

  it('names a missing key, where to set it, on one line', async () => {
    const error = await loadError();
    const file = path.join(dir, 'svc.yaml');
    expect(error.message).toBe(
      `config error: server.port is missing (set it in ${file} or env PORT or env SERVER_PORT or env MALL__server__port): required`,
    );
  });

  it('names a bad env value with its variable', async () => {
    write('svc.yaml', BASE);
    const error = await loadError({ MYSQL_PORT: 'abc' });
    expect(error.message).toBe(
      'config error: mysql.port = "abc" (from env MYSQL_PORT): expected a number',
    );
    expect(formatConfigError(error)).toBe(error.message);
  });

  it('names a bad file value with its file', async () => {
    write('svc.yaml', `${BASE.replace('  user: root', '  user: root\n  type: oracle')}`);
    const error = await loadError();
    expect(error.message).toBe(
      `config error: mysql.type = "oracle" (from file ${path.join(dir, 'svc.yaml')}): expected one of "mariadb", "mysql"`,
    );
  });

  it('rejects unknown keys, hides secrets and reports every issue', async () => {
    write(
      'svc.yaml',
      `${BASE.replace("  password: ''", "  pasword: ''")}\n  password: [hunter2]\n`,
    );
    const error = await loadError({ REDIS_PORT: '0' });
    const lines = error.issues.map((issue) => formatConfigError(issue));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^config error: mysql\.password is missing \(set it in .*\): required$/,
        ),
        expect.stringMatching(
          /^config error: mysql\.pasword = "" \(from file .*svc\.yaml\): unknown key$/,
        ),
        expect.stringMatching(
          /^config error: redis\.password = \*\*\* \(from file .*\): expected a string$/,
        ),
        'config error: redis.port = "0" (from env REDIS_PORT): must be >= 1',
      ]),
    );
    expect(error.message).not.toContain('\n');
    expect(error.message).toMatch(/\(\+3 more\)$/);
  });

  it('reports invalid YAML with the file name', async () => {
    write('svc.yaml', 'server:\n  port: [8087\n');
    const error = await loadError();
    expect(error.message).toMatch(
      new RegExp(`^config error: file ${path.join(dir, 'svc.yaml')}: invalid YAML: .+`),
    );
    expect(error.message).not.toContain('\n');
  });

  it('rejects nacos discovery without a Nacos address', async () => {
    write('svc.yaml', BASE);
    const error = await loadError({ DISCOVERY_MODE: 'nacos' });
    expect(error.message).toBe(
      'config error: discovery.mode = "nacos" (from env DISCOVERY_MODE): nacos discovery needs nacos.serverAddr (NACOS_SERVER_ADDR)',
    );
  });

  it('defaults to static discovery over every service on loopback', async () => {
    write('svc.yaml', BASE);
    const { discovery } = (await load()).current;
    expect(discovery.mode).toBe('static');
    expect(Object.keys(discovery.services).sort()).toEqual([...MALL_SERVICES].sort());
    for (const name of MALL_SERVICES) {
      expect(discovery.services[name]).toEqual([`127.0.0.1:${MALL_SERVICE_PORTS[name]}`]);
    }
    expect(discovery.k8s).toEqual({
      namespace: 'mall',
      clusterDomain: 'cluster.local',
      serviceNamePattern: '{service}',
      ports: {},
    });
  });

  it('validates the app section with the given schema', async () => {
    write('svc.yaml', `${BASE}\napp:\n  rateLimit:\n    default: 50\n`);
    const appSchema = z.strictObject({
      rateLimit: z.strictObject({ default: z.coerce.number().int().positive() }),
      greeting: z.string().default('hello'),
    });
    const source = await loadConfig('svc', { configDir: dir, env: {}, logger, appSchema });
    const app: { rateLimit: { default: number }; greeting: string } = source.current.app;
    expect(app).toEqual({ rateLimit: { default: 50 }, greeting: 'hello' });

    const error = await loadConfig('svc', {
      configDir: dir,
      env: { MALL__app__rateLimit__default: '-1' },
      logger,
      appSchema,
    }).then(
      () => undefined,
      (err: unknown) => err as ConfigError,
    );
    expect(error?.message).toBe(
      'config error: app.rateLimit.default = -1 (from env MALL__app__rateLimit__default): must be > 0',
    );
  });

  it('hands out frozen snapshots', async () => {
    write('svc.yaml', BASE);
    const config = (await load()).current;
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.mysql)).toBe(true);
    expect(Object.isFrozen(config.discovery.services['mall-admin'])).toBe(true);
  });

  it('finds the folder through MALL_CONFIG_DIR', async () => {
    write('svc.yaml', BASE);
    const source = await loadConfig('svc', { env: { MALL_CONFIG_DIR: dir }, logger });
    expect(source.current.server.port).toBe(8087);
    await source.close();
  });

  it('accepts every service file in the repository config folder', async () => {
    const repoConfig = path.resolve(__dirname, '../../../../config');
    for (const service of MALL_SERVICES) {
      const source = await loadConfig(service, { configDir: repoConfig, env: {}, logger });
      expect(source.current.server.port).toBe(MALL_SERVICE_PORTS[service]);
      expect(source.current.discovery.mode).toBe('static');
    }
  });
});

describe('parseMallConfig', () => {
  it('validates an in-memory settings object', () => {
    const config = parseMallConfig({ server: { port: '9000' } });
    expect(config.server.port).toBe(9000);
    expect(() => parseMallConfig({ server: { port: 'x' } }, { source: 'test' })).toThrow(
      'config error: server.port = "x" (from test): expected a number',
    );
  });
});
