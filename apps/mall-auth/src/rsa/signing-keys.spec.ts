import { ConfigError } from '@mall/config';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JwtSettings } from '../config/auth-config';
import { loadSigningKeys, readOrCreateDevKey, resolvePrivateKeyPem } from './signing-keys';

const noKeys: JwtSettings = { additionalPublicKeysPem: [] };

function rsaPem(bits: number): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

describe('signing keys', () => {
  let dir: string;
  const keyA = rsaPem(2048);
  const keyB = rsaPem(2048);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mall-auth-keys-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('generates the dev key once and reuses it, even when several processes race', async () => {
    const file = join(dir, 'nested', 'jwt.pem');
    const racing = await Promise.all([readOrCreateDevKey(file), readOrCreateDevKey(file)]);
    expect(racing[0]).toBe(racing[1]);
    expect(racing[0]).toContain('BEGIN PRIVATE KEY');
    expect(await readOrCreateDevKey(file)).toBe(racing[0]);
    expect(await readFile(file, 'utf8')).toBe(racing[0]);
  });

  it('uses the dev key file in profile dev when no key is configured', async () => {
    const file = join(dir, 'dev.pem');
    const source = await resolvePrivateKeyPem(
      { ...noKeys, devKeyFile: file },
      { profile: 'dev', env: {} },
    );
    expect(source.origin).toBe(`development key ${file}`);
    expect(source.pem).toBe(await readFile(file, 'utf8'));
  });

  it('refuses to start outside dev without a key, with one config line', async () => {
    const attempt = resolvePrivateKeyPem(noKeys, { profile: 'prod', env: {} });
    await expect(attempt).rejects.toBeInstanceOf(ConfigError);
    await expect(attempt).rejects.toThrow(
      /^config error: app\.jwt\.privateKeyPem is missing \(set it in env JWT_PRIVATE_KEY/,
    );
  });

  it('takes env JWT_PRIVATE_KEY over a file and over app.jwt settings', async () => {
    const file = join(dir, 'mounted.pem');
    await writeFile(file, keyB.privatePem);
    const oneLine = keyA.privatePem.replace(/\n/g, '\\n');
    const fromEnv = await resolvePrivateKeyPem(
      { ...noKeys, privateKeyPem: keyB.privatePem },
      { profile: 'prod', env: { JWT_PRIVATE_KEY: oneLine, JWT_PRIVATE_KEY_FILE: file } },
    );
    expect(fromEnv).toEqual({ pem: keyA.privatePem, origin: 'env JWT_PRIVATE_KEY' });

    const fromFile = await resolvePrivateKeyPem(
      { ...noKeys, privateKeyPem: keyA.privatePem },
      { profile: 'prod', env: { JWT_PRIVATE_KEY_FILE: file } },
    );
    expect(fromFile).toEqual({ pem: keyB.privatePem, origin: `env JWT_PRIVATE_KEY_FILE ${file}` });

    await expect(
      resolvePrivateKeyPem(noKeys, {
        profile: 'prod',
        env: { JWT_PRIVATE_KEY_FILE: join(dir, 'x') },
      }),
    ).rejects.toThrow(/^config error: app\.jwt\.privateKeyFile = .*cannot read the key file/);
  });

  it('publishes the signing key with its thumbprint and keeps retired keys verifiable', async () => {
    const keys = await loadSigningKeys(
      { ...noKeys, privateKeyPem: keyA.privatePem, additionalPublicKeysPem: [keyB.publicPem] },
      { profile: 'prod', env: {} },
    );
    expect(keys.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(keys.jwks.keys).toHaveLength(2);
    expect(keys.jwks.keys[0]).toMatchObject({ kty: 'RSA', e: 'AQAB', kid: keys.kid, alg: 'RS256' });
    expect(keys.jwks.keys[1].kid).not.toBe(keys.kid);
    expect(keys.privateKey.type).toBe('private');
  });

  it('rejects keys RS256 cannot use', async () => {
    await expect(
      loadSigningKeys(
        { ...noKeys, privateKeyPem: rsaPem(1024).privatePem },
        { profile: 'prod', env: {} },
      ),
    ).rejects.toThrow(/RS256 needs an RSA key of at least 2048 bits \(got rsa 1024\)/);
    await expect(
      loadSigningKeys({ ...noKeys, privateKeyPem: 'not a key' }, { profile: 'prod', env: {} }),
    ).rejects.toThrow(/^config error: app\.jwt\.privateKeyPem .*not a PEM private key/);
  });
});
