import { expect } from 'chai';
import { bearerToken } from './bearer.js';
import { hashToken, issueToken, TOKEN_PREFIXES, tokenHashesEqual, tokenKind } from './opaque-token.js';

describe('opaque tokens', () => {
  it('carry 256 random bits in base64url after a prefix that names their kind', () => {
    for (const kind of ['session', 'api', 'invitation'] as const) {
      const { token } = issueToken(kind);
      expect(token.startsWith(TOKEN_PREFIXES[kind])).to.equal(true);
      const secret = token.slice(TOKEN_PREFIXES[kind].length);
      expect(secret).to.match(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(secret, 'base64url')).to.have.length(32);
      expect(tokenKind(token)).to.equal(kind);
    }
  });

  it('never repeat', () => {
    const tokens = new Set(Array.from({ length: 2000 }, () => issueToken('session').token));
    expect(tokens.size).to.equal(2000);
  });

  it('are stored as a SHA-256 hash that does not contain the token', () => {
    const { token, hash } = issueToken('api');
    expect(hash).to.equal(hashToken(token));
    expect(hash).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).not.to.include(token.slice(5, 15));
    expect(hashToken(`${token}x`)).not.to.equal(hash);
  });

  it('compare hashes in constant time, false for any difference or length', () => {
    const { hash } = issueToken('session');
    expect(tokenHashesEqual(hash, hash)).to.equal(true);
    expect(tokenHashesEqual(hash, `${hash.slice(0, -1)}A`)).to.equal(hash.endsWith('A'));
    expect(tokenHashesEqual(hash, hash.slice(1))).to.equal(false);
    expect(tokenHashesEqual(hash, '')).to.equal(false);
  });

  it('recognise only well-formed tokens', () => {
    const { token } = issueToken('session');
    for (const bad of [
      '',
      'kims_',
      `${token}x`,
      token.slice(0, -1),
      `kimx_${token.slice(5)}`,
      `KIMS_${token.slice(5)}`,
    ]) {
      expect(tokenKind(bad), bad).to.equal(null);
    }
  });

  it('are read from an Authorization header only in the Bearer form', () => {
    const { token } = issueToken('session');
    expect(bearerToken(`Bearer ${token}`)).to.equal(token);
    expect(bearerToken(`bearer   ${token}  `)).to.equal(token);
    for (const bad of [undefined, '', 'Bearer', `Basic ${token}`, `Bearer ${token} extra`, `Bearer <${token}>`]) {
      expect(bearerToken(bad), String(bad)).to.equal(undefined);
    }
    expect(bearerToken(`Bearer ${'a'.repeat(2000)}`)).to.equal(undefined);
  });
});
