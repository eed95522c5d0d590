import { Injectable } from '@nestjs/common';
import { ApiException } from '@mall/common';
import {
  ADMIN_CLIENT_ID,
  hashPassword,
  TokenVerificationError,
  verifyPasswordDetailed,
  verifyRefreshToken,
  type OAuthTokenResponse,
  type RefreshTokenClaims,
} from '@mall/security';
import type { GrantType } from '../config/auth-config';
import { InjectSigningKeys } from '../rsa/signing-keys.token';
import type { SigningKeys } from '../rsa/signing-keys';
import { AdminDirectory } from '../users/admin-directory';
import { ENABLED_STATUS, type AuthUser, type UserDirectory } from '../users/auth-user';
import { MemberDirectory } from '../users/member-directory';
import type { OAuthClient } from './client-authenticator';
import { OAuthMessages } from './oauth-errors';
import { TokenIssuer } from './token-issuer';

/** The grant parameters of `POST /oauth/token` (client credentials are handled before). */
export interface TokenRequest {
  grant_type?: string;
  username?: string;
  password?: string;
  refresh_token?: string;
  /** Space-separated scopes; default: all of the client's. */
  scope?: string;
}

function fail(message: string): never {
  throw new ApiException(message);
}

/** The password and refresh_token grants of the original authorization server. */
@Injectable()
export class TokenService {
  /** Compared against when the user does not exist, so that case costs one bcrypt too. */
  private decoyHash?: Promise<string>;

  constructor(
    private readonly admins: AdminDirectory,
    private readonly members: MemberDirectory,
    private readonly issuer: TokenIssuer,
    @InjectSigningKeys() private readonly keys: SigningKeys,
  ) {}

  async grant(client: OAuthClient, request: TokenRequest): Promise<OAuthTokenResponse> {
    const grantType = request.grant_type;
    if (!grantType) fail(OAuthMessages.MISSING_GRANT_TYPE);
    if (grantType !== 'password' && grantType !== 'refresh_token') {
      fail(OAuthMessages.unsupportedGrantType(grantType));
    }
    if (!client.grantTypes.includes(grantType as GrantType)) {
      fail(OAuthMessages.unauthorizedGrantType(grantType));
    }
    return grantType === 'password'
      ? this.passwordGrant(client, request)
      : this.refreshGrant(client, request);
  }

  /** Admin clients log admins in (through mall-admin); every other client logs members in. */
  private directoryFor(clientId: string): UserDirectory {
    return clientId === ADMIN_CLIENT_ID ? this.admins : this.members;
  }

  private requestedScope(client: OAuthClient, scope: string | undefined): string[] {
    const requested = (scope ?? '').split(/[\s,]+/).filter((s) => s.length > 0);
    if (requested.length === 0) return [...client.scopes];
    const unknown = requested.filter((s) => !client.scopes.includes(s));
    if (unknown.length > 0) fail(OAuthMessages.invalidScope(unknown.join(' ')));
    return requested;
  }

  private async passwordGrant(
    client: OAuthClient,
    request: TokenRequest,
  ): Promise<OAuthTokenResponse> {
    const scope = this.requestedScope(client, request.scope);
    const { username, password } = request;
    if (!username || !password) fail(OAuthMessages.BAD_CREDENTIALS);
    const directory = this.directoryFor(client.clientId);
    const user = await directory.findByUsername(username);
    if (!user) {
      await verifyPasswordDetailed(password, await this.decoy());
      fail(OAuthMessages.BAD_CREDENTIALS);
    }
    const verification = await directory.verifyPassword(user, password);
    if (!verification.ok) fail(OAuthMessages.BAD_CREDENTIALS);
    // Checked after the password, so the account state is only told to whoever knows it.
    this.assertEnabled(user);
    if (verification.needsRehash && directory.upgradePassword) {
      await directory.upgradePassword(user, password);
    }
    return this.issuer.issue(user, client, scope);
  }

  private async refreshGrant(
    client: OAuthClient,
    request: TokenRequest,
  ): Promise<OAuthTokenResponse> {
    if (!request.refresh_token) fail(OAuthMessages.MISSING_REFRESH_TOKEN);
    let claims: RefreshTokenClaims;
    try {
      claims = await verifyRefreshToken(request.refresh_token, this.keys.verifier, {
        clockToleranceSeconds: 0,
      });
    } catch (error) {
      if (error instanceof TokenVerificationError && error.reason === 'expired') {
        fail(OAuthMessages.EXPIRED_REFRESH_TOKEN);
      }
      fail(OAuthMessages.INVALID_REFRESH_TOKEN);
    }
    if (claims.client_id !== client.clientId) fail(OAuthMessages.WRONG_CLIENT);
    const scope = request.scope ? this.requestedScope(client, request.scope) : claims.scope;
    // The user is loaded again: a disabled or deleted account cannot renew its tokens.
    const user = await this.directoryFor(client.clientId).findByUsername(claims.user_name);
    if (!user || user.id !== claims.id) fail(OAuthMessages.INVALID_REFRESH_TOKEN);
    this.assertEnabled(user);
    return this.issuer.issue(user, client, scope, { jti: claims.jti, exp: claims.exp });
  }

  private assertEnabled(user: AuthUser): void {
    if (user.status !== ENABLED_STATUS) fail(OAuthMessages.ACCOUNT_DISABLED);
  }

  private decoy(): Promise<string> {
    this.decoyHash ??= hashPassword(`decoy-${Date.now()}-${Math.random()}`);
    return this.decoyHash;
  }
}
