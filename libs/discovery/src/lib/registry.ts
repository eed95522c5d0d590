import type { DiscoveryMode } from '@mall/config';

/** One reachable copy of a service. */
export interface ServiceInstance {
  host: string;
  port: number;
  weight?: number;
  metadata?: Record<string, string>;
}

/** What a service announces about itself when it registers. */
export interface SelfRegistration {
  service: string;
  /** Address other services should call; a wildcard (0.0.0.0, ::) is replaced by this host's IP. */
  host: string;
  port: number;
  metadata?: Record<string, string>;
}

/** Where instances of the other services are found, and where this one announces itself. */
export interface ServiceRegistry {
  readonly mode: DiscoveryMode;
  /** Current instances of `service`; empty when none is known. */
  resolve(service: string): Promise<ServiceInstance[]>;
  register(self: SelfRegistration): Promise<void>;
  deregister(): Promise<void>;
  /** Releases sockets and timers; bounded in time. */
  close(): Promise<void>;
}

/** Parses `host:port` or `[v6]:port`. */
export function parseHostPort(entry: string): ServiceInstance {
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d+)$/.exec(entry.trim());
  const port = match ? Number(match[3]) : NaN;
  if (!match || !(port > 0 && port < 65536)) {
    throw new Error(`expected host:port, got ${JSON.stringify(entry)}`);
  }
  return { host: match[1] ?? match[2], port };
}

/** Address form for URLs and log lines. */
export function instanceAddress(instance: ServiceInstance): string {
  return instance.host.includes(':')
    ? `[${instance.host}]:${instance.port}`
    : `${instance.host}:${instance.port}`;
}
