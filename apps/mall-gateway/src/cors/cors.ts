import type { FastifyInstance } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';

/** Pre-flight answers may be cached by browsers this long (Spring's CorsConfiguration default). */
const PREFLIGHT_MAX_AGE_SECONDS = '1800';

/** The CORS headers of one answer, and whether the request is a pre-flight to answer at once. */
export interface CorsAnswer {
  preflight: boolean;
  headers: Record<string, string>;
}

/**
 * CORS as the original gateway configured it: any origin, method and header, with credentials.
 * Because `*` is not valid together with credentials, the request's Origin is echoed (what Spring
 * does for `allowedOrigin("*")` + `allowCredentials(true)`). A pre-flight (`OPTIONS` with Origin and
 * `Access-Control-Request-Method`) is answered by the gateway, before routing and authentication,
 * and never reaches a service. Null for requests without Origin (no CORS headers at all).
 */
export function corsAnswer(method: string, headers: IncomingHttpHeaders): CorsAnswer | null {
  const origin = headers.origin;
  if (origin === undefined) return null;
  const requestedMethod = headers['access-control-request-method'];
  if (method !== 'OPTIONS' || requestedMethod === undefined) {
    return {
      preflight: false,
      headers: {
        'access-control-allow-origin': origin,
        'access-control-allow-credentials': 'true',
        vary: 'Origin',
      },
    };
  }
  const answer: Record<string, string> = {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
    'access-control-allow-methods': requestedMethod,
  };
  const requestedHeaders = headers['access-control-request-headers'];
  if (requestedHeaders) answer['access-control-allow-headers'] = requestedHeaders;
  answer['access-control-max-age'] = PREFLIGHT_MAX_AGE_SECONDS;
  return { preflight: true, headers: answer };
}

/**
 * CORS for the routes Fastify serves (the gateway's own: actuator, Swagger UI, documents); the
 * proxy applies the same {@link corsAnswer} to the requests it takes before Fastify.
 */
export function registerCors(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const cors = corsAnswer(request.method, request.headers);
    if (cors === null) {
      done();
      return;
    }
    reply.headers(cors.headers);
    if (!cors.preflight) {
      done();
      return;
    }
    // Answering from the hook ends the request here: no route handler.
    reply.code(200).send();
  });
}
