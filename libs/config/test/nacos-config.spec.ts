import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, type ConfigSource, loadConfig, type MallConfig } from '../src';
import { CaptureLogger } from './support/capture-logger';
import { type FakeNacosHandle, startFakeNacos } from '@mall/fakes';

const FILE = [
  'server:',
  '  port: 8087',
  'mysql:',
  '  host: file-host',
  '  user: root',
  "  password: ''",
];

/** A port nothing listens on (bound once, then released). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Resolves when `predicate` holds, checking after each event-loop turn and short pause. */
async function eventually(predicate: () => boolean): Promise<void> {
  while (!predicate()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('loadConfig with Nacos', () => {
  let dir: string;
  let nacos: FakeNacosHandle;
  let logger: CaptureLogger;
  const sources: ConfigSource<unknown>[] = [];
  let serviceCounter = 0;
  let service: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mall-config-nacos-'));
    nacos = await startFakeNacos();
  });
  afterAll(async () => {
    await nacos.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    logger = new CaptureLogger();
    service = `svc-${process.pid}-${++serviceCounter}`;
    fs.writeFileSync(path.join(dir, `${service}.yaml`), FILE.join('\n'));
  });
  afterEach(async () => {
    await Promise.all(sources.splice(0).map((source) => source.close()));
  });

  const load = async (env: NodeJS.ProcessEnv, extra: { nacosRetryDelayMs?: number } = {}) => {
    const source = await loadConfig(service, { configDir: dir, env, logger, ...extra });
    sources.push(source);
    return source;
  };
  const dataId = () => `${service}-dev.yaml`;
  const nextChange = (source: ConfigSource) =>
    new Promise<{ next: MallConfig; previous: MallConfig }>((resolve) => {
      const off = source.onChange((next, previous) => {
        off();
        resolve({ next, previous });
      });
    });

  it('lets the initial remote config override file and env', async () => {
    await nacos.setConfig(
      dataId(),
      'DEFAULT_GROUP',
      'mysql:\n  host: nacos-host\napp:\n  rateLimit: 10\n',
    );
    const source = await load({
      NACOS_SERVER_ADDR: `127.0.0.1:${nacos.port}`,
      MYSQL_HOST: 'env-host',
    });
    expect(source.current.mysql?.host).toBe('nacos-host');
    expect(source.current.server.port).toBe(8087);
    expect(source.current.app).toEqual({ rateLimit: 10 });
    expect(source.current.discovery.mode).toBe('nacos');
    expect(logger.at('warn')).toEqual([]);
  });

  it('reports a published change as a new validated snapshot', async () => {
    await nacos.setConfig(dataId(), 'DEFAULT_GROUP', 'app:\n  rateLimit: 10\n');
    const source = await load({ NACOS_SERVER_ADDR: `127.0.0.1:${nacos.port}` });
    const changed = nextChange(source);
    await nacos.setConfig(
      dataId(),
      'DEFAULT_GROUP',
      'app:\n  rateLimit: 20\nmysql:\n  port: "3307"\n',
    );
    const { next, previous } = await changed;
    expect(next.app).toEqual({ rateLimit: 20 });
    expect(next.mysql?.port).toBe(3307);
    expect(Object.isFrozen(next)).toBe(true);
    expect(previous.app).toEqual({ rateLimit: 10 });
    expect(source.current).toBe(next);
  });

  it('ignores an invalid change and keeps the last good config', async () => {
    await nacos.setConfig(dataId(), 'DEFAULT_GROUP', 'app:\n  rateLimit: 10\n');
    const source = await load({ NACOS_SERVER_ADDR: `127.0.0.1:${nacos.port}` });
    const before = source.current;
    const listener = jest.fn();
    source.onChange(listener);

    await nacos.setConfig(dataId(), 'DEFAULT_GROUP', 'mysql:\n  port: abc\n');
    await eventually(() => logger.at('warn').length > 0);
    expect(logger.at('warn')[0]).toContain(
      'config error: mysql.port = "abc" (from nacos ' + dataId() + '): expected a number',
    );
    expect(source.current).toBe(before);
    expect(listener).not.toHaveBeenCalled();

    // Still following: the next good change applies.
    const changed = nextChange(source);
    await nacos.setConfig(dataId(), 'DEFAULT_GROUP', 'app:\n  rateLimit: 30\n');
    expect((await changed).next.app).toEqual({ rateLimit: 30 });
  });

  it('falls back to file and env when the remote config is removed', async () => {
    await nacos.setConfig(dataId(), 'DEFAULT_GROUP', 'mysql:\n  host: nacos-host\n');
    const source = await load({ NACOS_SERVER_ADDR: `127.0.0.1:${nacos.port}` });
    const changed = nextChange(source);
    await nacos.removeConfig(dataId(), 'DEFAULT_GROUP');
    expect((await changed).next.mysql?.host).toBe('file-host');
  });

  it('refuses to start on an invalid remote config', async () => {
    await nacos.setConfig(dataId(), 'DEFAULT_GROUP', 'server:\n  port: -1\n');
    const error = await load({ NACOS_SERVER_ADDR: `127.0.0.1:${nacos.port}` }).catch(
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      `config error: server.port = -1 (from nacos ${dataId()}): must be >= 0`,
    );
  });

  it('starts from file and env at once when Nacos is down, after one connection attempt', async () => {
    // A server that accepts and drops every connection counts how often the client tries.
    let connections = 0;
    const dropper = net.createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => dropper.listen(0, '127.0.0.1', resolve));
    const { port } = dropper.address() as net.AddressInfo;
    try {
      const source = await load({ NACOS_SERVER_ADDR: `127.0.0.1:${port}`, MYSQL_HOST: 'env-host' });
      expect(source.current.mysql?.host).toBe('env-host');
      expect(source.current.discovery.mode).toBe('nacos');
      const warnings = logger.at('warn');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/Nacos at 127\.0\.0\.1:\d+ is unreachable/);
      expect(connections).toBe(1);
      await source.close();
      expect(connections).toBe(1);
    } finally {
      await new Promise<void>((resolve) => dropper.close(() => resolve()));
    }
  });

  it('subscribes once Nacos comes up after a failed start', async () => {
    const port = await closedPort();
    const source = await load(
      { NACOS_SERVER_ADDR: `127.0.0.1:${port}` },
      { nacosRetryDelayMs: 50 },
    );
    expect(source.current.mysql?.host).toBe('file-host');
    const late = await startFakeNacos({ port });
    try {
      await late.setConfig(dataId(), 'DEFAULT_GROUP', 'mysql:\n  host: late-host\n');
      const changed = nextChange(source);
      expect((await changed).next.mysql?.host).toBe('late-host');

      const again = nextChange(source);
      await late.setConfig(dataId(), 'DEFAULT_GROUP', 'mysql:\n  host: later-host\n');
      expect((await again).next.mysql?.host).toBe('later-host');
    } finally {
      await source.close();
      await late.close();
    }
  });

  it('closes promptly while a long-poll is held open', async () => {
    const source = await load({ NACOS_SERVER_ADDR: `127.0.0.1:${nacos.port}` });
    // Let the subscription reach its held long-poll request.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(source.close()).resolves.toBeUndefined();
  });
});
