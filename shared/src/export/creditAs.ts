/**
 * How a person wants to be credited in exports of a project's documents: by their
 * name, or as "a member of the group". Each person chooses for themself, per project.
 */
export const creditAsChoices = ['name', 'anonymous'] as const;
export type CreditAs = (typeof creditAsChoices)[number];

export const creditAsLabels: Record<CreditAs, string> = {
  name: 'Show my name',
  anonymous: 'Credit me as “a member of the group”',
};

/** What an export says instead of the name of someone who prefers not to be named. */
export const UNNAMED_MEMBER = 'a member of the group';
