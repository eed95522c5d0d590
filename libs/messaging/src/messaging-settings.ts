/** Broker settings; `@mall/config` produces this shape from `rabbitmq:` in the service YAML. */
export interface RabbitSettings {
  /** amqp://user:password@host:port[/vhost][?heartbeat=N] */
  url: string;
  /** Default number of unacknowledged deliveries per consumer. */
  prefetch: number;
  /** Overrides the vhost in `url` (the original used both `mall` and `/mall`). */
  vhost?: string;
}

/** What the lib logs through; pino loggers and the adapter around Nest's Logger both fit. */
export interface MessagingLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
