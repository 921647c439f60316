import {
  type AuthorshipResponse,
  type CompareResponse,
  type ContributionsResponse,
  compareQuery,
  createVersionBody,
  type HistoryResponse,
  historyQuery,
  type SinceLastVisitResponse,
  type VersionContentResponse,
  type VersionResponse,
  type VersionsResponse,
} from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import type { RouteServices } from './RouteServices.ts';

interface DocumentParams {
  projectId: string;
  documentId: string;
}
interface VersionParams extends DocumentParams {
  versionId: string;
}

const base = '/api/projects/:projectId/documents/:documentId';

/** The attributed history of a document: timeline, versions, comparisons and summaries. */
export function historyRoutes(app: FastifyInstance, { history, versions }: RouteServices) {
  app.get<{ Params: DocumentParams }>(`${base}/history`, async (request): Promise<HistoryResponse> => {
    const { user } = requireSignedIn(request);
    const { projectId, documentId } = request.params;
    return history.timeline(projectId, documentId, user.id, parseBody(historyQuery, request.query));
  });

  app.get<{ Params: DocumentParams }>(`${base}/authorship`, async (request): Promise<AuthorshipResponse> => {
    const { user } = requireSignedIn(request);
    return history.authorship(request.params.projectId, request.params.documentId, user.id);
  });

  app.get<{ Params: DocumentParams }>(`${base}/compare`, async (request): Promise<CompareResponse> => {
    const { user } = requireSignedIn(request);
    const { from, to } = parseBody(compareQuery, request.query);
    return history.compare(request.params.projectId, request.params.documentId, user.id, from, to);
  });

  app.get<{ Params: DocumentParams }>(`${base}/since-last-visit`, async (request): Promise<SinceLastVisitResponse> => {
    const { user } = requireSignedIn(request);
    return history.sinceLastVisit(request.params.projectId, request.params.documentId, user.id);
  });

  app.get<{ Params: DocumentParams }>(`${base}/contributions`, async (request): Promise<ContributionsResponse> => {
    const { user } = requireSignedIn(request);
    return history.contributions(request.params.projectId, request.params.documentId, user.id);
  });

  app.get<{ Params: DocumentParams }>(`${base}/versions`, async (request): Promise<VersionsResponse> => {
    const { user } = requireSignedIn(request);
    return versions.list(request.params.projectId, request.params.documentId, user.id);
  });

  app.post<{ Params: DocumentParams }>(`${base}/versions`, async (request, reply): Promise<VersionResponse> => {
    const { user } = requireSignedIn(request);
    const { name } = parseBody(createVersionBody, request.body);
    const version = await versions.create(request.params.projectId, request.params.documentId, user.id, name);
    reply.status(201);
    return { version };
  });

  app.get<{ Params: VersionParams }>(
    `${base}/versions/:versionId`,
    async (request): Promise<VersionContentResponse> => {
      const { user } = requireSignedIn(request);
      const { projectId, documentId, versionId } = request.params;
      return versions.content(projectId, documentId, user.id, versionId);
    },
  );

  app.post<{ Params: VersionParams }>(
    `${base}/versions/:versionId/restore`,
    async (request): Promise<VersionResponse> => {
      const { user } = requireSignedIn(request);
      const { projectId, documentId, versionId } = request.params;
      return { version: await versions.restore(projectId, documentId, user, versionId) };
    },
  );
}
