// Opaque bearer tokens (sessions, personal API tokens, invitations): 256 random bits, stored only as a SHA-256 hash.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export type TokenKind = 'session' | 'api' | 'invitation';

/**
 * A prefix per kind tells the server which table to look in without a query, and lets secret scanners (GitHub's,
 * gitleaks) recognise a leaked token: `kims_` session, `kimp_` personal API token, `kimi_` invitation.
 */
export const TOKEN_PREFIXES: Readonly<Record<TokenKind, string>> = {
  session: 'kims_',
  api: 'kimp_',
  invitation: 'kimi_',
};

/** 32 random bytes are 43 base64url characters. */
const TOKEN_PATTERN = /^kim([spi])_[A-Za-z0-9_-]{43}$/;
const KIND_BY_LETTER: Record<string, TokenKind> = { s: 'session', p: 'api', i: 'invitation' };

export interface IssuedToken {
  /** Give this to the person once; it is never stored. */
  token: string;
  /** Store this: `hashToken(token)`. */
  hash: string;
}

/**
 * The hash to store and to look a token up by. A token has 256 bits of entropy, so a fast hash is enough: nobody
 * can guess an input for a stolen hash, and a lookup costs one SHA-256 rather than an argon2 run per request.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/** A fresh token of the given kind from the system's CSPRNG. */
export function issueToken(kind: TokenKind): IssuedToken {
  const token = TOKEN_PREFIXES[kind] + randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

/** The kind of a well-formed token, or `null` for anything else (answer it 401 without touching the database). */
export function tokenKind(token: string): TokenKind | null {
  const letter = TOKEN_PATTERN.exec(token)?.[1];
  return letter ? (KIND_BY_LETTER[letter] ?? null) : null;
}

/** Compares two stored-form hashes in constant time (a lookup by hash, then this, leaks nothing by timing). */
export function tokenHashesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
