import type { CurrentUserClaims } from './current-user';

/** The only signature algorithm mall-auth issues and the verifiers accept. */
export const JWT_ALGORITHM = 'RS256';

/** What clients put before the token in `Authorization` (the original's `tokenHead`, with the space). */
export const TOKEN_HEAD = 'Bearer ';

/** OAuth2 clients of the original system. */
export const ADMIN_CLIENT_ID = 'admin-app';
export const PORTAL_CLIENT_ID = 'portal-app';
export const MEMBER_CLIENT_ID = 'member-app';

/** The single authority every member token carries ("front-end member"). */
export const MEMBER_AUTHORITY = '前台会员';

/**
 * Claims of an access token, in the original's Spring OAuth2 shape:
 * `{"user_name","scope","id","exp","authorities","jti","client_id"}`. `authorities` is absent when
 * the user has no role.
 */
export interface AccessTokenClaims extends CurrentUserClaims {
  client_id: string;
  scope: string[];
  /** Expiry, epoch seconds. */
  exp: number;
  /** Random id of this token. */
  jti: string;
}

/**
 * Claims of a refresh token: the access-token claims of the user plus `ati`, the `jti` of the access
 * token it was issued with. Its own `jti` and `exp` survive refreshes (no sliding window).
 */
export interface RefreshTokenClaims extends AccessTokenClaims {
  ati: string;
}

/** Public RSA key as published by `GET /rsa/publicKey`. */
export interface RsaPublicJwk {
  kty: 'RSA';
  n: string;
  e: string;
  /** RFC 7638 SHA-256 thumbprint of the key; tokens name it in their header. */
  kid?: string;
  alg?: string;
  use?: string;
}

export interface JsonWebKeySet {
  keys: RsaPublicJwk[];
}

/** The `{token, refreshToken, tokenHead, expiresIn}` payload of a successful `/oauth/token` call. */
export interface OAuthTokenResponse {
  token: string;
  refreshToken: string;
  tokenHead: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
}
