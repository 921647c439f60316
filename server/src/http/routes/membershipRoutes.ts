import {
  type AcceptInviteResponse,
  acceptInviteBody,
  createInviteBody,
  type InvitePreviewResponse,
  type InviteResponse,
  type MembershipResponse,
  type OpenInvitesResponse,
  updateMemberBody,
} from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import type { RouteServices } from './RouteServices.ts';

interface MemberParams {
  projectId: string;
  userId: string;
}

export function membershipRoutes(app: FastifyInstance, { memberships }: RouteServices) {
  app.post<{ Params: { projectId: string } }>(
    '/api/projects/:projectId/invites',
    async (request, reply): Promise<InviteResponse> => {
      const { user } = requireSignedIn(request);
      const { role } = parseBody(createInviteBody, request.body);
      const invite = await memberships.createInvite(request.params.projectId, user.id, role);
      reply.status(201);
      return { invite };
    },
  );

  app.get<{ Params: { projectId: string } }>(
    '/api/projects/:projectId/invites',
    async (request): Promise<OpenInvitesResponse> => {
      const { user } = requireSignedIn(request);
      return memberships.listOpenInvites(request.params.projectId, user.id);
    },
  );

  app.delete<{ Params: { projectId: string; inviteId: string } }>(
    '/api/projects/:projectId/invites/:inviteId',
    async (request): Promise<OpenInvitesResponse> => {
      const { user } = requireSignedIn(request);
      return memberships.withdrawInvite(request.params.projectId, user.id, request.params.inviteId);
    },
  );

  // Anyone holding the link may see which project it is for; nothing more. Someone
  // already in the project is told so, to go straight there.
  app.get<{ Params: { token: string } }>(
    '/api/invites/:token',
    async (request): Promise<InvitePreviewResponse> =>
      memberships.previewInvite(request.params.token, request.signedIn?.user.id),
  );

  app.post<{ Params: { token: string } }>(
    '/api/invites/:token/accept',
    async (request): Promise<AcceptInviteResponse> => {
      const { user } = requireSignedIn(request);
      const { perspective } = parseBody(acceptInviteBody, request.body);
      return memberships.acceptInvite(request.params.token, user.id, perspective);
    },
  );

  app.patch<{ Params: MemberParams }>(
    '/api/projects/:projectId/members/:userId',
    async (request): Promise<MembershipResponse> => {
      const { user } = requireSignedIn(request);
      const { role } = parseBody(updateMemberBody, request.body);
      const { projectId, userId } = request.params;
      return { membership: await memberships.changeRole(projectId, user.id, userId, role) };
    },
  );

  app.delete<{ Params: MemberParams }>('/api/projects/:projectId/members/:userId', async (request, reply) => {
    const { user } = requireSignedIn(request);
    await memberships.remove(request.params.projectId, user.id, request.params.userId);
    return reply.status(204).send();
  });
}
