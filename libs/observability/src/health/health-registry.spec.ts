import { HealthRegistry, HealthRegistryOptions } from './health-registry';

function quietRegistry(options: HealthRegistryOptions = {}) {
  const logged: string[] = [];
  const logger = {
    log: (message: string) => logged.push(`log: ${message}`),
    warn: (message: string) => logged.push(`warn: ${message}`),
  };
  return { registry: new HealthRegistry({ logger, ...options }), logged };
}

describe('HealthRegistry', () => {
  it('is UP with every component UP, keeping the details an indicator returns', async () => {
    const { registry } = quietRegistry();
    registry.add({ name: 'db', check: async () => ({ database: 'MariaDB', version: '10.11' }) });
    registry.add({ name: 'redis', check: async () => undefined });

    await expect(registry.check()).resolves.toEqual({
      status: 'UP',
      components: {
        db: { status: 'UP', details: { database: 'MariaDB', version: '10.11' } },
        redis: { status: 'UP' },
      },
    });
  });

  it('is UP with no indicators', async () => {
    await expect(quietRegistry().registry.check()).resolves.toEqual({
      status: 'UP',
      components: {},
    });
  });

  it('is DOWN when any check rejects or throws, naming the error', async () => {
    const { registry } = quietRegistry();
    registry.add({ name: 'db', check: async () => undefined });
    registry.add({
      name: 'rabbit',
      check: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5672')),
    });
    registry.add({
      name: 'redis',
      check: () => {
        throw new Error('client closed');
      },
    });

    await expect(registry.check()).resolves.toEqual({
      status: 'DOWN',
      components: {
        db: { status: 'UP' },
        rabbit: { status: 'DOWN', details: { error: 'connect ECONNREFUSED 127.0.0.1:5672' } },
        redis: { status: 'DOWN', details: { error: 'client closed' } },
      },
    });
  });

  it('counts a check that does not answer within its timeout as DOWN', async () => {
    const { registry } = quietRegistry({ checkTimeoutMs: 20 });
    registry.add({ name: 'db', check: () => new Promise(() => undefined) });
    registry.add({ name: 'es', timeoutMs: 10, check: () => new Promise(() => undefined) });

    await expect(registry.check()).resolves.toEqual({
      status: 'DOWN',
      components: {
        db: { status: 'DOWN', details: { error: 'timed out after 20 ms' } },
        es: { status: 'DOWN', details: { error: 'timed out after 10 ms' } },
      },
    });
  });

  it('rejects a second indicator with the same name and can remove one', async () => {
    const { registry } = quietRegistry();
    registry.add({ name: 'db', check: async () => undefined });
    expect(() => registry.add({ name: 'db', check: async () => undefined })).toThrow(
      'health indicator db is already registered',
    );
    expect(registry.remove('db')).toBe(true);
    expect(registry.names()).toEqual([]);
  });

  it('bases readiness on the same checks while running', async () => {
    const { registry } = quietRegistry();
    registry.add({ name: 'db', check: () => Promise.reject(new Error('down')) });
    await expect(registry.readiness()).resolves.toMatchObject({
      status: 'DOWN',
      components: { db: { status: 'DOWN' } },
    });
  });

  it('logs a component going DOWN once, and its recovery', async () => {
    const { registry, logged } = quietRegistry();
    let failure: Error | undefined = new Error('ECONNREFUSED');
    registry.add({
      name: 'redis',
      check: async () => {
        if (failure) throw failure;
      },
    });

    await registry.check();
    await registry.check();
    failure = undefined;
    await registry.check();
    await registry.check();

    expect(logged).toEqual([
      'warn: health component redis is DOWN: ECONNREFUSED',
      'log: health component redis is UP again',
    ]);
  });
});
