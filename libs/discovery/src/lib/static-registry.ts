import { parseHostPort, type ServiceInstance, type ServiceRegistry } from './registry';

/**
 * Instances listed in configuration (`discovery.services`). Nothing registers: whoever runs the
 * services keeps the list right.
 */
export class StaticRegistry implements ServiceRegistry {
  readonly mode = 'static' as const;
  private readonly instances: ReadonlyMap<string, readonly ServiceInstance[]>;

  constructor(services: Readonly<Record<string, readonly string[]>>) {
    this.instances = new Map(
      Object.entries(services).map(([name, entries]) => [
        name,
        Object.freeze(entries.map((entry) => Object.freeze(parseHostPort(entry)))),
      ]),
    );
  }

  async resolve(service: string): Promise<ServiceInstance[]> {
    return [...(this.instances.get(service) ?? [])];
  }

  async register(): Promise<void> {
    // Static lists are maintained by hand.
  }

  async deregister(): Promise<void> {
    // Nothing was registered.
  }

  async close(): Promise<void> {
    // Holds no resources.
  }
}
