import {
  castVotesBody,
  createIdeasRoundBody,
  type IdeasRoundResponse,
  type IdeasRoundsResponse,
  ideaCardBody,
  newIdeaCardBody,
  openVotingBody,
  updateIdeasRoundBody,
} from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import type { RouteServices } from './RouteServices.ts';

interface WorkshopParams {
  projectId: string;
  workshopId: string;
}

interface RoundParams extends WorkshopParams {
  roundId: string;
}

interface CardParams extends RoundParams {
  cardId: string;
}

const roundsPath = '/api/projects/:projectId/workshops/:workshopId/ideas';
const roundPath = `${roundsPath}/:roundId`;
const cardsPath = `${roundPath}/cards`;

/**
 * Ideas rounds of a workshop (leads and facilitators create, open, close and reveal
 * them, and open and close voting), idea cards (every member adds, changes and removes
 * their own) and dot votes. Each answer is the asker's own view of the round.
 */
export function ideasRoutes(app: FastifyInstance, { ideasRounds, ideaCards, ideasVoting }: RouteServices) {
  app.get<{ Params: WorkshopParams }>(roundsPath, async (request): Promise<IdeasRoundsResponse> => {
    const { user } = requireSignedIn(request);
    return ideasRounds.list(request.params.projectId, request.params.workshopId, user.id);
  });

  app.post<{ Params: WorkshopParams }>(roundsPath, async (request, reply): Promise<IdeasRoundResponse> => {
    const { user } = requireSignedIn(request);
    const body = parseBody(createIdeasRoundBody, request.body);
    const answer = await ideasRounds.create(request.params.projectId, request.params.workshopId, user.id, body);
    reply.status(201);
    return answer;
  });

  app.get<{ Params: RoundParams }>(roundPath, async (request): Promise<IdeasRoundResponse> => {
    const { user } = requireSignedIn(request);
    const { projectId, workshopId, roundId } = request.params;
    return ideasRounds.get(projectId, workshopId, roundId, user.id);
  });

  app.patch<{ Params: RoundParams }>(roundPath, async (request): Promise<IdeasRoundResponse> => {
    const { user } = requireSignedIn(request);
    const change = parseBody(updateIdeasRoundBody, request.body);
    const { projectId, workshopId, roundId } = request.params;
    return ideasRounds.update(projectId, workshopId, roundId, user.id, change);
  });

  for (const action of ['open', 'close', 'reveal'] as const) {
    app.post<{ Params: RoundParams }>(`${roundPath}/${action}`, async (request): Promise<IdeasRoundResponse> => {
      const { user } = requireSignedIn(request);
      const { projectId, workshopId, roundId } = request.params;
      return ideasRounds[action](projectId, workshopId, roundId, user.id);
    });
  }

  app.post<{ Params: RoundParams }>(cardsPath, async (request, reply): Promise<IdeasRoundResponse> => {
    const { user } = requireSignedIn(request);
    const card = parseBody(newIdeaCardBody, request.body);
    const { projectId, workshopId, roundId } = request.params;
    const answer = await ideaCards.add(projectId, workshopId, roundId, user.id, card);
    reply.status(201);
    return answer;
  });

  app.patch<{ Params: CardParams }>(`${cardsPath}/:cardId`, async (request): Promise<IdeasRoundResponse> => {
    const { user } = requireSignedIn(request);
    const { text } = parseBody(ideaCardBody, request.body);
    const { projectId, workshopId, roundId, cardId } = request.params;
    return ideaCards.edit(projectId, workshopId, roundId, cardId, user.id, text);
  });

  app.delete<{ Params: CardParams }>(`${cardsPath}/:cardId`, async (request): Promise<IdeasRoundResponse> => {
    const { user } = requireSignedIn(request);
    const { projectId, workshopId, roundId, cardId } = request.params;
    return ideaCards.remove(projectId, workshopId, roundId, cardId, user.id);
  });

  app.post<{ Params: RoundParams }>(`${roundPath}/voting/open`, async (request): Promise<IdeasRoundResponse> => {
    const { user } = requireSignedIn(request);
    const rules = parseBody(openVotingBody, request.body);
    const { projectId, workshopId, roundId } = request.params;
    return ideasVoting.open(projectId, workshopId, roundId, user.id, rules);
  });

  app.post<{ Params: RoundParams }>(`${roundPath}/voting/close`, async (request): Promise<IdeasRoundResponse> => {
    const { user } = requireSignedIn(request);
    const { projectId, workshopId, roundId } = request.params;
    return ideasVoting.close(projectId, workshopId, roundId, user.id);
  });

  app.put<{ Params: RoundParams }>(`${roundPath}/votes/mine`, async (request): Promise<IdeasRoundResponse> => {
    const { user } = requireSignedIn(request);
    const { cardIds } = parseBody(castVotesBody, request.body);
    const { projectId, workshopId, roundId } = request.params;
    return ideasVoting.cast(projectId, workshopId, roundId, user.id, cardIds);
  });
}
