import {
  addTimeEntryBody,
  type GroupTimeResponse,
  type TimeStatementResponse,
  timeSharingBody,
} from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { contentDisposition } from '../../export/contentDisposition.ts';
import { groupTimeCsv } from '../../time-given/groupTimeCsv.ts';
import { statementPdf } from '../../time-given/statementPdf.ts';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import type { RouteServices } from './RouteServices.ts';

interface ProjectParams {
  projectId: string;
}

const timePath = '/api/projects/:projectId/time-given';

/** A file name without characters file systems refuse. */
const fileSafe = (text: string) =>
  text
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .trim()
    .slice(0, 80);

/**
 * Time given to a project: your statement (page and PDF), the hours you add yourself,
 * whether others may see your time, and the group's table (CSV for leads). Downloads
 * are GETs with a download header, so they never open as a page of ours.
 */
export function timeGivenRoutes(app: FastifyInstance, { timeGiven }: RouteServices) {
  app.get<{ Params: ProjectParams }>(`${timePath}/mine`, async (request): Promise<TimeStatementResponse> => {
    const { user } = requireSignedIn(request);
    return timeGiven.statement(request.params.projectId, user.id);
  });

  app.get<{ Params: ProjectParams & { personId: string } }>(
    `${timePath}/people/:personId`,
    async (request): Promise<TimeStatementResponse> => {
      const { user } = requireSignedIn(request);
      return timeGiven.statement(request.params.projectId, user.id, request.params.personId);
    },
  );

  app.get<{ Params: ProjectParams }>(`${timePath}/mine/statement.pdf`, async (request, reply) => {
    const { user } = requireSignedIn(request);
    const statement = await timeGiven.statement(request.params.projectId, user.id);
    const body = await statementPdf(statement);
    return reply
      .header('content-type', 'application/pdf')
      .header(
        'content-disposition',
        contentDisposition(
          `Time given - ${fileSafe(statement.person.displayName)} - ${fileSafe(statement.projectName)}.pdf`,
        ),
      )
      .header('cache-control', 'private, no-store')
      .send(body);
  });

  app.post<{ Params: ProjectParams }>(
    `${timePath}/mine/entries`,
    async (request, reply): Promise<TimeStatementResponse> => {
      const { user } = requireSignedIn(request);
      const body = parseBody(addTimeEntryBody, request.body);
      const answer = await timeGiven.addEntry(request.params.projectId, user.id, body);
      reply.status(201);
      return answer;
    },
  );

  app.delete<{ Params: ProjectParams & { entryId: string } }>(
    `${timePath}/mine/entries/:entryId`,
    async (request): Promise<TimeStatementResponse> => {
      const { user } = requireSignedIn(request);
      return timeGiven.removeEntry(request.params.projectId, user.id, request.params.entryId);
    },
  );

  app.patch<{ Params: ProjectParams }>(`${timePath}/mine/sharing`, async (request): Promise<TimeStatementResponse> => {
    const { user } = requireSignedIn(request);
    const { shared } = parseBody(timeSharingBody, request.body);
    return timeGiven.setSharing(request.params.projectId, user.id, shared);
  });

  app.get<{ Params: ProjectParams }>(`${timePath}/group`, async (request): Promise<GroupTimeResponse> => {
    const { user } = requireSignedIn(request);
    return timeGiven.group(request.params.projectId, user.id);
  });

  app.get<{ Params: ProjectParams }>(`${timePath}/group.csv`, async (request, reply) => {
    const { user } = requireSignedIn(request);
    const { projectName } = await timeGiven.requireLead(request.params.projectId, user.id);
    const { rows } = await timeGiven.group(request.params.projectId, user.id);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', contentDisposition(`Time given - ${fileSafe(projectName)}.csv`))
      .header('cache-control', 'private, no-store')
      .send(groupTimeCsv(rows));
  });
}
