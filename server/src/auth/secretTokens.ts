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
