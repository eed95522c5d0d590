import type { FastifyRequestListener } from '@mall/bootstrap';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** Answers the requests it takes (returns true) and leaves the others to Fastify (false). */
export interface RequestTaker {
  take(req: IncomingMessage, res: ServerResponse): boolean;
}

/**
 * Decides per request between the proxy and Fastify. One per Fastify instance, shared by every
 * server Fastify creates through the factory (it makes one per address when a host name resolves
 * to several).
 */
class RequestSwitch {
  taker: RequestTaker | null = null;

  constructor(private readonly fastifyHandler: FastifyRequestListener) {}

  readonly handle = (req: IncomingMessage, res: ServerResponse): void => {
    if (this.taker === null || !this.taker.take(req, res)) this.fastifyHandler(req, res);
  };
}

const switches = new WeakMap<FastifyRequestListener, RequestSwitch>();
const switchOfServer = new WeakMap<Server, RequestSwitch>();

/**
 * The gateway's node HTTP server (`ServiceDefinition.serverFactory`): proxied requests are answered
 * below Fastify, by the handler given to {@link takeRequestsBeforeFastify}; the gateway's own routes
 * (actuator, Swagger UI, documents) and everything else go to Fastify as usual. A proxied request
 * thereby skips Fastify's routing, hooks and reply machinery, and Nest's adapter hooks, which cost
 * as much CPU as the proxying itself.
 */
export function createGatewayServer(fastifyHandler: FastifyRequestListener): Server {
  let requestSwitch = switches.get(fastifyHandler);
  if (requestSwitch === undefined) {
    requestSwitch = new RequestSwitch(fastifyHandler);
    switches.set(fastifyHandler, requestSwitch);
  }
  const server = createServer(requestSwitch.handle);
  switchOfServer.set(server, requestSwitch);
  return server;
}

/** Sends the requests `taker` accepts, on a server made by {@link createGatewayServer}, to it. */
export function takeRequestsBeforeFastify(server: Server, taker: RequestTaker): void {
  const requestSwitch = switchOfServer.get(server);
  if (requestSwitch === undefined) {
    throw new Error('the gateway must listen on a server made by createGatewayServer');
  }
  requestSwitch.taker = taker;
}
