export { ConfigError, formatConfigError, type ConfigIssue } from './lib/config-error';
export { ConfigSource, type ConfigChangeListener } from './lib/config-source';
export { MALL_CONFIG, MallConfigModule } from './lib/config.module';
export { ENV_VARIABLES, GENERIC_ENV_PREFIX } from './lib/layers';
export {
  loadConfig,
  parseMallConfig,
  resolveConfigDir,
  type LoadConfigOptions,
} from './lib/load-config';
export { createDefaultLogger, type LoggerLike } from './lib/logger';
export {
  NacosHttpClient,
  isLoopbackNacos,
  parseNacosServers,
  type NacosHttpClientOptions,
  type NacosHttpRequestOptions,
  type NacosHttpResponse,
  type NacosRequestOutcome,
} from './lib/nacos-http-client';
export {
  DISCOVERY_MODES,
  LOG_LEVELS,
  buildConfigSchema,
  type AppSection,
  type DiscoveryConfig,
  type DiscoveryMode,
  type MallConfig,
  type MysqlConfig,
  type NacosConfig,
  type ObservabilityConfig,
  type RabbitmqConfig,
  type RedisConfig,
  type ServerConfig,
} from './lib/schema';
export {
  MALL_SERVICES,
  MALL_SERVICE_PORTS,
  defaultStaticServices,
  type MallServiceName,
} from './lib/services';
