import { instanceAddress, type ServiceInstance, type ServiceRegistry } from '@mall/discovery';

/** Round-robin over the instances the registry currently knows (weight 0 = drained). */
export class UpstreamBalancer {
  private readonly counters = new Map<string, number>();

  constructor(private readonly registry: Pick<ServiceRegistry, 'resolve'>) {}

  /** Usable instances of `service`, in registry order; empty when none is known. */
  async instances(service: string): Promise<ServiceInstance[]> {
    const all = await this.registry.resolve(service);
    return all.some((instance) => instance.weight === 0)
      ? all.filter((instance) => instance.weight !== 0)
      : all;
  }

  /** Index of the instance the next request of `service` starts with. */
  nextStart(service: string, count: number): number {
    const counter = this.counters.get(service) ?? 0;
    this.counters.set(service, (counter + 1) % Number.MAX_SAFE_INTEGER);
    return counter % count;
  }
}

/** `http://host:port` of an instance, the base URL the proxy sends to. */
export function instanceOrigin(instance: ServiceInstance): string {
  return `http://${instanceAddress(instance)}`;
}
