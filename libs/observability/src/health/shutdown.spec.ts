// A file of its own: the shutdown flag is process-wide, and Jest gives each file fresh modules.
import { HealthRegistry } from './health-registry';
import { isShuttingDown, markShuttingDown } from './shutdown';

describe('markShuttingDown', () => {
  it('turns readiness DOWN without running checks, while overall health still reports them', async () => {
    const registry = new HealthRegistry({
      logger: { log: () => undefined, warn: () => undefined },
    });
    let checks = 0;
    registry.add({
      name: 'db',
      check: async () => {
        checks += 1;
      },
    });
    await expect(registry.readiness()).resolves.toMatchObject({ status: 'UP' });
    expect(isShuttingDown()).toBe(false);

    markShuttingDown();

    expect(isShuttingDown()).toBe(true);
    await expect(registry.readiness()).resolves.toEqual({
      status: 'DOWN',
      components: { readinessState: { status: 'DOWN', details: { reason: 'shutting down' } } },
    });
    expect(checks).toBe(1);
    await expect(registry.check()).resolves.toMatchObject({ status: 'UP' });
  });
});
