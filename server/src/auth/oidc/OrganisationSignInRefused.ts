import type { OrganisationSignInProblem } from '@roundtable/shared';

/**
 * A sign-in through the organisation that ends without an account or session. The
 * sign-in page explains the problem; `returnTo` is kept so that trying again still
 * leads back to where the person was going (an invite, say).
 */
export class OrganisationSignInRefused extends Error {
  constructor(
    readonly problem: OrganisationSignInProblem,
    /** Why, for the server's log; never shown to the person. */
    detail: string,
    readonly returnTo = '/',
    options?: { cause?: unknown },
  ) {
    super(detail, options);
    this.name = 'OrganisationSignInRefused';
  }

  /** The same refusal, remembering where the person was going. */
  on(returnTo: string): OrganisationSignInRefused {
    return new OrganisationSignInRefused(this.problem, this.message, returnTo, { cause: this.cause });
  }
}
