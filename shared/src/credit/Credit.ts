/**
 * Who a piece of text, or a change to it, belongs to. History, authorship marks,
 * comparisons, the balance of voice and exports all speak of credit in this one type,
 * derived on the server from the attributed log; nothing here is taken from a browser.
 *
 * - `template`: the text the document started from, nobody's words.
 * - `written`: words the person typed themselves.
 * - `recorded`: words a member (`recordedById`) typed for someone else (`personId`),
 *   who is the one credited: "Ada (recorded by Sam)".
 *
 * Kinds later work adds, each with what it credits:
 * - placed from an idea: words placed in the text from a workshop idea, credited to the
 *   idea's author (or to "a member of the group" for an anonymous round), with who placed it;
 * - agreed by the group: text the group settled together, credited to the group;
 * - recovered after a backup restore: words a device handed back after the database was
 *   restored from a backup, credited to their owner, with who relayed them — never to the relayer;
 * - text of unknown writer: recovered words whose owner is not known.
 *
 * Restoring a version is not a kind of credit: "restored by" belongs to the change that
 * restored (see `EditSession.restoredVersion`), while the restored words keep their
 * writer's credit. How a credited person is named (a former member, someone who chose
 * to be credited as "a member of the group" in exports) is a fact about the person,
 * decided where the credit is shown.
 *
 * Helpers switch over every kind, so adding one makes the compiler list each place
 * that has to decide what the new kind means.
 */
export type Credit =
  | { kind: 'template' }
  | { kind: 'written'; personId: string }
  | { kind: 'recorded'; personId: string; recordedById: string };

export const TEMPLATE_CREDIT: Credit = Object.freeze({ kind: 'template' });

export function writtenBy(personId: string): Credit {
  return { kind: 'written', personId };
}

/** Ada's words, typed for her by Sam: `recordedFor('ada', 'sam')`. */
export function recordedFor(personId: string, recordedById: string): Credit {
  return { kind: 'recorded', personId, recordedById };
}

/**
 * The credit of one logged update: `userId` is who sent it (null for the server's own
 * template content), `onBehalfOf` whom they were recording for. Recording for oneself
 * is plain writing.
 */
export function creditFromLog(entry: { userId: string | null; onBehalfOf: string | null }): Credit {
  const writer = entry.onBehalfOf ?? entry.userId;
  if (writer === null) return TEMPLATE_CREDIT;
  if (entry.userId !== null && entry.userId !== writer) return recordedFor(writer, entry.userId);
  return writtenBy(writer);
}

/** The person the words are credited to; null when they are no one's (the template). */
export function creditedPersonId(credit: Credit): string | null {
  switch (credit.kind) {
    case 'template':
      return null;
    case 'written':
    case 'recorded':
      return credit.personId;
  }
}

/** Everyone a credit names, the credited person first: whoever should be listed beside the words. */
export function peopleNamedIn(credit: Credit): string[] {
  switch (credit.kind) {
    case 'template':
      return [];
    case 'written':
      return [credit.personId];
    case 'recorded':
      return [credit.personId, credit.recordedById];
  }
}

/** Whether the person is credited for the words or recorded them for someone. */
export function namesPerson(credit: Credit, personId: string): boolean {
  return peopleNamedIn(credit).includes(personId);
}

/** Whose own device typed the words: the scribe for recorded words; null for the template. */
export function typedBy(credit: Credit): string | null {
  switch (credit.kind) {
    case 'template':
      return null;
    case 'written':
      return credit.personId;
    case 'recorded':
      return credit.recordedById;
  }
}

/**
 * Whose voice the words are, leaving out who typed them: words recorded for Ada are
 * Ada's. The balance of voice and the key to who wrote what count by this.
 */
export function voiceOf(credit: Credit): Credit {
  switch (credit.kind) {
    case 'template':
    case 'written':
      return credit;
    case 'recorded':
      return writtenBy(credit.personId);
  }
}

/** A string that is the same for equal credits and differs otherwise: for grouping and React keys. */
export function creditKey(credit: Credit): string {
  switch (credit.kind) {
    case 'template':
      return 'template';
    case 'written':
      return JSON.stringify([credit.kind, credit.personId]);
    case 'recorded':
      return JSON.stringify([credit.kind, credit.personId, credit.recordedById]);
  }
}

export function sameCredit(a: Credit, b: Credit): boolean {
  return creditKey(a) === creditKey(b);
}
