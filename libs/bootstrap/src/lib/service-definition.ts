import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ZodTypeAny } from 'zod';

/** What a service tells the bootstrap about itself; everything else comes from configuration. */
export interface ServiceDefinition {
  /** Service id, e.g. `mall-admin`: config file name, metrics label, registry name. */
  service: string;
  /** One line for the OpenAPI document. */
  description: string;
  appModule: Type<unknown>;
  /** Infrastructure the service needs; each is connected, health-checked and measured. */
  uses?: { mysql?: boolean; redis?: boolean; rabbitmq?: boolean };
  /** Validates the service-specific `app:` section of its configuration. */
  appSchema?: ZodTypeAny;
  /** Last chance to touch the Fastify app before it listens (e.g. the gateway's proxy). */
  beforeListen?: (app: NestFastifyApplication) => void | Promise<void>;
}
