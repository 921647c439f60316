import { type Credit, colorForPerson, creditedPersonId } from '@roundtable/shared';
import type { CSSProperties } from 'react';

/**
 * Underline styles, so two people whose colours look alike to someone (or in print)
 * still differ. Chosen from the credited person's id, like their colour, so each person
 * keeps one look in every view, whether they typed their words or a scribe did.
 */
export const AUTHOR_PATTERNS = ['solid', 'dashed', 'dotted', 'double', 'wavy'] as const;
export type AuthorPattern = (typeof AUTHOR_PATTERNS)[number] | 'template';

const TEMPLATE_COLOR = '#5f6670';

export function patternForCredit(credit: Credit): AuthorPattern {
  const personId = creditedPersonId(credit);
  if (personId === null) return 'template';
  let hash = 7;
  // A different mixing from the colour's, so colour and pattern vary independently.
  for (const char of personId) hash = (hash * 17 + char.charCodeAt(0) * 13) >>> 0;
  return AUTHOR_PATTERNS[hash % AUTHOR_PATTERNS.length] ?? 'solid';
}

export function colorForCredit(credit: Credit): string {
  const personId = creditedPersonId(credit);
  return personId === null ? TEMPLATE_COLOR : colorForPerson(personId);
}

/** The colour and pattern of someone's passages, as attributes for an element. */
export function authorStyle(credit: Credit): { style: CSSProperties; 'data-pattern': AuthorPattern } {
  return {
    style: { '--author-color': colorForCredit(credit) } as CSSProperties,
    'data-pattern': patternForCredit(credit),
  };
}
