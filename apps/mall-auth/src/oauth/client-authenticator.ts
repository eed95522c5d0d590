import { Injectable } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { type AuthConfig, InjectAuthConfig, type OAuthClientSettings } from '../config/auth-config';
import { InvalidClientException } from './oauth-errors';

export interface OAuthClient extends OAuthClientSettings {
  clientId: string;
}

export interface ClientCredentials {
  clientId?: string;
  clientSecret?: string;
  /** `Authorization` request header, for HTTP Basic client authentication. */
  authorization?: string;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** `Basic base64(urlencode(id):urlencode(secret))` (RFC 6749 §2.3.1), or null. */
export function parseBasicCredentials(
  header: string | undefined,
): { clientId: string; clientSecret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=._-]+)\s*$/i.exec(header ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  try {
    return {
      clientId: decodeURIComponent(decoded.slice(0, colon)),
      clientSecret: decodeURIComponent(decoded.slice(colon + 1)),
    };
  } catch {
    return null;
  }
}

/** The configured OAuth2 clients and their authentication. */
@Injectable()
export class ClientAuthenticator {
  private readonly clients: ReadonlyMap<string, OAuthClient>;
  // Unknown client ids are compared against this, so the answer takes as long as for a known one.
  private readonly decoySecret = digest('no client has this secret');

  constructor(@InjectAuthConfig() config: AuthConfig) {
    this.clients = new Map(
      Object.entries(config.app.clients).map(([clientId, settings]) => [
        clientId,
        { ...settings, clientId },
      ]),
    );
  }

  /**
   * The client named by `client_id`/`client_secret` parameters, or else by HTTP Basic. Secrets are
   * compared in constant time (over their SHA-256 digests, which have equal lengths).
   *
   * @throws InvalidClientException for a missing, unknown or wrongly authenticated client
   */
  authenticate(credentials: ClientCredentials): OAuthClient {
    const fromParams =
      credentials.clientId !== undefined
        ? { clientId: credentials.clientId, clientSecret: credentials.clientSecret ?? '' }
        : null;
    const given = fromParams ?? parseBasicCredentials(credentials.authorization);
    if (!given) throw new InvalidClientException('Full authentication is required');
    const client = this.clients.get(given.clientId);
    const expected = client ? digest(client.secret) : this.decoySecret;
    const matches = timingSafeEqual(digest(given.clientSecret), expected);
    if (!client || !matches) throw new InvalidClientException();
    return client;
  }
}
