import type { Role } from '@roundtable/shared';

/** Roles add duties, never more say over the text; the descriptions say exactly that. */
export const roleDescriptions: Record<Role, string> = {
  member: 'Writes and comments on every document, like everyone else.',
  facilitator: 'Writes and comments like everyone else, and runs live workshops.',
  lead: 'Writes and comments like everyone else, and manages people and documents.',
};
