import type { FastifyInstance } from 'fastify';

/** Pre-flight answers may be cached by browsers this long (Spring's CorsConfiguration default). */
const PREFLIGHT_MAX_AGE_SECONDS = '1800';

/**
 * CORS as the original gateway configured it: any origin, method and header, with credentials.
 * Because `*` is not valid together with credentials, the request's Origin is echoed (what Spring
 * does for `allowedOrigin("*")` + `allowCredentials(true)`). Pre-flights are answered here, before
 * routing and authentication, and never reach a service.
 */
export function registerCors(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const origin = request.headers.origin;
    if (origin === undefined) {
      done();
      return;
    }
    reply.header('access-control-allow-origin', origin);
    reply.header('access-control-allow-credentials', 'true');
    const requestedMethod = request.headers['access-control-request-method'];
    if (request.method !== 'OPTIONS' || requestedMethod === undefined) {
      reply.header('vary', 'Origin');
      done();
      return;
    }
    reply.header('vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers');
    reply.header('access-control-allow-methods', requestedMethod);
    const requestedHeaders = request.headers['access-control-request-headers'];
    if (requestedHeaders) reply.header('access-control-allow-headers', requestedHeaders);
    reply.header('access-control-max-age', PREFLIGHT_MAX_AGE_SECONDS);
    // Answering from the hook ends the request here: no route handler, no proxying.
    reply.code(200).send();
  });
}
