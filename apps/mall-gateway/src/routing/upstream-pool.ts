import { Agent } from 'node:http';
import type { GatewaySettings } from '../gateway-settings';

// Agents of instances that left the registry are dropped once they are idle, when this many exist.
const PRUNE_ABOVE = 64;

/**
 * One keep-alive connection pool (node `http.Agent`) per service instance: sockets are reused LIFO
 * (the most recently used one is the least likely to have been closed by the service), idle ones
 * are closed after `idleSocketTimeoutMs`, below the services' own keep-alive timeout (65 s).
 */
export class UpstreamPool {
  private readonly agents = new Map<string, Agent>();

  constructor(private readonly settings: GatewaySettings['proxy']) {}

  /** The pool of the instance at `address` (`host:port`). */
  agentFor(address: string): Agent {
    let agent = this.agents.get(address);
    if (agent === undefined) {
      if (this.agents.size >= PRUNE_ABOVE) this.pruneIdle();
      agent = new Agent({
        keepAlive: true,
        keepAliveMsecs: 1000,
        maxSockets: this.settings.maxSocketsPerInstance,
        maxFreeSockets: this.settings.maxSocketsPerInstance,
        timeout: this.settings.idleSocketTimeoutMs,
        scheduling: 'lifo',
      });
      this.agents.set(address, agent);
    }
    return agent;
  }

  /** Pools currently held (one per instance called). */
  get size(): number {
    return this.agents.size;
  }

  /** Closes every pooled connection (the gateway is stopping). */
  close(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }

  private pruneIdle(): void {
    for (const [address, agent] of this.agents) {
      const busy = Object.keys(agent.sockets).length > 0 || Object.keys(agent.requests).length > 0;
      if (!busy) {
        agent.destroy();
        this.agents.delete(address);
      }
    }
  }
}
