import {
  createDocumentBody,
  type DocumentDetailResponse,
  type DocumentResponse,
  updateDocumentBody,
} from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import type { RouteServices } from './RouteServices.ts';

interface DocumentParams {
  projectId: string;
  documentId: string;
}

export function documentRoutes(app: FastifyInstance, { documents }: RouteServices) {
  app.post<{ Params: { projectId: string } }>(
    '/api/projects/:projectId/documents',
    async (request, reply): Promise<DocumentResponse> => {
      const { user } = requireSignedIn(request);
      const body = parseBody(createDocumentBody, request.body);
      const document = await documents.create(request.params.projectId, user.id, body);
      reply.status(201);
      return { document };
    },
  );

  app.get<{ Params: DocumentParams }>(
    '/api/projects/:projectId/documents/:documentId',
    async (request): Promise<DocumentDetailResponse> => {
      const { user } = requireSignedIn(request);
      return documents.detail(request.params.projectId, request.params.documentId, user.id);
    },
  );

  app.patch<{ Params: DocumentParams }>(
    '/api/projects/:projectId/documents/:documentId',
    async (request): Promise<DocumentResponse> => {
      const { user } = requireSignedIn(request);
      const body = parseBody(updateDocumentBody, request.body);
      const { projectId, documentId } = request.params;
      return { document: await documents.update(projectId, documentId, user.id, body) };
    },
  );
}
