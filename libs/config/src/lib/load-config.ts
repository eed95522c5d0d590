import * as fs from 'node:fs';
import * as path from 'node:path';
import type { z } from 'zod';
import { ConfigSource, type RemoteConfigBinding } from './config-source';
import {
  type ConfigLayer,
  envLayer,
  mergeLayers,
  parseYamlDocument,
  readYamlFile,
  uniformLayer,
} from './layers';
import { createDefaultLogger, type LoggerLike } from './logger';
import { NacosConfigWatcher } from './nacos-config-watcher';
import { type AppSection, type MallConfig, nacosSchema } from './schema';
import { defaultStaticServices } from './services';
import { validateConfig } from './validate';

export interface LoadConfigOptions<T extends z.ZodType = never> {
  /** Folder of the YAML files; default `MALL_CONFIG_DIR`, `<cwd>/config`, or next to the bundle. */
  configDir?: string;
  /** Environment to read; default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Profile; default `MALL_PROFILE`, else `dev`. */
  profile?: string;
  /** Schema of the service's `app` section; default: any mapping. */
  appSchema?: T;
  /** Bound on each Nacos request, including the reachability check at start (default `nacos.timeoutMs`). */
  nacosTimeoutMs?: number;
  /** First delay before probing an unreachable Nacos again (default 5000 ms, doubling to 60 s). */
  nacosRetryDelayMs?: number;
  logger?: LoggerLike;
}

const DEFAULT_PROFILE = 'dev';
const DEFAULT_NACOS_RETRY_MS = 5000;

/** The folder holding `<service>.yaml`, by the precedence documented in docs/configuration.md. */
export function resolveConfigDir(configDir: string | undefined, env: NodeJS.ProcessEnv): string {
  if (configDir) return path.resolve(configDir);
  if (env['MALL_CONFIG_DIR']) return path.resolve(env['MALL_CONFIG_DIR']);
  const inCwd = path.resolve('config');
  if (fs.existsSync(inCwd)) return inCwd;
  const script = process.argv[1];
  if (script) {
    const nextToBundle = path.join(path.dirname(path.resolve(script)), 'config');
    if (fs.existsSync(nextToBundle)) return nextToBundle;
  }
  return inCwd;
}

function defaultsLayer(): ConfigLayer {
  return uniformLayer(
    {
      server: {},
      nacos: {},
      discovery: { services: defaultStaticServices(), k8s: {} },
      observability: {},
      app: {},
    },
    'defaults',
  );
}

/**
 * Loads a service's configuration, lowest to highest precedence: built-in defaults,
 * `<configDir>/<service>.yaml`, `<configDir>/<service>-<profile>.yaml`, environment variables, and
 * (when `nacos.serverAddr` is set, normally by `NACOS_SERVER_ADDR`) the Nacos data id
 * `<service>-<profile>.yaml` in `nacos.group`. Throws `ConfigError` on a bad or missing setting.
 */
export async function loadConfig<T extends z.ZodType = never>(
  service: string,
  options: LoadConfigOptions<T> = {},
): Promise<ConfigSource<AppSection<T>>> {
  type A = AppSection<T>;
  const env = options.env ?? process.env;
  const profile = options.profile ?? (env['MALL_PROFILE'] || DEFAULT_PROFILE);
  const configDir = resolveConfigDir(options.configDir, env);
  const logger = options.logger ?? createDefaultLogger(service, env['LOG_LEVEL']);

  const files = [
    path.join(configDir, `${service}.yaml`),
    path.join(configDir, `${service}-${profile}.yaml`),
  ];
  const fileLayers = files
    .map((file) => readYamlFile(file))
    .filter((layer): layer is ConfigLayer => layer !== undefined);
  if (fileLayers.length === 0) logger.debug(`no config file for ${service} in ${configDir}`);
  const baseLayers = [defaultsLayer(), ...fileLayers, envLayer(env)];
  const hints = { files: [files[0]] };
  const build = (remote?: ConfigLayer): MallConfig<A> =>
    validateConfig<A>(
      mergeLayers(remote ? [...baseLayers, remote] : baseLayers),
      options.appSchema,
      hints,
    );

  const baseMerged = mergeLayers(baseLayers);
  const nacosParsed = nacosSchema.safeParse(baseMerged.data['nacos'] ?? {});
  if (!nacosParsed.success || !nacosParsed.data.serverAddr) {
    // Without Nacos (or with a broken nacos section, which full validation reports) use files + env.
    return new ConfigSource<A>(service, profile, build(), logger);
  }
  const nacos = nacosParsed.data;
  const serverAddr = nacos.serverAddr as string;
  const dataId = `${service}-${profile}.yaml`;
  const remoteName = `nacos ${dataId}`;
  const remoteLayer = (content: string | null): ConfigLayer =>
    uniformLayer(content ? parseYamlDocument(content, remoteName) : {}, remoteName);

  const watcher = new NacosConfigWatcher({
    serverAddr,
    namespace: nacos.namespace,
    group: nacos.group,
    dataId,
    username: nacos.username,
    password: nacos.password,
    timeoutMs: options.nacosTimeoutMs ?? nacos.timeoutMs,
    retryDelayMs: options.nacosRetryDelayMs ?? DEFAULT_NACOS_RETRY_MS,
    logger,
  });

  const probe = await watcher.probe();
  let initial: MallConfig<A>;
  try {
    if (probe.reachable) {
      initial = build(remoteLayer(probe.content));
    } else {
      logger.warn(
        `Nacos at ${serverAddr} is unreachable (${probe.reason}); starting from file and env config, will retry`,
      );
      initial = build();
    }
  } catch (err) {
    await watcher.close();
    throw err;
  }

  const remote: RemoteConfigBinding<A> = {
    name: remoteName,
    initialContent: probe.reachable ? probe.content : null,
    rebuild: (content) => build(remoteLayer(content)),
    start: (deliver) => watcher.watch(deliver, probe.reachable),
    stop: () => watcher.close(),
  };
  return new ConfigSource<A>(service, profile, initial, logger, remote);
}

/**
 * Validates an in-memory settings object as a full service config (defaults applied), e.g. for
 * tests or tools that do not read files. Throws `ConfigError` like `loadConfig`.
 */
export function parseMallConfig<T extends z.ZodType = never>(
  settings: Record<string, unknown>,
  options: { appSchema?: T; source?: string } = {},
): MallConfig<AppSection<T>> {
  const source = options.source ?? 'settings';
  return validateConfig<AppSection<T>>(
    mergeLayers([defaultsLayer(), uniformLayer(structuredClone(settings), source)]),
    options.appSchema,
    { files: [source] },
  );
}
