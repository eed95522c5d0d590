import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';

/** Failed client authentication: answered outside the envelope, as Spring's OAuth2 filter did. */
export class InvalidClientException extends Error {
  readonly error = 'invalid_client';
  constructor(readonly description = 'Bad client credentials') {
    super(description);
    this.name = 'InvalidClientException';
  }
}

interface OAuthReply {
  status(code: number): OAuthReply;
  header(name: string, value: string): OAuthReply;
  send(body: unknown): unknown;
}

/** HTTP 401 `{"error":"invalid_client","error_description":"Bad client credentials"}`. */
@Catch(InvalidClientException)
export class InvalidClientFilter implements ExceptionFilter<InvalidClientException> {
  catch(exception: InvalidClientException, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<OAuthReply>()
      .status(HttpStatus.UNAUTHORIZED)
      .header('WWW-Authenticate', `Basic realm="oauth2/client", error="${exception.error}"`)
      .header('Cache-Control', 'no-store')
      .header('content-type', 'application/json; charset=utf-8')
      .send({ error: exception.error, error_description: exception.description });
  }
}

/**
 * Messages of the grant failures. They answer HTTP 200 `{code:500,message}` like the original's
 * OAuth2 exception handler; credentials failures never say whether the user exists.
 */
export const OAuthMessages = {
  BAD_CREDENTIALS: '用户名或密码错误',
  ACCOUNT_DISABLED: '该账户已被禁用，请联系管理员!',
  MISSING_GRANT_TYPE: 'Missing grant type',
  MISSING_REFRESH_TOKEN: 'Missing refresh token',
  INVALID_REFRESH_TOKEN: 'Invalid refresh token',
  EXPIRED_REFRESH_TOKEN: 'Invalid refresh token (expired)',
  WRONG_CLIENT: 'Wrong client for this refresh token',
  unsupportedGrantType: (grantType: string) => `Unsupported grant type: ${grantType}`,
  unauthorizedGrantType: (grantType: string) => `Unauthorized grant type: ${grantType}`,
  invalidScope: (scope: string) => `Invalid scope: ${scope}`,
} as const;
