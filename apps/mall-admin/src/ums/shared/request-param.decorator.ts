import { createParamDecorator, ExecutionContext } from '@nestjs/common';

interface RequestWithParams {
  query?: Record<string, unknown>;
  body?: unknown;
}

/** A request parameter from the query string, else from an `application/x-www-form-urlencoded` body. */
export function requestParam(request: RequestWithParams, name: string): unknown {
  const fromQuery = request.query?.[name];
  if (fromQuery !== undefined) return fromQuery;
  const body = request.body;
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    return (body as Record<string, unknown>)[name];
  }
  return undefined;
}

/**
 * Binds one parameter the way the original's `@RequestParam` did: query string first, then the form
 * body of a POST. Combine with a pipe that validates and converts it, e.g.
 * `@RequestParam('roleId', RequiredIntPipe) roleId: number`.
 */
export const RequestParam = createParamDecorator((name: string, context: ExecutionContext) =>
  requestParam(context.switchToHttp().getRequest<RequestWithParams>(), name),
);
