import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { ConfigSource, MALL_SERVICES } from '@mall/config';
import { SERVICE_REGISTRY, ServiceInstance, ServiceRegistry } from '@mall/discovery';
import http from 'node:http';
import { InstanceStatus } from './instance-status';
import { sumMetric } from './prometheus-text';

const PROBE_TIMEOUT_MS = 1500;

/** Polls every registered instance's actuator endpoints (the Spring Boot Admin role of the original). */
@Injectable()
export class InstancesService implements OnModuleDestroy {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

  constructor(
    @Inject(SERVICE_REGISTRY) private readonly registry: ServiceRegistry,
    private readonly config: ConfigSource<unknown>,
  ) {}

  /** Services to watch: every mall service the configuration knows, except this one. */
  private services(): string[] {
    const configured = Object.keys(this.config.current.discovery.services);
    return [...new Set([...MALL_SERVICES, ...configured])]
      .filter((s) => s !== this.config.service)
      .sort();
  }

  async list(): Promise<InstanceStatus[]> {
    const perService = await Promise.all(
      this.services().map(async (service) => {
        const instances = await this.registry.resolve(service).catch(() => [] as ServiceInstance[]);
        return Promise.all(instances.map((instance) => this.probe(service, instance)));
      }),
    );
    return perService.flat();
  }

  private async probe(service: string, instance: ServiceInstance): Promise<InstanceStatus> {
    const base: InstanceStatus = {
      service,
      host: instance.host,
      port: instance.port,
      status: 'UNREACHABLE',
    };
    try {
      const [health, metrics] = await Promise.all([
        this.get(instance, '/actuator/health'),
        this.get(instance, '/actuator/prometheus'),
      ]);
      const body = JSON.parse(health.body) as {
        status?: string;
        components?: Record<string, { status: string }>;
      };
      const components = Object.fromEntries(
        Object.entries(body.components ?? {}).map(([name, c]) => [name, c.status]),
      );
      const startTime = sumMetric(metrics.body, 'process_start_time_seconds');
      return {
        ...base,
        status: body.status === 'UP' ? 'UP' : 'DOWN',
        components,
        rssBytes: sumMetric(metrics.body, 'process_resident_memory_bytes'),
        heapUsedBytes: sumMetric(metrics.body, 'nodejs_heap_size_used_bytes'),
        eventLoopLagP99Seconds: sumMetric(metrics.body, 'nodejs_eventloop_lag_p99_seconds'),
        httpRequestsTotal: sumMetric(metrics.body, 'http_server_requests_seconds_count'),
        uptimeSeconds:
          startTime === undefined ? undefined : Math.round(Date.now() / 1000 - startTime),
      };
    } catch (error) {
      return { ...base, error: error instanceof Error ? error.message : String(error) };
    }
  }

  private get(instance: ServiceInstance, path: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: instance.host,
          port: instance.port,
          path,
          agent: this.agent,
          timeout: PROBE_TIMEOUT_MS,
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`timeout after ${PROBE_TIMEOUT_MS} ms`)));
      req.on('error', reject);
      req.end();
    });
  }

  onModuleDestroy(): void {
    this.agent.destroy();
  }
}
