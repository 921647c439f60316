import type {
  AcceptInviteBody,
  AcceptInviteResponse,
  CreateDocumentBody,
  CreateInviteBody,
  CreateProjectBody,
  DocumentDetailResponse,
  DocumentResponse,
  InvitePreviewResponse,
  InviteResponse,
  MembershipResponse,
  MeResponse,
  ProjectDetailResponse,
  ProjectResponse,
  ProjectsResponse,
  SetupResponse,
  SignInBody,
  SignUpBody,
  UpdateDocumentBody,
  UpdateMemberBody,
  UpdateMyMembershipBody,
} from '@roundtable/shared';
import { apiRequest } from './apiRequest.ts';

const segment = (value: string) => encodeURIComponent(value);
const projectPath = (projectId: string) => `/api/projects/${segment(projectId)}`;

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
    apiRequest<DocumentResponse>('PATCH', `${projectPath(projectId)}/documents/${segment(documentId)}`, body),
  document: (projectId: string, documentId: string) =>
    apiRequest<DocumentDetailResponse>('GET', `${projectPath(projectId)}/documents/${segment(documentId)}`),

  createInvite: (projectId: string, body: CreateInviteBody) =>
    apiRequest<InviteResponse>('POST', `${projectPath(projectId)}/invites`, body),
  invitePreview: (token: string) => apiRequest<InvitePreviewResponse>('GET', `/api/invites/${segment(token)}`),
  acceptInvite: (token: string, body: AcceptInviteBody) =>
    apiRequest<AcceptInviteResponse>('POST', `/api/invites/${segment(token)}/accept`, body),

  updateMember: (projectId: string, userId: string, body: UpdateMemberBody) =>
    apiRequest<MembershipResponse>('PATCH', `${projectPath(projectId)}/members/${segment(userId)}`, body),
  removeMember: (projectId: string, userId: string) =>
    apiRequest<undefined>('DELETE', `${projectPath(projectId)}/members/${segment(userId)}`),
};
