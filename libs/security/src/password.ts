import { createHash, timingSafeEqual } from 'node:crypto';
import { compare, getRounds, hash } from 'bcrypt';

/**
 * bcrypt work factor for new hashes. 10 matches the original's seeded admin hashes and keeps a
 * verification at roughly 50-70 ms of threadpool time per login.
 */
export const BCRYPT_COST = 10;

export interface PasswordVerification {
  ok: boolean;
  /** True when the stored hash should be replaced by `hashPassword(plain)` after a successful login. */
  needsRehash: boolean;
}

const BCRYPT_HASH = /^\$2[aby]\$(\d{2})\$[./A-Za-z0-9]{53}$/;
const LEGACY_MD5_HASH = /^[0-9a-fA-F]{32}$/;

/** Hashes with bcrypt's async API, which runs on libuv's threadpool and keeps the event loop free. */
export function hashPassword(plain: string): Promise<string> {
  return hash(plain, BCRYPT_COST);
}

export async function verifyPassword(
  plain: string,
  storedHash: string | null | undefined,
): Promise<boolean> {
  return (await verifyPasswordDetailed(plain, storedHash)).ok;
}

/**
 * Verifies against a bcrypt hash or a legacy lowercase/uppercase hex MD5 digest (how the original
 * stored member passwords). A legacy match, or a bcrypt hash weaker than BCRYPT_COST, asks the
 * caller to re-hash so old digests disappear as members log in.
 */
export async function verifyPasswordDetailed(
  plain: string,
  storedHash: string | null | undefined,
): Promise<PasswordVerification> {
  if (typeof plain !== 'string' || typeof storedHash !== 'string') {
    return { ok: false, needsRehash: false };
  }
  const stored = storedHash.trim();
  if (BCRYPT_HASH.test(stored)) {
    // $2y$ (PHP's prefix) is the same algorithm as $2b$, but the native binding only knows $2a$/$2b$.
    const normalised = stored.replace(/^\$2y\$/, '$2b$');
    const ok = await compare(plain, normalised);
    return { ok, needsRehash: ok && getRounds(normalised) < BCRYPT_COST };
  }
  if (LEGACY_MD5_HASH.test(stored)) {
    const expected = Buffer.from(stored, 'hex');
    const actual = createHash('md5').update(plain, 'utf8').digest();
    const ok = timingSafeEqual(actual, expected);
    return { ok, needsRehash: ok };
  }
  return { ok: false, needsRehash: false };
}
