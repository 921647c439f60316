/**
 * Roles add duties, never more say over the text: every role edits and comments alike.
 * Only leads manage membership and documents; leads and facilitators run workshops.
 */
export const roles = ['member', 'facilitator', 'lead'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  member: 'Member',
  facilitator: 'Facilitator',
  lead: 'Lead',
};

export function canManageProject(role: Role): boolean {
  return role === 'lead';
}

/** Planning, starting and ending workshops is a duty of leads and facilitators; everyone takes part. */
export function canRunWorkshops(role: Role): boolean {
  return role === 'lead' || role === 'facilitator';
}
