import type { CreditAs } from '../export/creditAs.ts';
import type { Perspective } from '../people/perspectives.ts';
import type { Role } from '../people/roles.ts';
import type { TemplateId } from '../templates/templateIds.ts';

/** Response bodies of the JSON API. Times are ISO 8601 strings. */

export interface User {
  id: string;
  displayName: string;
  email: string;
}

export interface Membership {
  projectId: string;
  userId: string;
  role: Role;
  perspective: Perspective;
  /** How this person wants exports to credit them; their own choice. */
  creditAs: CreditAs;
  /** Whether this person asked for emails about mentions and replies (sent only where the server has a mail server). */
  emailNotifications: boolean;
  joinedAt: string;
}

/**
 * Another person in a project, as every member sees them: by name and perspective,
 * never by email address, nor whether they asked for emails (their own setting).
 */
export interface Member extends Omit<Membership, 'emailNotifications'> {
  displayName: string;
}

export interface Project {
  id: string;
  name: string;
  purpose: string;
  createdAt: string;
}

export interface ProjectSummary extends Project {
  myRole: Role;
  memberCount: number;
  documentCount: number;
}

export interface DocumentSummary {
  id: string;
  projectId: string;
  title: string;
  template: TemplateId;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

export interface Invite {
  token: string;
  projectId: string;
  role: Role;
  expiresAt: string;
}

/** GET /api/setup */
export interface SetupResponse {
  needsFirstAccount: boolean;
  /** The server can email people a link to reset a forgotten password. */
  passwordResetByEmail: boolean;
  /** Staff can sign in through their organisation's identity provider, with a button saying "Sign in with {label}". */
  organisationSignIn?: { label: string };
}
/** GET /api/me, POST /api/auth/signup, POST /api/auth/signin */
export interface MeResponse {
  user: User;
}
/** GET /api/projects */
export interface ProjectsResponse {
  projects: ProjectSummary[];
}
/** POST /api/projects */
export interface ProjectResponse {
  project: Project;
}
/** GET /api/projects/:projectId */
export interface ProjectDetailResponse {
  project: Project;
  me: Membership;
  members: Member[];
  documents: DocumentSummary[];
}
/** GET /api/projects/:projectId/documents/:documentId */
export interface DocumentDetailResponse {
  project: Project;
  me: Membership;
  document: DocumentSummary;
  /** Name to pass to the collaboration provider. */
  collaborationName: string;
}
/** POST /api/projects/:projectId/documents, PATCH …/documents/:documentId */
export interface DocumentResponse {
  document: DocumentSummary;
}
/** POST /api/projects/:projectId/invites */
export interface InviteResponse {
  invite: Invite;
}
/** GET /api/invites/:token (anyone holding the link) */
export interface InvitePreviewResponse {
  projectName: string;
  invitedBy: string;
  role: Role;
  expiresAt: string;
  /** The project's id when whoever opened the link is signed in and already in it: they go straight there. */
  alreadyMemberOf: string | null;
}
/** One invite link nobody has used yet, as its project's leads see it (never the link itself). */
export interface OpenInvite {
  id: string;
  role: Role;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
}
/** GET /api/projects/:projectId/invites (leads) */
export interface OpenInvitesResponse {
  invites: OpenInvite[];
}
/** POST /api/invites/:token/accept */
export interface AcceptInviteResponse {
  projectId: string;
}
/** PATCH /api/projects/:projectId/me, PATCH …/members/:userId */
export interface MembershipResponse {
  membership: Membership;
}

/** Every error response has this shape, with a plain-English message. */
export interface ApiError {
  error: { code: ApiErrorCode; message: string; fields?: Record<string, string> };
}

export type ApiErrorCode =
  | 'invalid-request'
  | 'not-signed-in'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-many-attempts'
  | 'payload-too-large'
  | 'csrf'
  | 'internal';
