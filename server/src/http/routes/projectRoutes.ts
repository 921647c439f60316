import {
  createProjectBody,
  type MembershipResponse,
  type ProjectDetailResponse,
  type ProjectResponse,
  type ProjectsResponse,
  updateMyMembershipBody,
} from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import type { RouteServices } from './RouteServices.ts';

interface ProjectParams {
  projectId: string;
}

export function projectRoutes(app: FastifyInstance, { projects, documents }: RouteServices) {
  app.get('/api/projects', async (request): Promise<ProjectsResponse> => {
    const { user } = requireSignedIn(request);
    return { projects: await projects.listForUser(user.id) };
  });

  app.post('/api/projects', async (request, reply): Promise<ProjectResponse> => {
    const { user } = requireSignedIn(request);
    const project = await projects.create(user.id, parseBody(createProjectBody, request.body));
    reply.status(201);
    return { project };
  });

  app.get<{ Params: ProjectParams }>('/api/projects/:projectId', async (request): Promise<ProjectDetailResponse> => {
    const { user } = requireSignedIn(request);
    const { project, me } = await projects.requireMember(request.params.projectId, user.id);
    const [members, projectDocuments] = await Promise.all([
      projects.listMembers(project.id),
      documents.list(project.id, user.id),
    ]);
    return { project, me, members, documents: projectDocuments };
  });

  app.patch<{ Params: ProjectParams }>('/api/projects/:projectId/me', async (request): Promise<MembershipResponse> => {
    const { user } = requireSignedIn(request);
    const change = parseBody(updateMyMembershipBody, request.body);
    return { membership: await projects.updateMyMembership(request.params.projectId, user.id, change) };
  });
}
