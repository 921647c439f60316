import { createHash } from 'node:crypto';

/**
 * Names a session in the list of signed-in devices. Derived from the stored hash, so
 * it is stable, but it is neither the token nor the hash the database keeps.
 */
export function publicSessionId(tokenHash: string): string {
  return createHash('sha256').update(`signed-in-device:${tokenHash}`).digest('base64url').slice(0, 22);
}
