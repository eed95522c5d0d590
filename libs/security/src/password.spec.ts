import { createHash } from 'node:crypto';
import { hash } from 'bcrypt';
import { BCRYPT_COST, hashPassword, verifyPassword, verifyPasswordDetailed } from './password';

const md5Hex = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

describe('password hashing', () => {
  it('hashes with bcrypt at the configured cost and verifies the same password', async () => {
    const stored = await hashPassword('s3cret-密码');
    expect(stored).toMatch(new RegExp(`^\\$2b\\$${BCRYPT_COST}\\$`));
    await expect(verifyPassword('s3cret-密码', stored)).resolves.toBe(true);
    await expect(verifyPasswordDetailed('s3cret-密码', stored)).resolves.toEqual({
      ok: true,
      needsRehash: false,
    });
  });

  it('rejects a wrong password', async () => {
    const stored = await hashPassword('right');
    await expect(verifyPassword('wrong', stored)).resolves.toBe(false);
    await expect(verifyPasswordDetailed('wrong', stored)).resolves.toEqual({
      ok: false,
      needsRehash: false,
    });
  });

  it('accepts legacy MD5 member hashes in either case and asks for a re-hash', async () => {
    const legacy = md5Hex('123456');
    await expect(verifyPasswordDetailed('123456', legacy)).resolves.toEqual({
      ok: true,
      needsRehash: true,
    });
    await expect(verifyPasswordDetailed('123456', legacy.toUpperCase())).resolves.toEqual({
      ok: true,
      needsRehash: true,
    });
    await expect(verifyPasswordDetailed('1234567', legacy)).resolves.toEqual({
      ok: false,
      needsRehash: false,
    });
  });

  it('verifies the $2a$ hashes of the original seed and $2y$ hashes', async () => {
    const twoB = await hash('admin-pw', 4);
    const twoA = twoB.replace(/^\$2b\$/, '$2a$');
    const twoY = twoB.replace(/^\$2b\$/, '$2y$');
    await expect(verifyPassword('admin-pw', twoA)).resolves.toBe(true);
    await expect(verifyPassword('admin-pw', twoY)).resolves.toBe(true);
  });

  it('asks for a re-hash when a bcrypt hash is weaker than the current cost', async () => {
    const weak = await hash('pw', 4);
    await expect(verifyPasswordDetailed('pw', weak)).resolves.toEqual({
      ok: true,
      needsRehash: true,
    });
  });

  it('rejects unknown, empty and missing stored hashes without throwing', async () => {
    await expect(verifyPassword('pw', 'plain-text-password')).resolves.toBe(false);
    await expect(verifyPassword('pw', '')).resolves.toBe(false);
    await expect(verifyPassword('pw', null)).resolves.toBe(false);
    await expect(verifyPassword('pw', undefined)).resolves.toBe(false);
  });
});
