import type { AccessNeed } from '@roundtable/shared';

/** One person's record of what helps them take part. Times are milliseconds since the epoch. */
export interface AccessNeedsRecord {
  userId: string;
  needs: AccessNeed[];
  /** Anything else, in their own words; null for none. */
  otherNeeds: string | null;
  /** Whether leads and facilitators may see the person's name with these. */
  showName: boolean;
  /** When the person last gave their consent to it being kept (each save gives it again). */
  consentedAt: number;
}

/** A record with the name of the member it belongs to, for planning a workshop. */
export interface MemberAccessNeedsRecord extends AccessNeedsRecord {
  displayName: string;
}

/**
 * What people have told Roundtable helps them take part, one record per account, kept
 * only with consent: there is no record without it, and removing it removes it whole.
 * Every store passes AccessNeedsStore.contract.test.ts.
 */
export interface AccessNeedsStore {
  findAccessNeeds(userId: string): Promise<AccessNeedsRecord | undefined>;
  /** Keeps the record, replacing the person's earlier one. */
  saveAccessNeeds(record: AccessNeedsRecord): Promise<void>;
  /** Removes the person's record; false when there was none. */
  deleteAccessNeeds(userId: string): Promise<boolean>;
  /** The records of the project's current members, in the order they joined. */
  listProjectAccessNeeds(projectId: string): Promise<MemberAccessNeedsRecord[]>;
}
