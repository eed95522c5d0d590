import { Controller, Get, Inject, Res } from '@nestjs/common';
import { Metrics } from '../metrics';
import type { HealthReport } from './health-indicator';
import { HealthRegistry } from './health-registry';
import { RawResponse } from './raw-response';

export const ACTUATOR_INFO = Symbol('mall.actuatorInfo');

export interface ActuatorInfo {
  service: string;
  version: string;
  profile: string;
}

/** The subset of the Fastify reply the endpoints use (kept structural: no runtime import of fastify). */
interface ReplyControl {
  status(statusCode: number): unknown;
  header(name: string, value: string): unknown;
}

const startedAt = new Date();

/** Spring-Boot-style actuator endpoints; answered as-is, never wrapped in the response envelope. */
@Controller('actuator')
@RawResponse()
export class ActuatorController {
  constructor(
    private readonly registry: HealthRegistry,
    private readonly metrics: Metrics,
    @Inject(ACTUATOR_INFO) private readonly info: ActuatorInfo,
  ) {}

  /** Every dependency; 503 when any is DOWN. */
  @Get('health')
  async health(@Res({ passthrough: true }) reply: ReplyControl): Promise<HealthReport> {
    return withStatus(reply, await this.registry.check());
  }

  /** The process and its event loop answer: nothing else is checked, so a dependency outage never restarts pods. */
  @Get('health/liveness')
  liveness(): HealthReport {
    return { status: 'UP' };
  }

  /** Dependencies, and DOWN once shutdown began, so traffic drains before the process exits. */
  @Get('health/readiness')
  async readiness(@Res({ passthrough: true }) reply: ReplyControl): Promise<HealthReport> {
    return withStatus(reply, await this.registry.readiness());
  }

  @Get('prometheus')
  async prometheus(@Res({ passthrough: true }) reply: ReplyControl): Promise<string> {
    reply.header('content-type', this.metrics.contentType);
    return this.metrics.render();
  }

  @Get('info')
  describe(): Record<string, unknown> {
    return {
      ...this.info,
      startedAt: startedAt.toISOString(),
      uptimeSeconds: Math.round(process.uptime()),
      node: process.version,
      pid: process.pid,
    };
  }
}

function withStatus(reply: ReplyControl, report: HealthReport): HealthReport {
  reply.status(report.status === 'UP' ? 200 : 503);
  return report;
}
