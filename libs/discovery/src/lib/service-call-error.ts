export type ServiceCallErrorCode = 'TIMEOUT' | 'CONNECT' | 'HTTP';

export interface ServiceCallErrorDetails {
  service: string;
  /** `host:port` of the instance called, when one was picked. */
  instance?: string;
  code: ServiceCallErrorCode;
  /** HTTP status, for `HTTP` errors. */
  status?: number;
  /** Decoded response body, for `HTTP` errors. */
  body?: unknown;
  cause?: unknown;
}

/**
 * A failed call to another service: it timed out (`TIMEOUT`), no instance could be reached
 * (`CONNECT`), or it answered with an error status or an unreadable body (`HTTP`).
 */
export class ServiceCallError extends Error {
  readonly service: string;
  readonly instance?: string;
  readonly code: ServiceCallErrorCode;
  readonly status?: number;
  readonly body?: unknown;

  constructor(message: string, details: ServiceCallErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ServiceCallError';
    this.service = details.service;
    this.instance = details.instance;
    this.code = details.code;
    this.status = details.status;
    this.body = details.body;
  }
}
