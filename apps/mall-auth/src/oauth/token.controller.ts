import { Controller, HttpCode, Post, Req, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CommonResult, requestParam } from '@mall/common';
import type { OAuthTokenResponse } from '@mall/security';
import { ClientAuthenticator } from './client-authenticator';
import { InvalidClientFilter } from './oauth-errors';
import { TokenService, type TokenRequest } from './token.service';

interface TokenHttpRequest {
  query?: unknown;
  body?: unknown;
  headers: Record<string, string | string[] | undefined>;
}

const PARAMETERS = [
  'grant_type',
  'client_id',
  'client_secret',
  'username',
  'password',
  'refresh_token',
  'scope',
] as const;
type TokenParameter = (typeof PARAMETERS)[number];

/**
 * Spring's `@RequestParam Map` view of the request: query string first, then the form (or JSON)
 * body. Numbers are taken as their text (a JSON `"password": 123456`).
 */
export function tokenParameters(
  request: TokenHttpRequest,
): Partial<Record<TokenParameter, string>> {
  const parameters: Partial<Record<TokenParameter, string>> = {};
  for (const name of PARAMETERS) {
    const raw = requestParam(request, name);
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value === 'string' || typeof value === 'number') parameters[name] = String(value);
  }
  return parameters;
}

@ApiTags('AuthController')
@Controller('oauth')
@UseFilters(InvalidClientFilter)
export class TokenController {
  constructor(
    private readonly clients: ClientAuthenticator,
    private readonly tokens: TokenService,
  ) {}

  @Post('token')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Oauth2获取token',
    description:
      'Parameters as query string, form or JSON body. Client authentication by client_id/client_secret ' +
      'or HTTP Basic; a bad client answers HTTP 401 {"error":"invalid_client"}.',
  })
  @ApiQuery({ name: 'grant_type', required: true, description: 'password | refresh_token' })
  @ApiQuery({ name: 'client_id', required: true, description: 'admin-app, portal-app, member-app' })
  @ApiQuery({ name: 'client_secret', required: true })
  @ApiQuery({ name: 'username', required: false, description: '登录用户名 (password grant)' })
  @ApiQuery({ name: 'password', required: false, description: '登录密码 (password grant)' })
  @ApiQuery({
    name: 'refresh_token',
    required: false,
    description: '刷新token (refresh_token grant)',
  })
  @ApiQuery({ name: 'scope', required: false, description: "default: the client's scopes (all)" })
  @ApiOkResponse({ description: '{code:200, data:{token, refreshToken, tokenHead, expiresIn}}' })
  async token(@Req() request: TokenHttpRequest): Promise<CommonResult<OAuthTokenResponse>> {
    const params = tokenParameters(request);
    const authorization = request.headers['authorization'];
    const client = this.clients.authenticate({
      clientId: params.client_id,
      clientSecret: params.client_secret,
      authorization: Array.isArray(authorization) ? authorization[0] : authorization,
    });
    const grant: TokenRequest = {
      grant_type: params.grant_type,
      username: params.username,
      password: params.password,
      refresh_token: params.refresh_token,
      scope: params.scope,
    };
    return CommonResult.success(await this.tokens.grant(client, grant));
  }
}
