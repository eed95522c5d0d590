// Loaded before anything else so the SkyWalking agent can hook http, mysql2, ioredis and amqplib.
import { startTracing } from '@mall/observability/tracing';

startTracing('mall-search');
