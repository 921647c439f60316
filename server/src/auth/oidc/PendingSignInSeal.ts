import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** What the browser's own sign-in must match when the provider sends it back. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  /** PKCE: only whoever holds it can exchange the code. */
  codeVerifier: string;
  /** Where to go once signed in: a path on this site. */
  returnTo: string;
  expiresAt: number;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Ties sealed values to this use, so nothing sealed elsewhere with the same key opens here. */
const PURPOSE = Buffer.from('roundtable organisation sign-in');

/**
 * Seals a pending sign-in into a cookie value the browser keeps but can neither read
 * nor alter (AES-256-GCM). The key comes from the client secret, which every process
 * of one Roundtable shares, so the provider may send the browser back to any of them.
 */
export class PendingSignInSeal {
  private readonly key: Buffer;

  constructor(clientSecret: string) {
    this.key = Buffer.from(hkdfSync('sha256', clientSecret, 'roundtable', PURPOSE, 32));
  }

  seal(pending: PendingSignIn): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(PURPOSE);
    const sealed = Buffer.concat([cipher.update(JSON.stringify(pending), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
  }

  /** The pending sign-in, if the value was sealed here, is unaltered and has not expired. */
  open(value: string | undefined, now: number): PendingSignIn | undefined {
    if (!value || value.length > 4096) return undefined;
    const bytes = Buffer.from(value, 'base64url');
    if (bytes.length <= IV_BYTES + TAG_BYTES) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
      decipher.setAAD(PURPOSE);
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const text = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
      const pending = JSON.parse(text.toString('utf8')) as PendingSignIn;
      return pending.expiresAt > now ? pending : undefined;
    } catch {
      return undefined;
    }
  }
}
