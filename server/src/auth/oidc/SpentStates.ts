/**
 * The states of sign-ins already finished in this process, kept until they would have
 * expired anyway, so a pending sign-in is used once even if its cookie is sent again.
 * (The provider's codes are single use as well, which covers other processes.)
 */
export class SpentStates {
  private readonly spent = new Map<string, number>();

  /** Marks the state spent; false if it already was. */
  spend(state: string, expiresAt: number, now: number): boolean {
    for (const [spentState, until] of this.spent) if (until <= now) this.spent.delete(spentState);
    if (this.spent.has(state)) return false;
    this.spent.set(state, expiresAt);
    return true;
  }
}
