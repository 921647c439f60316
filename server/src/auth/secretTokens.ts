import { createHash, randomBytes } from 'node:crypto';

/**
 * Session and invite tokens: random, shown to the browser once, stored only as a hash
 * so a copy of the database cannot be used to sign in or join.
 */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether a value a browser sent could be one of our tokens (base64url of 32 bytes). */
export function isWellFormedSecretToken(token: string | undefined): token is string {
  return token !== undefined && /^[A-Za-z0-9_-]{43}$/.test(token);
}
