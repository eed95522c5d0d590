export type { MessagingLogger, RabbitSettings } from './messaging-settings';
export {
  PublishFailedError,
  RabbitUnavailableError,
  TopologyMismatchError,
  type PublishFailureReason,
} from './errors';
export {
  type BindingSpec,
  type ExchangeSpec,
  type QueueSpec,
  type Topology,
  describeDeclareError,
} from './topology';
export {
  RETRY_COUNT_HEADER,
  RabbitConnection,
  type ConnectionState,
  type ConsumeOptions,
  type ConsumerHandle,
  type MessageHandler,
  type MessageMeta,
  type PublishOptions,
  type RabbitConnectionOptions,
  type RabbitMetricsSnapshot,
} from './rabbit-connection';
export {
  DelayedPublisher,
  ORDER_CANCEL_DEAD_QUEUE,
  ORDER_CANCEL_DEAD_ROUTING_KEY,
  ORDER_CANCEL_DELAY_QUEUE_PREFIX,
  ORDER_CANCEL_NAMES,
  ORDER_CANCEL_QUEUE,
  ORDER_CANCEL_ROUTING_KEY,
  ORDER_DEAD_LETTER_EXCHANGE,
  ORDER_EXCHANGE,
  delayQueueName,
  delayedDeliveryTopology,
  orderCancelTopology,
  type DelayedDeliveryNames,
} from './delayed-delivery';
export {
  rabbitHealthIndicator,
  rabbitMetrics,
  type RabbitHealthIndicator,
} from './messaging-health';
export {
  MessagingModule,
  RABBIT_SETTINGS,
  type MessagingModuleAsyncOptions,
  type MessagingModuleOptions,
} from './messaging.module';
export * from './catalog-events';
