/** The HTTP port each service listens on, as in the original deployment (Nacos configuration). */
export const MALL_SERVICE_PORTS = {
  'mall-gateway': 8201,
  'mall-auth': 8401,
  'mall-admin': 8087,
  'mall-portal': 8085,
  'mall-member': 8083,
  'mall-cart': 8086,
  'mall-order': 8084,
  'mall-search': 8081,
  'mall-monitor': 8101,
} as const;

export type MallServiceName = keyof typeof MALL_SERVICE_PORTS;

export const MALL_SERVICES = Object.keys(MALL_SERVICE_PORTS) as MallServiceName[];

/** `host:port` lists used by static discovery when the config names none: everything on loopback. */
export function defaultStaticServices(): Record<string, string[]> {
  const services: Record<string, string[]> = {};
  for (const name of MALL_SERVICES) services[name] = [`127.0.0.1:${MALL_SERVICE_PORTS[name]}`];
  return services;
}
