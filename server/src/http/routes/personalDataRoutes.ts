import { eraseAccountBody, type PersonalDataExportResponse } from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { contentDisposition } from '../../export/contentDisposition.ts';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import { clearSessionCookie } from '../sessionCookie.ts';
import type { RouteServices } from './RouteServices.ts';

/**
 * A person's own data: a copy to keep (start making it, see how far it has got,
 * download it), and deleting their account. Only ever their own.
 */
export function personalDataRoutes(app: FastifyInstance, { personalData, accountErasure, cookies }: RouteServices) {
  app.get('/api/account/data-export', async (request): Promise<PersonalDataExportResponse> => {
    const { user } = requireSignedIn(request);
    return { export: personalData.status(user.id) };
  });

  app.post('/api/account/data-export', async (request, reply): Promise<PersonalDataExportResponse> => {
    const { user } = requireSignedIn(request);
    reply.code(202);
    return { export: personalData.start(user.id) };
  });

  app.get('/api/account/data-export/download', async (request, reply) => {
    const { user } = requireSignedIn(request);
    const archive = personalData.archive(user.id);
    return reply
      .header('content-type', 'application/zip')
      .header('content-disposition', contentDisposition('My Roundtable data.zip'))
      .header('content-length', archive.byteLength)
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength));
  });

  app.post('/api/account/delete', async (request, reply) => {
    const { user } = requireSignedIn(request);
    await accountErasure.erase(user.id, parseBody(eraseAccountBody, request.body ?? {}));
    clearSessionCookie(reply, cookies);
    return reply.code(204).send();
  });
}
