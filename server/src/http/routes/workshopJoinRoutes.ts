import {
  createWorkshopLinkBody,
  type JoinEnterResponse,
  type JoinWaitingResponse,
  joinWorkshopAsNewBody,
  joinWorkshopSignedInBody,
  type MadeWorkshopLinkResponse,
  updateWorkshopLinkBody,
  type WorkshopJoiningResponse,
  type WorkshopLinkPreviewResponse,
} from '@roundtable/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { JoinDelayed } from '../../workshops/joining/JoinAttemptLimiter.ts';
import { readKnownDeviceCookie, setKnownDeviceCookie } from '../knownDeviceCookie.ts';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import { setSessionCookie } from '../sessionCookie.ts';
import { clearWorkshopJoinCookie, readWorkshopJoinCookie, setWorkshopJoinCookie } from '../workshopJoinCookie.ts';
import type { RouteServices } from './RouteServices.ts';

interface WorkshopParams {
  projectId: string;
  workshopId: string;
}

/** A slowed attempt says when to try again, as a slowed sign-in does. */
async function saysWhenToRetry<T>(reply: FastifyReply, attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof JoinDelayed) reply.header('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}

const signedInUser = (request: FastifyRequest) => request.signedIn?.user ?? null;

/** Joining a workshop through its link: the facilitators' side, then the link holder's. */
export function workshopJoinRoutes(
  app: FastifyInstance,
  { workshopLinks, joinDecisions, workshopJoins, cookies }: RouteServices,
) {
  const base = '/api/projects/:projectId/workshops/:workshopId/joining';

  app.get<{ Params: WorkshopParams }>(base, async (request): Promise<WorkshopJoiningResponse> => {
    const { user } = requireSignedIn(request);
    return workshopLinks.joining(request.params.projectId, request.params.workshopId, user.id);
  });

  app.post<{ Params: WorkshopParams }>(`${base}/link`, async (request, reply): Promise<MadeWorkshopLinkResponse> => {
    const { user } = requireSignedIn(request);
    const { maxUses } = parseBody(createWorkshopLinkBody, request.body);
    const made = await workshopLinks.make(request.params.projectId, request.params.workshopId, user.id, maxUses);
    reply.status(201);
    return made;
  });

  app.patch<{ Params: WorkshopParams }>(`${base}/link`, async (request): Promise<WorkshopJoiningResponse> => {
    const { user } = requireSignedIn(request);
    const { maxUses } = parseBody(updateWorkshopLinkBody, request.body);
    return workshopLinks.changeMaxUses(request.params.projectId, request.params.workshopId, user.id, maxUses);
  });

  app.delete<{ Params: WorkshopParams }>(`${base}/link`, async (request): Promise<WorkshopJoiningResponse> => {
    const { user } = requireSignedIn(request);
    return workshopLinks.stop(request.params.projectId, request.params.workshopId, user.id);
  });

  app.post<{ Params: WorkshopParams & { requestId: string } }>(
    `${base}/requests/:requestId/admit`,
    async (request): Promise<WorkshopJoiningResponse> => {
      const { user } = requireSignedIn(request);
      const { projectId, workshopId, requestId } = request.params;
      return joinDecisions.admit(projectId, workshopId, requestId, user.id);
    },
  );

  app.post<{ Params: WorkshopParams & { requestId: string } }>(
    `${base}/requests/:requestId/turn-away`,
    async (request): Promise<WorkshopJoiningResponse> => {
      const { user } = requireSignedIn(request);
      const { projectId, workshopId, requestId } = request.params;
      return joinDecisions.turnAway(projectId, workshopId, requestId, user.id);
    },
  );

  app.delete<{ Params: WorkshopParams & { userId: string } }>(
    `${base}/people/:userId`,
    async (request): Promise<WorkshopJoiningResponse> => {
      const { user } = requireSignedIn(request);
      const { projectId, workshopId, userId } = request.params;
      return joinDecisions.removeJoined(projectId, workshopId, userId, user.id);
    },
  );

  // Anyone holding the link sees which workshop it is for, and until when it works; nothing more.
  app.get<{ Params: { token: string } }>(
    '/api/workshop-links/:token',
    async (request, reply): Promise<WorkshopLinkPreviewResponse> =>
      saysWhenToRetry(reply, () => workshopJoins.preview(request.params.token, signedInUser(request), request.ip)),
  );

  app.post<{ Params: { token: string } }>(
    '/api/workshop-links/:token/join',
    async (request, reply): Promise<JoinWaitingResponse> => {
      const body = {
        signedIn: () => parseBody(joinWorkshopSignedInBody, request.body),
        asNew: () => parseBody(joinWorkshopAsNewBody, request.body),
      };
      const asked = await saysWhenToRetry(reply, () =>
        workshopJoins.ask(request.params.token, body, signedInUser(request), request.ip),
      );
      setWorkshopJoinCookie(reply, asked.waitingToken, asked.keepUntil, cookies);
      reply.status(201);
      return asked.waiting;
    },
  );

  app.get(
    '/api/workshop-join',
    async (request): Promise<JoinWaitingResponse> => workshopJoins.waiting(readWorkshopJoinCookie(request)),
  );

  app.post('/api/workshop-join/enter', async (request, reply): Promise<JoinEnterResponse> => {
    const { entered, signedIn } = await workshopJoins.enter(readWorkshopJoinCookie(request), signedInUser(request), {
      address: request.ip,
      userAgent: request.headers['user-agent'],
      deviceToken: readKnownDeviceCookie(request),
    });
    if (signedIn) {
      setSessionCookie(reply, signedIn.token, signedIn.expiresAt, cookies);
      setKnownDeviceCookie(reply, signedIn.deviceToken, cookies);
    }
    clearWorkshopJoinCookie(reply, cookies);
    return entered;
  });

  app.delete('/api/workshop-join', async (request, reply) => {
    await workshopJoins.withdraw(readWorkshopJoinCookie(request));
    clearWorkshopJoinCookie(reply, cookies);
    return reply.status(204).send();
  });
}
