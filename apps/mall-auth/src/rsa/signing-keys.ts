import { ConfigError } from '@mall/config';
import { JWT_ALGORITHM, loadJose, type JsonWebKeySet, type RsaPublicJwk } from '@mall/security';
import type { CryptoKey, JWTVerifyGetKey } from 'jose';
import { createPrivateKey, createPublicKey, generateKeyPair, type KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { JwtSettings } from '../config/auth-config';

/** The key mall-auth signs with, and everything derived from it. */
export interface SigningKeys {
  /** RFC 7638 thumbprint of the signing key, put in every token header. */
  kid: string;
  privateKey: CryptoKey;
  /** What `GET /rsa/publicKey` publishes: the signing key first, then any retired keys. */
  jwks: JsonWebKeySet;
  /** Resolver over `jwks`, used to verify refresh tokens. */
  verifier: JWTVerifyGetKey;
  /** Where the private key came from, for the start-up log (never the key itself). */
  origin: string;
}

export const DEV_PROFILE = 'dev';
const DEV_KEY_RELATIVE_PATH = join('.mall', 'keys', 'jwt.pem');
const DEV_KEY_BITS = 2048;

export interface KeySourceContext {
  profile: string;
  /** Process environment (JWT_PRIVATE_KEY, JWT_PRIVATE_KEY_FILE). */
  env: NodeJS.ProcessEnv;
  /** Folder from which the workspace root is searched (default: the working directory). */
  cwd?: string;
}

interface PemSource {
  pem: string;
  origin: string;
}

/** The nearest folder at or above `from` holding nx.json (the workspace), else `from`. */
export function workspaceRoot(from: string): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
}

// A PEM given in one env line often has literal "\n" sequences instead of line breaks.
function normalisePem(text: string): string {
  return text.includes('\\n') ? text.replace(/\\n/g, '\n') : text;
}

async function readPemFile(path: string, key: string, origin: string): Promise<PemSource> {
  try {
    return { pem: await readFile(path, 'utf8'), origin: `${origin} ${path}` };
  } catch (error) {
    throw new ConfigError([
      {
        key,
        source: origin,
        value: path,
        problem: `cannot read the key file: ${(error as Error).message}`,
      },
    ]);
  }
}

/**
 * Finds the signing key PEM: env `JWT_PRIVATE_KEY`, env `JWT_PRIVATE_KEY_FILE`, `app.jwt.privateKeyPem`,
 * `app.jwt.privateKeyFile`; in profile `dev` a key generated once and kept in `.mall/keys/jwt.pem`;
 * otherwise a one-line ConfigError.
 */
export async function resolvePrivateKeyPem(
  settings: JwtSettings,
  context: KeySourceContext,
): Promise<PemSource> {
  const envPem = context.env['JWT_PRIVATE_KEY'];
  if (envPem) return { pem: normalisePem(envPem), origin: 'env JWT_PRIVATE_KEY' };
  const envFile = context.env['JWT_PRIVATE_KEY_FILE'];
  if (envFile) return readPemFile(envFile, 'app.jwt.privateKeyFile', 'env JWT_PRIVATE_KEY_FILE');
  if (settings.privateKeyPem) {
    return { pem: normalisePem(settings.privateKeyPem), origin: 'app.jwt.privateKeyPem' };
  }
  if (settings.privateKeyFile) {
    return readPemFile(settings.privateKeyFile, 'app.jwt.privateKeyFile', 'app.jwt.privateKeyFile');
  }
  if (context.profile !== DEV_PROFILE) {
    throw new ConfigError([
      {
        key: 'app.jwt.privateKeyPem',
        source: 'mall-auth',
        missing: true,
        hint: 'env JWT_PRIVATE_KEY or JWT_PRIVATE_KEY_FILE, or app.jwt.privateKeyPem / app.jwt.privateKeyFile',
        problem: `an RSA signing key is required outside the ${DEV_PROFILE} profile`,
      },
    ]);
  }
  const file = settings.devKeyFile
    ? resolve(settings.devKeyFile)
    : join(workspaceRoot(context.cwd ?? process.cwd()), DEV_KEY_RELATIVE_PATH);
  return { pem: await readOrCreateDevKey(file), origin: `development key ${file}` };
}

/**
 * Reads the development key, generating it first when absent. Several processes may start at once
 * (tests, `./mall up`): the key is written to a private temporary file and hard-linked into place,
 * which fails if another process won the race, so every process ends up with the same key.
 */
export async function readOrCreateDevKey(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: DEV_KEY_BITS });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, pem, { mode: 0o600 });
  try {
    await link(temporary, file);
    return pem;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return await readFile(file, 'utf8');
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

function parsePrivateKey(source: PemSource): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(source.pem);
  } catch (error) {
    throw new ConfigError([
      {
        key: 'app.jwt.privateKeyPem',
        source: source.origin,
        problem: `not a PEM private key: ${(error as Error).message}`,
      },
    ]);
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (key.asymmetricKeyType !== 'rsa' || bits < 2048) {
    throw new ConfigError([
      {
        key: 'app.jwt.privateKeyPem',
        source: source.origin,
        problem: `RS256 needs an RSA key of at least 2048 bits (got ${key.asymmetricKeyType} ${bits})`,
      },
    ]);
  }
  return key;
}

async function publicJwk(key: KeyObject): Promise<RsaPublicJwk> {
  const jose = await loadJose();
  const { n, e } = key.export({ format: 'jwk' });
  if (typeof n !== 'string' || typeof e !== 'string') throw new Error('RSA key without n/e');
  const kid = await jose.calculateJwkThumbprint({ kty: 'RSA', n, e }, 'sha256');
  return { kty: 'RSA', e, n, kid, alg: JWT_ALGORITHM, use: 'sig' };
}

function parsePublicKey(pem: string, index: number): KeyObject {
  try {
    const key = createPublicKey(normalisePem(pem));
    if (key.asymmetricKeyType !== 'rsa') throw new Error(`${key.asymmetricKeyType} key`);
    return key;
  } catch (error) {
    throw new ConfigError([
      {
        key: `app.jwt.additionalPublicKeysPem.${index}`,
        source: 'mall-auth',
        problem: `not an RSA public key PEM: ${(error as Error).message}`,
      },
    ]);
  }
}

/** Loads (or, in dev, creates) the signing key and derives the published key set. */
export async function loadSigningKeys(
  settings: JwtSettings,
  context: KeySourceContext,
): Promise<SigningKeys> {
  const source = await resolvePrivateKeyPem(settings, context);
  const keyObject = parsePrivateKey(source);
  const jose = await loadJose();
  const pkcs8 = keyObject.export({ type: 'pkcs8', format: 'pem' }).toString();
  const privateKey = await jose.importPKCS8(pkcs8, JWT_ALGORITHM);
  const signingJwk = await publicJwk(createPublicKey(keyObject));
  const extra = await Promise.all(
    settings.additionalPublicKeysPem.map((pem, index) => publicJwk(parsePublicKey(pem, index))),
  );
  const keys = [signingJwk, ...extra.filter((jwk) => jwk.kid !== signingJwk.kid)];
  const jwks: JsonWebKeySet = { keys };
  const verifier = jose.createLocalJWKSet(jwks as Parameters<typeof jose.createLocalJWKSet>[0]);
  return { kid: signingJwk.kid as string, privateKey, jwks, verifier, origin: source.origin };
}
