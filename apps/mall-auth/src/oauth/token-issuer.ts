import { Injectable } from '@nestjs/common';
import {
  JWT_ALGORITHM,
  loadJose,
  TOKEN_HEAD,
  type AccessTokenClaims,
  type OAuthTokenResponse,
  type RefreshTokenClaims,
} from '@mall/security';
import { randomUUID } from 'node:crypto';
import { InjectSigningKeys } from '../rsa/signing-keys.token';
import type { SigningKeys } from '../rsa/signing-keys';
import type { AuthUser } from '../users/auth-user';
import type { OAuthClient } from './client-authenticator';

/** The refresh token being renewed: its id and expiry are kept (no sliding window). */
export interface RenewedRefreshToken {
  jti: string;
  exp: number;
}

/**
 * Signs the original's Spring OAuth2 JWTs with RS256. The header is `{"alg":"RS256","typ":"JWT"}`
 * plus `kid` (the key's thumbprint), so verifiers can pick the key and notice a rotation.
 */
@Injectable()
export class TokenIssuer {
  constructor(@InjectSigningKeys() private readonly keys: SigningKeys) {}

  async issue(
    user: AuthUser,
    client: OAuthClient,
    scope: string[],
    renewing?: RenewedRefreshToken,
  ): Promise<OAuthTokenResponse> {
    const nowMs = Date.now();
    const accessExpiresAtMs = nowMs + client.accessTokenValiditySeconds * 1000;
    const access: AccessTokenClaims = {
      user_name: user.username,
      scope,
      id: user.id,
      exp: Math.floor(accessExpiresAtMs / 1000),
      ...(user.authorities.length > 0 ? { authorities: user.authorities } : {}),
      jti: randomUUID(),
      client_id: client.clientId,
    };
    const refresh: RefreshTokenClaims = {
      user_name: access.user_name,
      scope,
      ati: access.jti,
      id: access.id,
      exp: renewing?.exp ?? Math.floor((nowMs + client.refreshTokenValiditySeconds * 1000) / 1000),
      ...(access.authorities ? { authorities: access.authorities } : {}),
      jti: renewing?.jti ?? randomUUID(),
      client_id: access.client_id,
    };
    const [token, refreshToken] = await Promise.all([this.sign(access), this.sign(refresh)]);
    return {
      token,
      refreshToken,
      tokenHead: TOKEN_HEAD,
      // Whole seconds left, as Spring reported it (86399 right after issuing a one-day token).
      expiresIn: Math.max(0, Math.floor((accessExpiresAtMs - Date.now()) / 1000)),
    };
  }

  private async sign(claims: AccessTokenClaims | RefreshTokenClaims): Promise<string> {
    const { SignJWT } = await loadJose();
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: JWT_ALGORITHM, typ: 'JWT', kid: this.keys.kid })
      .sign(this.keys.privateKey);
  }
}
