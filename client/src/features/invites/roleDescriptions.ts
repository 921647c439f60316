import type { Role } from '@roundtable/shared';

/** Roles add duties, never more say over the text; the descriptions say exactly that. */
export const roleDescriptions: Record<Role, string> = {
  member: 'Members write and comment on every document, like everyone else.',
  facilitator: 'Facilitators write and comment like everyone else, and run live workshops.',
  lead: 'Leads write and comment like everyone else, and look after the people and documents.',
};
