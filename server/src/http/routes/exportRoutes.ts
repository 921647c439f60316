import { exportQuery } from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { contentDisposition } from '../../export/contentDisposition.ts';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import type { RouteServices } from './RouteServices.ts';

interface DocumentParams {
  projectId: string;
  documentId: string;
}

/**
 * Exports, for leads. A GET, because it changes nothing; another site can make a
 * signed-in browser fetch it but cannot read the answer (no CORS), and the download
 * header keeps the file from opening as a page of ours.
 */
export function exportRoutes(app: FastifyInstance, { exports }: RouteServices) {
  app.get<{ Params: DocumentParams }>(
    '/api/projects/:projectId/documents/:documentId/export',
    async (request, reply) => {
      const { user } = requireSignedIn(request);
      const query = parseBody(exportQuery, request.query);
      const { projectId, documentId } = request.params;
      const file = await exports.export(projectId, documentId, user.id, query);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.filename))
        .header('content-length', file.body.byteLength)
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );
}
