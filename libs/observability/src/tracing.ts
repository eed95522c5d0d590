import { hostname } from 'node:os';

/** Agent settings derived from the environment; `undefined` from {@link tracingOptionsFromEnv} = tracing off. */
export interface TracingOptions {
  serviceName: string;
  serviceInstance: string;
  collectorAddress: string;
  traceIgnorePath: string;
  disablePlugins: string;
}

/** The part of the skywalking-backend-js module this library uses (typed locally so it can load lazily). */
interface SkyWalkingModule {
  default: {
    start(options: Partial<TracingOptions>): void;
    flush(): Promise<unknown> | null;
  };
  ContextManager: {
    readonly hasContext: boolean | undefined;
    readonly currentSpan: { context: { traceId(): string } } | undefined;
  };
}

// The agent's MongoDB/Mongoose plugins target the 3.x driver layout and fail to install against driver 7.
const DEFAULT_DISABLED_PLUGINS = 'MongoDB,Mongoose';

// Health probes and Prometheus scrapes would otherwise each open a one-span trace.
const DEFAULT_TRACE_IGNORE_PATH = '*:/actuator/**';

let agentModule: SkyWalkingModule | undefined;

/**
 * Decides whether and how to start the agent. Tracing is on only when
 * SW_AGENT_COLLECTOR_BACKEND_SERVICES is set (and SW_DISABLE is not `true`); the service name defaults
 * to `svc-<service>` as in the original deployment, the instance to `<hostname>-<pid>`.
 */
export function tracingOptionsFromEnv(
  service: string,
  env: NodeJS.ProcessEnv = process.env,
  host: string = hostname(),
  pid: number = process.pid,
): TracingOptions | undefined {
  const collectorAddress = env['SW_AGENT_COLLECTOR_BACKEND_SERVICES']?.trim();
  if (!collectorAddress || env['SW_DISABLE']?.toLowerCase() === 'true') return undefined;
  return {
    serviceName: env['SW_AGENT_NAME']?.trim() || `svc-${service}`,
    serviceInstance: env['SW_AGENT_INSTANCE']?.trim() || `${host}-${pid}`,
    collectorAddress,
    traceIgnorePath: env['SW_TRACE_IGNORE_PATH'] ?? DEFAULT_TRACE_IGNORE_PATH,
    disablePlugins: env['SW_AGENT_DISABLE_PLUGINS'] ?? DEFAULT_DISABLED_PLUGINS,
  };
}

/**
 * Starts the SkyWalking agent when the environment asks for it. Call it as the first statement of
 * main.ts: the agent patches `http` and the database/cache/MQ clients, and servers or connections
 * created before it starts are not traced. Returns whether tracing is on; calling it again is harmless.
 */
export function startTracing(service: string): boolean {
  if (agentModule) return true;
  const options = tracingOptionsFromEnv(service);
  if (!options) return false;
  // Loaded only here, so processes without tracing never load the agent or its gRPC stack.
  const loaded = require('skywalking-backend-js') as SkyWalkingModule;
  loaded.default.start(options);
  agentModule = loaded;
  return true;
}

/** Whether {@link startTracing} started the agent in this process. */
export function tracingEnabled(): boolean {
  return agentModule !== undefined;
}

/**
 * The SkyWalking trace id of the request being handled, or `undefined` when tracing is off or no
 * span is active. Cheap enough to call for every log line (one AsyncLocalStorage lookup).
 */
export function currentTraceId(): string | undefined {
  const contextManager = agentModule?.ContextManager;
  if (!contextManager?.hasContext) return undefined;
  const traceId = contextManager.currentSpan?.context.traceId();
  // Ignored operations run in a dummy context whose trace id is the literal 'N/A'.
  return traceId && traceId !== 'N/A' ? traceId : undefined;
}

/**
 * Sends the segments still buffered; call during graceful shutdown. Bounded by `timeoutMs` because
 * an unreachable collector must not hold the process open.
 */
export async function flushTracing(timeoutMs = 2000): Promise<void> {
  const pending = agentModule?.default.flush();
  if (!pending) return;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
    timer.unref();
  });
  try {
    await Promise.race([pending.then(() => undefined), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
