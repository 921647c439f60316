import type { AccessNeed } from './accessNeeds.ts';

/** What a person has told Roundtable helps them take part, as they see it themselves. */
export interface MyAccessNeeds {
  needs: AccessNeed[];
  /** Anything else, in their own words; empty for none. */
  otherNeeds: string;
  /** Whether leads and facilitators may see the person's name with these. */
  showName: boolean;
  /** When they gave their consent, with the latest save. */
  consentedAt: string;
}

/** GET and PUT /api/account/access-needs: the person's own record, or null for none. */
export interface AccessNeedsResponse {
  accessNeeds: MyAccessNeeds | null;
}

/** Someone who agreed to leads and facilitators seeing their name with what helps them. */
export interface NamedAccessNeeds {
  displayName: string;
  needs: AccessNeed[];
  otherNeeds: string;
}

/**
 * GET /api/projects/:projectId/workshops/:workshopId/access-needs, for leads and
 * facilitators only: what helps the project's members take part. Counts cover
 * everyone who said; names and their own words only those who agreed to be named.
 */
export interface WorkshopAccessNeedsResponse {
  /** Members of the project now, including people let in through a workshop link. */
  memberCount: number;
  /** How many of them have told Roundtable what helps them. */
  toldCount: number;
  /** How many people ticked each need, in the order of the list; needs nobody ticked are left out. */
  counts: Array<{ need: AccessNeed; people: number }>;
  /** People who wrote something of their own but did not agree to be named: their words are not shown. */
  unnamedOtherCount: number;
  named: NamedAccessNeeds[];
}
