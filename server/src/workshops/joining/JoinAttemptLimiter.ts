import { WorkshopJoinLimits } from '@roundtable/shared';
import { type DelayRule, ProgressiveDelay } from '../../auth/ProgressiveDelay.ts';
import { waitInWords } from '../../auth/SignInDelayed.ts';
import type { Clock } from '../../Clock.ts';
import { DomainError } from '../../errors/DomainError.ts';

/** An attempt to join refused for now; the answer says how long to wait. */
export class JoinDelayed extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'too-many-attempts',
      `There have been too many attempts to join from here. Try again in ${waitInWords(retryAfterSeconds)}.`,
    );
  }
}

const rule = (freeFailures: number): DelayRule => ({
  freeFailures,
  firstDelayMs: WorkshopJoinLimits.attemptFirstDelayMs,
  longestDelayMs: WorkshopJoinLimits.attemptLongestDelayMs,
  memoryMs: WorkshopJoinLimits.attemptMemoryMs,
});

/**
 * Slows attempts to join through workshop links, as sign-in attempts are slowed: past
 * a number of attempts each waits longer, never locking anyone out for long. Counted
 * per client address (guessing links, or asking again and again) and per link (a
 * photographed QR code passed round). An attempt counts from the moment it starts and
 * is given back when it works: a whole room may share one address, and a big room
 * uses one link, so only what fails adds up.
 */
export class JoinAttemptLimiter {
  private readonly addresses: ProgressiveDelay;
  private readonly links: ProgressiveDelay;

  constructor(now: Clock) {
    this.addresses = new ProgressiveDelay(rule(WorkshopJoinLimits.freeAttemptsPerAddress), now);
    this.links = new ProgressiveDelay(rule(WorkshopJoinLimits.freeAttemptsPerLink), now);
  }

  /** Refuses the attempt while the address (or the link) must wait; otherwise counts it. */
  begin(address: string, linkId?: string): void {
    const waits = [this.addresses.msUntilAllowed(address)];
    if (linkId !== undefined) waits.push(this.links.msUntilAllowed(linkId));
    const wait = Math.ceil(Math.max(...waits) / 1000);
    if (wait > 0) throw new JoinDelayed(wait);
    this.addresses.recordFailure(address);
    if (linkId !== undefined) this.links.recordFailure(linkId);
  }

  /** The attempt worked. */
  succeeded(address: string, linkId?: string): void {
    this.addresses.forgiveOne(address);
    if (linkId !== undefined) this.links.forgiveOne(linkId);
  }
}
