import { colorForPerson } from '@roundtable/shared';
import type { CSSProperties } from 'react';

/**
 * Underline styles, so two people whose colours look alike to someone (or in print)
 * still differ. Chosen from the person's id, like their colour, so each person keeps
 * one look in every view.
 */
export const AUTHOR_PATTERNS = ['solid', 'dashed', 'dotted', 'double', 'wavy'] as const;
export type AuthorPattern = (typeof AUTHOR_PATTERNS)[number] | 'template';

export function patternForPerson(personId: string | null): AuthorPattern {
  if (personId === null) return 'template';
  let hash = 7;
  // A different mixing from the colour's, so colour and pattern vary independently.
  for (const char of personId) hash = (hash * 17 + char.charCodeAt(0) * 13) >>> 0;
  return AUTHOR_PATTERNS[hash % AUTHOR_PATTERNS.length] ?? 'solid';
}

/** The colour and pattern of someone's passages, as attributes for an element. */
export function authorStyle(personId: string | null): { style: CSSProperties; 'data-pattern': AuthorPattern } {
  const color = personId === null ? '#5f6670' : colorForPerson(personId);
  return { style: { '--author-color': color } as CSSProperties, 'data-pattern': patternForPerson(personId) };
}
