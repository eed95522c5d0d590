import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { connect } from 'amqplib';
import Redis from 'ioredis';
import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import {
  createScratchDatabase,
  startBuiltService,
  WORKSPACE_ROOT,
  type RunningService,
  type ScratchDatabase,
} from '@mall/testing';
import { GatewayClient } from './gateway-client';

/** One built service of a cluster: `dist/apps/<name>/main.js` listening on `port`. */
export interface ClusterService {
  name: string;
  port: number;
  /** Settings of this service alone (a signing key, …). */
  env?: Record<string, string>;
}

export interface MallClusterOptions {
  /**
   * Starts mall-gateway on this port in front of the services, for `gateway` to call, once they are
   * up: a gateway started beside mall-auth may miss its JWK set and answer 503 to tokens until its
   * next attempt (≥ 0.25 s later), which a suite's first call should not depend on.
   */
  gatewayPort?: number;
  /**
   * Gives the services Redis keys and RabbitMQ names of their own (`mall:t:<tag>:…`,
   * `mall.t.<tag>.…`) and removes them at stop, so a suite neither reads nor clobbers those of a
   * local `./mall up`. Without it the services use their configured names.
   */
  tag?: string;
  /** `info` when the assertions read the services' access logs. */
  logLevel?: 'info' | 'warn';
}

/** Only services with a mysql section take the database (a partial section is a config error). */
const WITHOUT_DATABASE = new Set(['mall-gateway', 'mall-monitor']);

/** Prefix of the RabbitMQ names of the cancel line a tagged mall-order declares. */
const cancelLineOf = (tag: string) => `mall.t.${tag}.order`;

/** The cancel line mall-order declares: option of `app.order.cancelLine` → name suffix. */
const CANCEL_LINE = {
  exchange: 'direct',
  delayQueuePrefix: 'cancel.delay.',
  targetQueue: 'cancel',
  targetRoutingKey: 'cancel',
  deadLetterExchange: 'dlx',
  deadLetterQueue: 'cancel.dead',
  deadLetterRoutingKey: 'cancel.dead',
};

/** Runs a task of `tools/db/cli.mjs` (`migrate`, `seed`) against the scratch database. */
export function runDbCli(command: 'migrate' | 'seed', db: ScratchDatabase): void {
  execFileSync(process.execPath, [join(WORKSPACE_ROOT, 'tools/db/cli.mjs'), command], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, MYSQL_DATABASE: db.database },
    stdio: 'pipe',
  });
}

/**
 * Built services on a migrated and seeded scratch database, finding each other on their test ports
 * (static discovery), started by `start()` in `beforeAll` and removed with everything they
 * created by `stop()` in `afterAll`.
 */
export class MallCluster {
  private readonly gatewayService?: ClusterService;
  /** Every service the cluster runs, the gateway included: each finds the others among them. */
  private readonly services: readonly ClusterService[];
  private database?: ScratchDatabase;
  private connection?: Connection;
  private readonly running: RunningService[] = [];

  /** `databaseLabel` names the scratch database (`mall_t_<label>_<pid>_<n>`). */
  constructor(
    private readonly databaseLabel: string,
    private readonly backends: readonly ClusterService[],
    private readonly options: MallClusterOptions = {},
  ) {
    const { gatewayPort } = options;
    this.gatewayService = gatewayPort ? { name: 'mall-gateway', port: gatewayPort } : undefined;
    this.services = this.gatewayService ? [...backends, this.gatewayService] : backends;
  }

  get gateway(): GatewayClient {
    const { gatewayPort } = this.options;
    if (!gatewayPort) throw new Error('the cluster has no gateway');
    return new GatewayClient(`http://127.0.0.1:${gatewayPort}`);
  }

  /** The suite's own connection to the scratch database, to arrange and check rows. */
  get sql(): Connection {
    if (!this.connection) throw new Error('the cluster has not started');
    return this.connection;
  }

  async rows<T>(query: string, params: unknown[] = []): Promise<T[]> {
    return (await this.sql.query<RowDataPacket[]>(query, params))[0] as T[];
  }

  service(name: string): RunningService {
    const service = this.running.find((s) => s.name === name);
    if (!service) throw new Error(`${name} is not running`);
    return service;
  }

  async start(): Promise<void> {
    const db = await createScratchDatabase(this.databaseLabel);
    this.database = db;
    runDbCli('migrate', db);
    runDbCli('seed', db);
    this.connection = await createConnection({
      host: db.host,
      port: db.port,
      user: db.user,
      password: db.password,
      database: db.database,
    });
    await this.startAll(this.backends, db);
    if (this.gatewayService) await this.startAll([this.gatewayService], db);
  }

  private async startAll(services: readonly ClusterService[], db: ScratchDatabase): Promise<void> {
    // The services that did start are stopped by stop(), also when another one failed.
    const started = await Promise.allSettled(
      services.map((s) => startBuiltService(s.name, s.port, this.envOf(s, db), 60_000)),
    );
    for (const r of started) if (r.status === 'fulfilled') this.running.push(r.value);
    const failures = started.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failures.length > 0) throw new Error(failures.map((f) => String(f.reason)).join('\n'));
  }

  async stop(): Promise<void> {
    await Promise.all(this.running.map((s) => s.stop()));
    const { tag } = this.options;
    if (tag && this.services.some((s) => s.name === 'mall-order')) {
      await this.deleteCancelLine(tag);
    }
    await this.connection?.end();
    await this.database?.drop();
    if (tag) await deleteRedisKeys(`mall:t:${tag}:*`);
  }

  private envOf(service: ClusterService, db: ScratchDatabase): Record<string, string> {
    const discovery = Object.fromEntries(
      this.services.map((s) => [`MALL__discovery__services__${s.name}`, `["127.0.0.1:${s.port}"]`]),
    );
    return {
      LOG_LEVEL: this.options.logLevel ?? 'warn',
      ...discovery,
      ...(WITHOUT_DATABASE.has(service.name) ? {} : { MYSQL_DATABASE: db.database }),
      ...(this.options.tag ? isolationOf(service.name, this.options.tag) : {}),
      ...service.env,
    };
  }

  /** mall-order declared the cancel line, with one delay queue per timeout setting. */
  private async deleteCancelLine(tag: string): Promise<void> {
    const settings = this.connection
      ? await this.rows<{ minutes: number }>(
          'SELECT normal_order_overtime AS minutes FROM oms_order_setting WHERE id = 1',
        )
      : [];
    const broker = await connect(
      process.env['RABBITMQ_URL'] ?? 'amqp://guest:guest@127.0.0.1:5672',
    );
    const channel = await broker.createChannel();
    const line = cancelLineOf(tag);
    const delays = settings.map(
      (s) => `${line}.${CANCEL_LINE.delayQueuePrefix}${s.minutes * 60_000}`,
    );
    for (const queue of [
      `${line}.${CANCEL_LINE.targetQueue}`,
      `${line}.${CANCEL_LINE.deadLetterQueue}`,
      ...delays,
    ]) {
      await channel.deleteQueue(queue);
    }
    for (const exchange of [CANCEL_LINE.exchange, CANCEL_LINE.deadLetterExchange]) {
      await channel.deleteExchange(`${line}.${exchange}`);
    }
    await broker.close();
  }
}

/** The Redis keys and RabbitMQ names under `tag` that `service` reads or writes. */
function isolationOf(service: string, tag: string): Record<string, string> {
  // mall-admin publishes the RBAC map the gateway reads.
  const rbacKey = { MALL__app__redis__keys__resourceRolesMap: `mall:t:${tag}:resourceRolesMap` };
  // mall-order caches order details under this prefix; mall-admin evicts them.
  const orderDetailKey = { MALL__app__redis__keys__orderDetail: `mall:t:${tag}:order` };
  switch (service) {
    case 'mall-admin':
      return { ...rbacKey, ...orderDetailKey };
    case 'mall-gateway':
      return rbacKey;
    case 'mall-order':
      return {
        ...orderDetailKey,
        MALL__app__redis__keys__orderId: `mall:t:${tag}:oms:orderId`,
        // No timeout sweep: the suite's orders change only through its own calls.
        MALL__app__order__sweepEveryMinutes: '0',
        ...Object.fromEntries(
          Object.entries(CANCEL_LINE).map(([key, suffix]) => [
            `MALL__app__order__cancelLine__${key}`,
            `${cancelLineOf(tag)}.${suffix}`,
          ]),
        ),
      };
    default:
      return {};
  }
}

async function deleteRedisKeys(pattern: string): Promise<void> {
  const redis = new Redis({ host: process.env['REDIS_HOST'] ?? '127.0.0.1', lazyConnect: true });
  await redis.connect();
  const keys = await redis.keys(pattern);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
}
