/** Request header through which the gateway forwards the verified JWT claims. */
export const USER_HEADER = 'user';

/** The JWT claims the auth service issues (the original's Spring OAuth2 access-token shape). */
export interface CurrentUserClaims {
  /** ums_admin.id or ums_member.id. */
  id: number;
  /** Login name; the claim is `user_name`, not `username`. */
  user_name: string;
  /** `admin-app`, `portal-app` or `member-app`. */
  client_id?: string;
  scope?: string[];
  /** Role strings such as `5_超级管理员` or `前台会员`. */
  authorities?: string[];
  /** Expiry in epoch seconds. */
  exp?: number;
  jti?: string;
}

/**
 * Serialises claims for the `user` header as ASCII-only JSON: non-ASCII characters (Chinese role
 * names) become `\uXXXX` escapes, because Node reads header bytes as latin1 and would garble UTF-8.
 * The result is still plain JSON, so `JSON.parse` restores the original strings.
 */
export function encodeUserHeader(claims: CurrentUserClaims): string {
  return JSON.stringify(claims).replace(
    /[\u007f-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Reads the `user` header. Tolerant by design: a missing, empty or malformed header yields null so
 * callers decide between 401 and anonymous access. Accepts plain JSON (the convention written by
 * encodeUserHeader), JSON whose UTF-8 bytes arrived latin1-decoded, and base64url-encoded JSON.
 */
export function parseUserHeader(raw: string | string[] | undefined): CurrentUserClaims | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text.length === 0) return null;
  const json = text.startsWith('{') ? repairLatin1(text) : decodeBase64Url(text);
  if (json === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  return toClaims(parsed);
}

function repairLatin1(text: string): string {
  // Only bytes 0x80-0xff and no wider characters: the header was raw UTF-8 read as latin1.
  if (!/[\u0080-\u00ff]/.test(text) || /[\u0100-\uffff]/.test(text)) return text;
  const decoded = Buffer.from(text, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? text : decoded;
}

function decodeBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_\-+/]+={0,2}$/.test(text)) return null;
  const decoded = Buffer.from(text, 'base64url').toString('utf8').trim();
  return decoded.startsWith('{') ? decoded : null;
}

function toClaims(value: unknown): CurrentUserClaims | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const source = value as Record<string, unknown>;
  const id = toId(source['id']);
  const userName = source['user_name'];
  if (id === null || typeof userName !== 'string' || userName.length === 0) return null;

  const claims: CurrentUserClaims = { id, user_name: userName };
  const clientId = source['client_id'];
  if (typeof clientId === 'string') claims.client_id = clientId;
  const scope = toStringArray(source['scope']);
  if (scope) claims.scope = scope;
  const authorities = toStringArray(source['authorities']);
  if (authorities) claims.authorities = authorities;
  const exp = source['exp'];
  if (typeof exp === 'number' && Number.isFinite(exp)) claims.exp = exp;
  const jti = source['jti'];
  if (typeof jti === 'string') claims.jti = jti;
  return claims;
}

function toId(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : null;
  if (typeof value === 'string' && /^[1-9]\d{0,15}$/.test(value)) {
    const id = Number(value);
    return Number.isSafeInteger(id) ? id : null;
  }
  return null;
}

function toStringArray(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;
}
