import { DomainError } from '../errors/DomainError.ts';

/** A sign-in refused for now because of recent failures; the answer says how long to wait. */
export class SignInDelayed extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'too-many-attempts',
      `There have been too many attempts to sign in. Try again in ${waitInWords(retryAfterSeconds)}.`,
    );
  }
}

export function waitInWords(seconds: number): string {
  if (seconds < 120) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
