/**
 * Who a piece of text, or a change to it, belongs to. History, authorship marks,
 * comparisons, the balance of voice and exports all speak of credit in this one type,
 * derived on the server from the attributed log; nothing here is taken from a browser.
 *
 * - `template`: the text the document started from, nobody's words.
 * - `written`: words the person typed themselves.
 * - `recorded`: words a member (`recordedById`) typed for someone else (`personId`),
 *   who is the one credited: "Ada (recorded by Sam)".
 * - `recovered`: words a device handed back after the database was restored from a
 *   backup, credited to their writer (`personId`, known because the backup kept which
 *   person that device id belongs to), with whose device relayed them (`relayedById`).
 *   The relayer is named beside the words but never credited for them.
 * - `unknownWriter`: recovered words whose writer the backup cannot tell: nobody is
 *   credited (least of all the relayer) and a lead reviews them.
 *
 * Kinds later work adds, each with what it credits:
 * - placed from an idea: words placed in the text from a workshop idea, credited to the
 *   idea's author (or to "a member of the group" for an anonymous round), with who placed it;
 * - agreed by the group: text the group settled together, credited to the group.
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
  | { kind: 'recorded'; personId: string; recordedById: string }
  | { kind: 'recovered'; personId: string; relayedById: string }
  | { kind: 'unknownWriter'; relayedById: string };

export const TEMPLATE_CREDIT: Credit = Object.freeze({ kind: 'template' });

export function writtenBy(personId: string): Credit {
  return { kind: 'written', personId };
}

/** Ada's words, typed for her by Sam: `recordedFor('ada', 'sam')`. */
export function recordedFor(personId: string, recordedById: string): Credit {
  return { kind: 'recorded', personId, recordedById };
}

/** Ada's words, handed back by Sam's device after a restore: `recoveredFrom('ada', 'sam')`. */
export function recoveredFrom(personId: string, relayedById: string): Credit {
  return { kind: 'recovered', personId, relayedById };
}

/**
 * The credit of one logged update: `userId` is who sent it (null for the server's own
 * template content), `onBehalfOf` whom they were recording for. Recording for oneself
 * is plain writing. A row `recoveredBy` someone's device holds words handed back after
 * a restore: `userId` is then their writer, or null when nobody knows who wrote them.
 */
export function creditFromLog(entry: {
  userId: string | null;
  onBehalfOf: string | null;
  recoveredBy?: string | null;
}): Credit {
  const writer = entry.onBehalfOf ?? entry.userId;
  if (entry.recoveredBy) {
    return writer === null
      ? { kind: 'unknownWriter', relayedById: entry.recoveredBy }
      : recoveredFrom(writer, entry.recoveredBy);
  }
  if (writer === null) return TEMPLATE_CREDIT;
  if (entry.userId !== null && entry.userId !== writer) return recordedFor(writer, entry.userId);
  return writtenBy(writer);
}

/** The person the words are credited to; null when they are no one's (the template, an unknown writer). */
export function creditedPersonId(credit: Credit): string | null {
  switch (credit.kind) {
    case 'template':
    case 'unknownWriter':
      return null;
    case 'written':
    case 'recorded':
    case 'recovered':
      return credit.personId;
  }
}

/**
 * Everyone a credit gives credit to, the credited person first: the writer and, for
 * recorded words, the scribe. Exports list these people; a device that only relayed
 * recovered words is not among them.
 */
export function peopleNamedIn(credit: Credit): string[] {
  switch (credit.kind) {
    case 'template':
    case 'unknownWriter':
      return [];
    case 'written':
    case 'recovered':
      return [credit.personId];
    case 'recorded':
      return [credit.personId, credit.recordedById];
  }
}

/** Everyone whose name a credit's label shows: those credited and whoever relayed recovered words. */
export function peopleShownWith(credit: Credit): string[] {
  switch (credit.kind) {
    case 'template':
    case 'written':
    case 'recorded':
      return peopleNamedIn(credit);
    case 'recovered':
      return [credit.personId, credit.relayedById];
    case 'unknownWriter':
      return [credit.relayedById];
  }
}

/** Whether the words were handed back by a device after a restore from a backup. */
export function isRecovered(credit: Credit): credit is Extract<Credit, { kind: 'recovered' | 'unknownWriter' }> {
  return credit.kind === 'recovered' || credit.kind === 'unknownWriter';
}

/** Whether the person is credited for the words or recorded them for someone. */
export function namesPerson(credit: Credit, personId: string): boolean {
  return peopleNamedIn(credit).includes(personId);
}

/**
 * Whose own device typed the words: the scribe for recorded words; the writer for
 * recovered words (the relaying device only kept a copy); null for the template and an
 * unknown writer.
 */
export function typedBy(credit: Credit): string | null {
  switch (credit.kind) {
    case 'template':
    case 'unknownWriter':
      return null;
    case 'written':
    case 'recovered':
      return credit.personId;
    case 'recorded':
      return credit.recordedById;
  }
}

/**
 * Whose voice the words are, leaving out who typed them: words recorded for Ada are
 * Ada's, and recovered words their writer's. The balance of voice and the key to who
 * wrote what count by this.
 */
export function voiceOf(credit: Credit): Credit {
  switch (credit.kind) {
    case 'template':
    case 'written':
    case 'unknownWriter':
      return credit;
    case 'recorded':
    case 'recovered':
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
    case 'recovered':
      return JSON.stringify([credit.kind, credit.personId, credit.relayedById]);
    case 'unknownWriter':
      return JSON.stringify([credit.kind, credit.relayedById]);
  }
}

export function sameCredit(a: Credit, b: Credit): boolean {
  return creditKey(a) === creditKey(b);
}
