/** The broker cannot be reached, or stayed unreachable longer than a caller was willing to wait. */
export class RabbitUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RabbitUnavailableError';
  }
}

export type PublishFailureReason = 'nack' | 'timeout' | 'unroutable' | 'channel-closed';

/** The broker did not take responsibility for a message; it may or may not have been delivered. */
export class PublishFailedError extends Error {
  constructor(
    readonly reason: PublishFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'PublishFailedError';
  }
}

/**
 * A queue or exchange already exists with other arguments (AMQP 406 PRECONDITION_FAILED). Queue
 * arguments are immutable: the queue must be deleted, or the difference expressed as a policy.
 */
export class TopologyMismatchError extends Error {
  constructor(
    readonly kind: 'queue' | 'exchange',
    readonly entity: string,
    readonly argument: string,
    message: string,
  ) {
    super(message);
    this.name = 'TopologyMismatchError';
  }
}
