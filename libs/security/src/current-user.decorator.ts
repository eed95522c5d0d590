import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { CurrentUserClaims, parseUserHeader, USER_HEADER } from './current-user';

interface RequestWithHeaders {
  headers?: Record<string, string | string[] | undefined>;
}

/** Claims of the caller as forwarded by the gateway, or null when the request carries none. */
export function userFromRequest(request: RequestWithHeaders): CurrentUserClaims | null {
  return parseUserHeader(request.headers?.[USER_HEADER]);
}

function userFromContext(context: ExecutionContext): CurrentUserClaims | null {
  return userFromRequest(context.switchToHttp().getRequest<RequestWithHeaders>());
}

/**
 * Injects the caller's claims; a request without a valid `user` header is rejected with
 * UnauthorizedException, which the global exception filter turns into envelope code 401.
 */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): CurrentUserClaims => {
    const claims = userFromContext(context);
    if (!claims) throw new UnauthorizedException('Not Authenticated');
    return claims;
  },
);

/** Injects the caller's claims, or null for anonymous requests (whitelisted paths). */
export const OptionalUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): CurrentUserClaims | null => userFromContext(context),
);
