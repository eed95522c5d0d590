export { createRegistry } from './lib/create-registry';
export {
  DiscoveryModule,
  SERVICE_REGISTRY,
  type DiscoveryModuleOptions,
} from './lib/discovery.module';
export { KubernetesDnsRegistry, type KubernetesDnsRegistryOptions } from './lib/k8s-dns-registry';
export {
  NacosRegistry,
  type NacosRegistryHealth,
  type NacosRegistryOptions,
} from './lib/nacos-registry';
export {
  instanceAddress,
  parseHostPort,
  type SelfRegistration,
  type ServiceInstance,
  type ServiceRegistry,
} from './lib/registry';
export {
  ServiceCallError,
  type ServiceCallErrorCode,
  type ServiceCallErrorDetails,
} from './lib/service-call-error';
export {
  ServiceClient,
  type QueryValue,
  type ServiceClientOptions,
  type ServiceRequest,
  type ServiceResponse,
} from './lib/service-client';
export { StaticRegistry } from './lib/static-registry';
