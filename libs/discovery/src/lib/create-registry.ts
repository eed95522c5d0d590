import { type LoggerLike, MALL_SERVICE_PORTS, type MallConfig } from '@mall/config';
import { KubernetesDnsRegistry } from './k8s-dns-registry';
import { NacosRegistry } from './nacos-registry';
import { parseHostPort, type ServiceInstance, type ServiceRegistry } from './registry';
import { StaticRegistry } from './static-registry';

function staticInstances(config: MallConfig<unknown>): Record<string, ServiceInstance[]> {
  return Object.fromEntries(
    Object.entries(config.discovery.services).map(([name, entries]) => [
      name,
      entries.map(parseHostPort),
    ]),
  );
}

/** The registry `discovery.mode` asks for. */
export function createRegistry(config: MallConfig<unknown>, logger: LoggerLike): ServiceRegistry {
  const { discovery, nacos } = config;
  switch (discovery.mode) {
    case 'static':
      return new StaticRegistry(discovery.services);
    case 'k8s':
      return new KubernetesDnsRegistry({
        namespace: discovery.k8s.namespace,
        clusterDomain: discovery.k8s.clusterDomain,
        serviceNamePattern: discovery.k8s.serviceNamePattern,
        ports: { ...MALL_SERVICE_PORTS, ...discovery.k8s.ports },
        logger,
      });
    case 'nacos':
      if (!nacos.serverAddr) throw new Error('nacos discovery needs nacos.serverAddr');
      return new NacosRegistry({
        serverAddr: nacos.serverAddr,
        namespace: nacos.namespace || 'public',
        group: nacos.group,
        username: nacos.username,
        password: nacos.password,
        timeoutMs: nacos.timeoutMs,
        fallback: staticInstances(config),
        logger,
      });
  }
}
