import type { OAuthTokenResponse } from './jwt-claims';

/**
 * The part of `ServiceClient` (`@mall/discovery`) used to reach mall-auth; any client with this
 * shape works (tests, a different transport).
 */
export interface TokenEndpointCaller {
  post<T>(
    service: string,
    path: string,
    body: unknown,
    options?: { timeoutMs?: number },
  ): Promise<{ status: number; body: T }>;
}

/** The OAuth2 client a service logs its users in with, e.g. mall-admin's `admin-app`. */
export interface TokenClientSettings {
  clientId: string;
  clientSecret: string;
  /** Per-call timeout in ms; a login waits for one bcrypt verification in mall-auth. */
  timeoutMs?: number;
}

/** mall-auth's answer: the `{code, message, data}` envelope, passed on to clients unchanged. */
export interface TokenEnvelope {
  code: number;
  message: string;
  data: OAuthTokenResponse | null;
}

export const AUTH_SERVICE = 'mall-auth';
export const TOKEN_PATH = '/oauth/token';

function isTokenEnvelope(value: unknown): value is TokenEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const envelope = value as Partial<TokenEnvelope>;
  return typeof envelope.code === 'number' && typeof envelope.message === 'string';
}

async function callTokenEndpoint(
  caller: TokenEndpointCaller,
  settings: TokenClientSettings,
  grant: Record<string, string>,
): Promise<TokenEnvelope> {
  // A JSON body keeps the password out of URLs (and so out of access logs).
  const response = await caller.post<unknown>(
    AUTH_SERVICE,
    TOKEN_PATH,
    { client_id: settings.clientId, client_secret: settings.clientSecret, ...grant },
    { timeoutMs: settings.timeoutMs },
  );
  if (!isTokenEnvelope(response.body)) {
    throw new Error(
      `${AUTH_SERVICE} answered ${TOKEN_PATH} with HTTP ${response.status} and no envelope`,
    );
  }
  const { code, message, data } = response.body;
  return { code, message, data: data ?? null };
}

/** `grant_type=password` on behalf of a login endpoint (mall-admin `/admin/login`, mall-member `/sso/login`). */
export function requestPasswordToken(
  caller: TokenEndpointCaller,
  settings: TokenClientSettings,
  username: string,
  password: string,
): Promise<TokenEnvelope> {
  return callTokenEndpoint(caller, settings, { grant_type: 'password', username, password });
}

/** `grant_type=refresh_token`: a new access token for a refresh token of the same client. */
export function requestRefreshedToken(
  caller: TokenEndpointCaller,
  settings: TokenClientSettings,
  refreshToken: string,
): Promise<TokenEnvelope> {
  return callTokenEndpoint(caller, settings, {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
  });
}
