// Password hashing with argon2id (@node-rs/argon2), and a verification that costs the same for an unknown account.
import { randomBytes } from 'node:crypto';
import { type Algorithm, hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id`: the package declares it as a const enum, which isolated modules cannot read. */
const ARGON2ID = 2 as Algorithm;

/**
 * OWASP's first recommendation for argon2id (19 MiB, 2 passes, 1 lane), which is also the library's default: about
 * 25 ms per hash on one core here. Stored hashes carry their parameters, so raising these later only means rehashing
 * at the next sign-in (see `needsRehash`).
 */
export const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * The same password typed on two devices can arrive in two Unicode forms (a precomposed "é" or "e" plus an accent);
 * NIST SP 800-63B asks for normalisation before hashing so that both verify.
 */
const normalize = (password: string) => password.normalize('NFKC');

/** An argon2id PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`) for storage. */
export function hashPassword(password: string): Promise<string> {
  return hash(normalize(password), ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/** A hash of a random secret nobody knows, made once: verifying against it costs what a real verification costs. */
function dummy(): Promise<string> {
  dummyHash ??= hash(randomBytes(32).toString('base64url'), ARGON2_OPTIONS);
  return dummyHash;
}

/**
 * True when `password` matches `storedHash`. Give `null` for an account that does not exist (or has no password
 * yet): the password is then checked against a dummy hash and the answer is false, so an unknown email takes as
 * long as a wrong password and sign-in cannot be used to learn which emails have accounts.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    await verify(await dummy(), normalize(password)).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, normalize(password));
  } catch {
    // A stored value that is not a PHC string: never a match, and no cheaper than one.
    await verify(await dummy(), normalize(password)).catch(() => false);
    return false;
  }
}

/** True when a stored hash was made with other parameters than today's: rehash it after a successful sign-in. */
export function needsRehash(storedHash: string): boolean {
  const { memoryCost, timeCost, parallelism } = ARGON2_OPTIONS;
  return !storedHash.startsWith(`$argon2id$v=19$m=${memoryCost},t=${timeCost},p=${parallelism}$`);
}

/** Computes the dummy hash now, so the first sign-in of an unknown email is not the one that pays for it. */
export async function warmUpPasswordHashing(): Promise<void> {
  await dummy();
}
