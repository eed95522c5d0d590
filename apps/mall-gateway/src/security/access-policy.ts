import { CommonResult } from '@mall/common';
import { AntPatternSet } from '../routing/ant-path';
import type { RoutedPath } from '../routing/request-path';
import type { GatewaySettings } from '../gateway-settings';
import { AccessTokenVerifier, type AccessClaims, type TokenCheck } from './access-token-verifier';
import { JwksUnavailableError } from './jwks-key-store';
import {
  GrantDecisions,
  ResourceRolesCache,
  ResourceRolesUnavailableError,
  type ResourceRule,
} from './resource-roles';

/** The client ids of the original (AuthConstant). */
export const ADMIN_CLIENT_ID = 'admin-app';
/** Admin tokens are valid only under this prefix and other tokens never are (`/mall-admin/**`). */
export const ADMIN_SERVICE = 'mall-admin';
export const ACCESS_DENIED = 'Access Denied';

export type AccessDecision =
  | {
      allowed: true;
      /** Verified claims, or null on public paths. */
      claims: AccessClaims | null;
      /** The `user` header to send, or null. */
      userHeader: string | null;
      /** Public paths get no Authorization header downstream (the original blanked it). */
      stripAuthorization: boolean;
    }
  | {
      allowed: false;
      httpStatus: number;
      body: CommonResult<unknown>;
      /** Short reason for metrics (`internal`, `unauthenticated`, `client`, `rbac`, …). */
      reason: string;
    };

const PUBLIC: AccessDecision = {
  allowed: true,
  claims: null,
  userHeader: null,
  stripAuthorization: true,
};

function deny(reason: string, httpStatus: number, body: CommonResult<unknown>): AccessDecision {
  return { allowed: false, httpStatus, body, reason };
}

function forbidden(reason: string): AccessDecision {
  return deny(reason, 200, CommonResult.forbidden(ACCESS_DENIED));
}

/**
 * Who may call what, in the original's order, with its known hole closed: internal paths are
 * refused; public (whitelisted) paths and CORS pre-flights pass without identity; everything else
 * needs a verified access token, admin-app tokens only on `/mall-admin/**` and no other token there,
 * and admin paths additionally a role that the resource→roles map grants for the path.
 */
export class AccessPolicy {
  private whitelist: AntPatternSet;
  private internal: AntPatternSet;
  private readonly grants = new GrantDecisions();

  constructor(
    settings: GatewaySettings['secure'],
    private verifier: AccessTokenVerifier,
    private readonly resourceRoles: ResourceRolesCache,
  ) {
    this.whitelist = new AntPatternSet(settings.ignoreUrls);
    this.internal = new AntPatternSet(settings.internalPaths);
  }

  configure(settings: GatewaySettings['secure']): void {
    this.whitelist = new AntPatternSet(settings.ignoreUrls);
    this.internal = new AntPatternSet(settings.internalPaths);
  }

  /** Token settings changed: verify with a new verifier from now on. */
  useVerifier(verifier: AccessTokenVerifier): void {
    this.verifier = verifier;
  }

  isPublic(path: string): boolean {
    return this.whitelist.matches(path);
  }

  isInternal(path: string): boolean {
    return this.internal.matches(path);
  }

  /**
   * The decision for one request. Synchronous when no I/O is needed (internal and public paths,
   * tokens verified recently, a fresh RBAC map), which is most requests.
   */
  decide(
    method: string,
    target: RoutedPath,
    authorization: string | undefined,
  ): AccessDecision | Promise<AccessDecision> {
    if (this.internal.matches(target.path)) return forbidden('internal');
    if (this.whitelist.matches(target.path) || method === 'OPTIONS') return PUBLIC;
    const check = this.verifier.verifyHeader(authorization);
    return check instanceof Promise
      ? check.then((c) => this.authorise(target, c), keysUnavailable)
      : this.authorise(target, check);
  }

  private authorise(
    target: RoutedPath,
    check: TokenCheck,
  ): AccessDecision | Promise<AccessDecision> {
    if (!check.ok) return deny('unauthenticated', 200, CommonResult.unauthorized(check.reason));
    const { claims } = check;
    const adminPath = target.service === ADMIN_SERVICE;
    const adminClient = claims.client_id === ADMIN_CLIENT_ID;
    if (adminPath !== adminClient) return forbidden('client');
    const allowed: AccessDecision = {
      allowed: true,
      claims,
      userHeader: check.userHeader,
      stripAuthorization: false,
    };
    if (!adminPath) return allowed;

    const grant = (rules: readonly ResourceRule[]) =>
      this.grants.isGranted(rules, target.path, claims.authorities) ? allowed : forbidden('rbac');
    const rules = this.resourceRoles.current();
    return rules instanceof Promise ? rules.then(grant, rbacUnavailable) : grant(rules);
  }
}

function keysUnavailable(error: unknown): AccessDecision {
  if (!(error instanceof JwksUnavailableError)) throw error;
  return deny('jwks_unavailable', 503, CommonResult.failed('认证服务暂不可用，请稍后再试'));
}

function rbacUnavailable(error: unknown): AccessDecision {
  if (!(error instanceof ResourceRolesUnavailableError)) throw error;
  return deny('rbac_unavailable', 503, CommonResult.failed('权限数据暂不可用，请稍后再试'));
}
