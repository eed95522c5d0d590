import { CurrentUserClaims, encodeUserHeader, parseUserHeader } from './current-user';

const adminClaims: CurrentUserClaims = {
  user_name: 'admin',
  scope: ['all'],
  id: 3,
  exp: 1620123456,
  authorities: ['5_超级管理员'],
  jti: '3f6c0b1e-2a',
  client_id: 'admin-app',
};

describe('parseUserHeader', () => {
  it('parses the original payload shape', () => {
    const raw = JSON.stringify(adminClaims);
    expect(parseUserHeader(raw)).toEqual(adminClaims);
  });

  it('round-trips encodeUserHeader, whose output is ASCII-only', () => {
    const encoded = encodeUserHeader(adminClaims);
    expect(encoded).toMatch(/^[\x20-\x7e]+$/);
    expect(encoded).toContain('\\u8d85');
    expect(parseUserHeader(encoded)).toEqual(adminClaims);
  });

  it('repairs UTF-8 JSON that Node decoded as latin1', () => {
    const garbled = Buffer.from(JSON.stringify(adminClaims), 'utf8').toString('latin1');
    expect(parseUserHeader(garbled)?.authorities).toEqual(['5_超级管理员']);
  });

  it('accepts base64url-encoded JSON', () => {
    const encoded = Buffer.from(JSON.stringify(adminClaims), 'utf8').toString('base64url');
    expect(parseUserHeader(encoded)).toEqual(adminClaims);
  });

  it('takes the first value of a repeated header', () => {
    const member = JSON.stringify({ id: 7, user_name: 'test', client_id: 'portal-app' });
    expect(parseUserHeader([member, '{"id":8,"user_name":"other"}'])).toEqual({
      id: 7,
      user_name: 'test',
      client_id: 'portal-app',
    });
  });

  it('normalises a numeric-string id and drops wrongly typed optional claims', () => {
    const raw = JSON.stringify({ id: '42', user_name: 'm', scope: 'all', authorities: [1, 2] });
    expect(parseUserHeader(raw)).toEqual({ id: 42, user_name: 'm' });
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['whitespace', '   '],
    ['invalid JSON', '{"id":1,'],
    ['a JSON array', '[1,2]'],
    ['not JSON nor base64url', 'hello world!'],
    ['no id', '{"user_name":"a"}'],
    ['a non-positive id', '{"id":0,"user_name":"a"}'],
    ['a fractional id', '{"id":1.5,"user_name":"a"}'],
    ['no user_name', '{"id":1}'],
    ['an empty list', []],
  ])('returns null for %s', (_label, raw) => {
    expect(parseUserHeader(raw as string | string[] | undefined)).toBeNull();
  });
});
