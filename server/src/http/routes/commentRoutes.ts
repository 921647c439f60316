import {
  type CommentResponse,
  type CommentThreadResponse,
  type CommentThreadsResponse,
  createThreadBody,
  editCommentBody,
  replyBody,
} from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import type { RouteServices } from './RouteServices.ts';

interface DocumentParams {
  projectId: string;
  documentId: string;
}
interface ThreadParams extends DocumentParams {
  threadId: string;
}
interface CommentParams extends DocumentParams {
  commentId: string;
}

const base = '/api/projects/:projectId/documents/:documentId/comments';

/** Conversations on a document: threads, replies, edits, deletions, resolving and reopening. */
export function commentRoutes(app: FastifyInstance, { comments }: RouteServices) {
  app.get<{ Params: DocumentParams }>(base, async (request): Promise<CommentThreadsResponse> => {
    const { user } = requireSignedIn(request);
    return comments.list(request.params.projectId, request.params.documentId, user.id);
  });

  app.post<{ Params: DocumentParams }>(`${base}/threads`, async (request, reply): Promise<CommentThreadResponse> => {
    const { user } = requireSignedIn(request);
    const body = parseBody(createThreadBody, request.body);
    const created = await comments.createThread(request.params.projectId, request.params.documentId, user, body);
    reply.status(201);
    return created;
  });

  app.post<{ Params: ThreadParams }>(
    `${base}/threads/:threadId/replies`,
    async (request, reply): Promise<CommentResponse> => {
      const { user } = requireSignedIn(request);
      const { body } = parseBody(replyBody, request.body);
      const { projectId, documentId, threadId } = request.params;
      const created = await comments.reply(projectId, documentId, user, threadId, body);
      reply.status(201);
      return created;
    },
  );

  app.post<{ Params: ThreadParams }>(
    `${base}/threads/:threadId/resolve`,
    async (request): Promise<CommentThreadResponse> => {
      const { user } = requireSignedIn(request);
      const { projectId, documentId, threadId } = request.params;
      return comments.resolve(projectId, documentId, user, threadId);
    },
  );

  app.post<{ Params: ThreadParams }>(
    `${base}/threads/:threadId/reopen`,
    async (request): Promise<CommentThreadResponse> => {
      const { user } = requireSignedIn(request);
      const { projectId, documentId, threadId } = request.params;
      return comments.reopen(projectId, documentId, user, threadId);
    },
  );

  app.patch<{ Params: CommentParams }>(`${base}/:commentId`, async (request): Promise<CommentResponse> => {
    const { user } = requireSignedIn(request);
    const { body } = parseBody(editCommentBody, request.body);
    const { projectId, documentId, commentId } = request.params;
    return comments.edit(projectId, documentId, user, commentId, body);
  });

  app.delete<{ Params: CommentParams }>(`${base}/:commentId`, async (request, reply) => {
    const { user } = requireSignedIn(request);
    const { projectId, documentId, commentId } = request.params;
    await comments.delete(projectId, documentId, user, commentId);
    return reply.status(204).send();
  });
}
