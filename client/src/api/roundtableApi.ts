import type {
  AcceptInviteBody,
  AcceptInviteResponse,
  AuthorshipResponse,
  CommentResponse,
  CommentThreadResponse,
  CommentThreadsResponse,
  CompareResponse,
  ContributionsResponse,
  CreateDocumentBody,
  CreateInviteBody,
  CreateProjectBody,
  CreateThreadBody,
  CreateVersionBody,
  DocumentDetailResponse,
  DocumentResponse,
  EditCommentBody,
  HistoryResponse,
  InboxResponse,
  InvitePreviewResponse,
  InviteResponse,
  MarkInboxReadBody,
  MembershipResponse,
  MeResponse,
  OpenInvitesResponse,
  ProjectDetailResponse,
  ProjectResponse,
  ProjectsResponse,
  ReplyBody,
  SetupResponse,
  SignInBody,
  SignUpBody,
  SinceLastVisitResponse,
  UpdateDocumentBody,
  UpdateMemberBody,
  UpdateMyMembershipBody,
  VersionContentResponse,
  VersionResponse,
  VersionsResponse,
  WhatsNewResponse,
} from '@roundtable/shared';
import { apiRequest } from './apiRequest.ts';

const segment = (value: string) => encodeURIComponent(value);
const projectPath = (projectId: string) => `/api/projects/${segment(projectId)}`;
const documentPath = (projectId: string, documentId: string) =>
  `${projectPath(projectId)}/documents/${segment(documentId)}`;
const commentsPath = (projectId: string, documentId: string) => `${documentPath(projectId, documentId)}/comments`;
const threadPath = (projectId: string, documentId: string, threadId: string) =>
  `${commentsPath(projectId, documentId)}/threads/${segment(threadId)}`;

/** A query string from the filters that are set; empty ones are left out rather than sent blank. */
function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** Filters and paging of a document's history; `person` may also be one of HISTORY_PERSON_FILTERS. */
export interface HistoryFilters {
  person?: string | undefined;
  section?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
}

/** Every endpoint of the JSON API, typed with the shared contract. */
export const roundtableApi = {
  setup: () => apiRequest<SetupResponse>('GET', '/api/setup'),
  me: () => apiRequest<MeResponse>('GET', '/api/me'),
  signUp: (body: SignUpBody) => apiRequest<MeResponse>('POST', '/api/auth/signup', body),
  signIn: (body: SignInBody) => apiRequest<MeResponse>('POST', '/api/auth/signin', body),
  signOut: () => apiRequest<undefined>('POST', '/api/auth/signout'),

  projects: () => apiRequest<ProjectsResponse>('GET', '/api/projects'),
  createProject: (body: CreateProjectBody) => apiRequest<ProjectResponse>('POST', '/api/projects', body),
  project: (projectId: string) => apiRequest<ProjectDetailResponse>('GET', projectPath(projectId)),
  updateMyMembership: (projectId: string, body: UpdateMyMembershipBody) =>
    apiRequest<MembershipResponse>('PATCH', `${projectPath(projectId)}/me`, body),

  createDocument: (projectId: string, body: CreateDocumentBody) =>
    apiRequest<DocumentResponse>('POST', `${projectPath(projectId)}/documents`, body),
  updateDocument: (projectId: string, documentId: string, body: UpdateDocumentBody) =>
    apiRequest<DocumentResponse>('PATCH', documentPath(projectId, documentId), body),
  document: (projectId: string, documentId: string) =>
    apiRequest<DocumentDetailResponse>('GET', documentPath(projectId, documentId)),

  history: (projectId: string, documentId: string, filters: HistoryFilters, before?: string, limit = 30) =>
    apiRequest<HistoryResponse>(
      'GET',
      `${documentPath(projectId, documentId)}/history${queryString({ ...filters, before, limit })}`,
    ),
  versions: (projectId: string, documentId: string) =>
    apiRequest<VersionsResponse>('GET', `${documentPath(projectId, documentId)}/versions`),
  createVersion: (projectId: string, documentId: string, body: CreateVersionBody) =>
    apiRequest<VersionResponse>('POST', `${documentPath(projectId, documentId)}/versions`, body),
  version: (projectId: string, documentId: string, versionId: string) =>
    apiRequest<VersionContentResponse>('GET', `${documentPath(projectId, documentId)}/versions/${segment(versionId)}`),
  restoreVersion: (projectId: string, documentId: string, versionId: string) =>
    apiRequest<VersionResponse>(
      'POST',
      `${documentPath(projectId, documentId)}/versions/${segment(versionId)}/restore`,
      {},
    ),
  compare: (projectId: string, documentId: string, from: string, to: string) =>
    apiRequest<CompareResponse>('GET', `${documentPath(projectId, documentId)}/compare${queryString({ from, to })}`),
  authorship: (projectId: string, documentId: string) =>
    apiRequest<AuthorshipResponse>('GET', `${documentPath(projectId, documentId)}/authorship`),
  sinceLastVisit: (projectId: string, documentId: string) =>
    apiRequest<SinceLastVisitResponse>('GET', `${documentPath(projectId, documentId)}/since-last-visit`),
  contributions: (projectId: string, documentId: string) =>
    apiRequest<ContributionsResponse>('GET', `${documentPath(projectId, documentId)}/contributions`),

  comments: (projectId: string, documentId: string) =>
    apiRequest<CommentThreadsResponse>('GET', commentsPath(projectId, documentId)),
  createThread: (projectId: string, documentId: string, body: CreateThreadBody) =>
    apiRequest<CommentThreadResponse>('POST', `${commentsPath(projectId, documentId)}/threads`, body),
  reply: (projectId: string, documentId: string, threadId: string, body: ReplyBody) =>
    apiRequest<CommentResponse>('POST', `${threadPath(projectId, documentId, threadId)}/replies`, body),
  editComment: (projectId: string, documentId: string, commentId: string, body: EditCommentBody) =>
    apiRequest<CommentResponse>('PATCH', `${commentsPath(projectId, documentId)}/${segment(commentId)}`, body),
  deleteComment: (projectId: string, documentId: string, commentId: string) =>
    apiRequest<undefined>('DELETE', `${commentsPath(projectId, documentId)}/${segment(commentId)}`),
  resolveThread: (projectId: string, documentId: string, threadId: string) =>
    apiRequest<CommentThreadResponse>('POST', `${threadPath(projectId, documentId, threadId)}/resolve`, {}),
  reopenThread: (projectId: string, documentId: string, threadId: string) =>
    apiRequest<CommentThreadResponse>('POST', `${threadPath(projectId, documentId, threadId)}/reopen`, {}),

  inbox: () => apiRequest<InboxResponse>('GET', '/api/inbox'),
  markInboxRead: (body: MarkInboxReadBody) => apiRequest<InboxResponse>('POST', '/api/inbox/read', body),
  whatsNew: (projectId: string) => apiRequest<WhatsNewResponse>('GET', `${projectPath(projectId)}/whats-new`),
  markWhatsNewSeen: (projectId: string) =>
    apiRequest<undefined>('POST', `${projectPath(projectId)}/whats-new/seen`, {}),

  createInvite: (projectId: string, body: CreateInviteBody) =>
    apiRequest<InviteResponse>('POST', `${projectPath(projectId)}/invites`, body),
  invitePreview: (token: string) => apiRequest<InvitePreviewResponse>('GET', `/api/invites/${segment(token)}`),
  openInvites: (projectId: string) =>
    apiRequest<OpenInvitesResponse>('GET', `/api/projects/${segment(projectId)}/invites`),
  withdrawInvite: (projectId: string, inviteId: string) =>
    apiRequest<OpenInvitesResponse>('DELETE', `/api/projects/${segment(projectId)}/invites/${segment(inviteId)}`),
  acceptInvite: (token: string, body: AcceptInviteBody) =>
    apiRequest<AcceptInviteResponse>('POST', `/api/invites/${segment(token)}/accept`, body),

  updateMember: (projectId: string, userId: string, body: UpdateMemberBody) =>
    apiRequest<MembershipResponse>('PATCH', `${projectPath(projectId)}/members/${segment(userId)}`, body),
  removeMember: (projectId: string, userId: string) =>
    apiRequest<undefined>('DELETE', `${projectPath(projectId)}/members/${segment(userId)}`),
};
