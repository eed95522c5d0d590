import { tracingOptionsFromEnv } from './tracing';

describe('tracingOptionsFromEnv', () => {
  it('leaves tracing off unless a collector address is configured', () => {
    expect(tracingOptionsFromEnv('mall-admin', {}, 'host', 1)).toBeUndefined();
    expect(
      tracingOptionsFromEnv('mall-admin', { SW_AGENT_COLLECTOR_BACKEND_SERVICES: ' ' }, 'host', 1),
    ).toBeUndefined();
  });

  it('honours SW_DISABLE=true even with a collector configured', () => {
    const env = { SW_AGENT_COLLECTOR_BACKEND_SERVICES: 'oap:11800', SW_DISABLE: 'TRUE' };
    expect(tracingOptionsFromEnv('mall-admin', env, 'host', 1)).toBeUndefined();
  });

  it('names the service svc-<service> and the instance <hostname>-<pid> by default', () => {
    const env = { SW_AGENT_COLLECTOR_BACKEND_SERVICES: 'skywalking-oap:11800' };
    expect(tracingOptionsFromEnv('mall-order', env, 'pod-7f9c', 42)).toEqual({
      serviceName: 'svc-mall-order',
      serviceInstance: 'pod-7f9c-42',
      collectorAddress: 'skywalking-oap:11800',
      traceIgnorePath: '*:/actuator/**',
      disablePlugins: 'MongoDB,Mongoose',
    });
  });

  it('takes names and ignored paths from the SkyWalking variables when set', () => {
    const env = {
      SW_AGENT_COLLECTOR_BACKEND_SERVICES: '10.0.0.5:11800',
      SW_AGENT_NAME: 'order-svc',
      SW_AGENT_INSTANCE: 'order-1',
      SW_TRACE_IGNORE_PATH: '',
      SW_AGENT_DISABLE_PLUGINS: 'MySQL2',
    };
    expect(tracingOptionsFromEnv('mall-order', env, 'host', 1)).toEqual({
      serviceName: 'order-svc',
      serviceInstance: 'order-1',
      collectorAddress: '10.0.0.5:11800',
      traceIgnorePath: '',
      disablePlugins: 'MySQL2',
    });
  });
});

describe('startTracing and currentTraceId with a stand-in agent', () => {
  const start = jest.fn();
  const contextManager: { hasContext: boolean; currentSpan?: { context: { traceId(): string } } } =
    { hasContext: false };
  const savedEnv = { ...process.env };

  beforeEach(() => {
    jest.resetModules();
    start.mockClear();
    jest.doMock('skywalking-backend-js', () => ({
      default: { start, flush: () => null },
      ContextManager: contextManager,
    }));
  });
  afterEach(() => {
    process.env = { ...savedEnv };
    jest.dontMock('skywalking-backend-js');
  });

  const load = (): typeof import('./tracing') => jest.requireActual('./tracing');

  it('does not load the agent when tracing is off', () => {
    delete process.env['SW_AGENT_COLLECTOR_BACKEND_SERVICES'];
    const tracing = load();
    expect(tracing.startTracing('mall-admin')).toBe(false);
    expect(tracing.tracingEnabled()).toBe(false);
    expect(start).not.toHaveBeenCalled();
    expect(tracing.currentTraceId()).toBeUndefined();
  });

  it('starts the agent once with the derived options', () => {
    process.env['SW_AGENT_COLLECTOR_BACKEND_SERVICES'] = '127.0.0.1:11800';
    process.env['SW_AGENT_INSTANCE'] = 'admin-1';
    delete process.env['SW_AGENT_NAME'];
    const tracing = load();

    expect(tracing.startTracing('mall-admin')).toBe(true);
    expect(tracing.startTracing('mall-admin')).toBe(true);

    expect(start).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledWith({
      serviceName: 'svc-mall-admin',
      serviceInstance: 'admin-1',
      collectorAddress: '127.0.0.1:11800',
      traceIgnorePath: '*:/actuator/**',
      disablePlugins: 'MongoDB,Mongoose',
    });
    expect(tracing.tracingEnabled()).toBe(true);
  });

  it('reads the trace id of the active span, ignoring dummy contexts', () => {
    process.env['SW_AGENT_COLLECTOR_BACKEND_SERVICES'] = '127.0.0.1:11800';
    const tracing = load();
    tracing.startTracing('mall-admin');

    contextManager.hasContext = false;
    expect(tracing.currentTraceId()).toBeUndefined();

    contextManager.hasContext = true;
    contextManager.currentSpan = { context: { traceId: () => 'd79ac0db.42.17000000000010001' } };
    expect(tracing.currentTraceId()).toBe('d79ac0db.42.17000000000010001');

    contextManager.currentSpan = { context: { traceId: () => 'N/A' } };
    expect(tracing.currentTraceId()).toBeUndefined();
  });
});
