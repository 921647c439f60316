/**
 * What can help a person take part in a workshop. A person ticks any of these, privately
 * and with their consent; leads and facilitators see them as counts when they plan.
 */
export const accessNeeds = [
  'large-print',
  'hearing-loop',
  'step-free',
  'breaks',
  'interpreter',
  'papers-in-advance',
] as const;
export type AccessNeed = (typeof accessNeeds)[number];

export const isAccessNeed = (value: string): value is AccessNeed => (accessNeeds as readonly string[]).includes(value);

/** Each need in plain words, with a line of help where a word may be new. */
export const accessNeedLabels: Record<AccessNeed, { label: string; help: string }> = {
  'large-print': { label: 'Large print', help: 'Papers and slides in bigger text.' },
  'hearing-loop': {
    label: 'A hearing loop',
    help: 'A system that sends sound straight to a hearing aid set to “T”.',
  },
  'step-free': { label: 'Step-free access', help: 'A way in and around with no steps, such as a ramp or a lift.' },
  breaks: { label: 'Regular breaks', help: 'Time to rest, stretch or take medicine.' },
  interpreter: {
    label: 'An interpreter',
    help: 'For example British Sign Language, or someone who speaks your language.',
  },
  'papers-in-advance': {
    label: 'Papers in advance',
    help: 'The agenda and papers a few days before, to read in your own time.',
  },
};

/** Limits of what a person tells us, shared by the client (to warn early) and the server (to enforce). */
export const AccessNeedsLimits = {
  /** Characters in "anything else that helps". */
  otherNeedsMax: 500,
} as const;
