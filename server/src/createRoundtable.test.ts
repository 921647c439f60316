import {
  type HistoryResponse,
  type InviteResponse,
  Limits,
  type ProjectsResponse,
  type SinceLastVisitResponse,
  type VersionsResponse,
} from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { typeParagraph } from './testing/collaborationTestKit.ts';
import { connectDocument, eventually } from './testing/connectDocument.ts';
import { startTestServer, type TestServer } from './testing/startTestServer.ts';
import { TestPerson } from './testing/TestPerson.ts';

const MINUTE = 60 * 1000;

describe('the clock a server is given', () => {
  // Years before the real time, so anything that read the real clock instead would show.
  const start = Date.parse('2020-03-04T05:06:00Z');
  let clock: number;
  let server: TestServer;
  beforeEach(async () => {
    clock = start;
    server = await startTestServer({ now: () => clock });
  });
  afterEach(async () => {
    await server.destroy();
  });

  it('is the time of projects, invites, documents, versions, the log, visits and sessions', async () => {
    const ada = new TestPerson(server.url, 'Ada');
    await ada.signUp();
    const projectId = await ada.createProject();
    const { projects } = await ada.expectOk<ProjectsResponse>('GET', '/api/projects');
    expect(projects[0]?.createdAt).toBe(new Date(start).toISOString());
    const { invite } = await ada.expectOk<InviteResponse>('POST', `/api/projects/${projectId}/invites`, {
      role: 'member',
    });
    expect(invite.expiresAt).toBe(new Date(start + Limits.inviteLifetimeMs).toISOString());

    const detail = await ada.createDocument(projectId);
    expect(detail.document.createdAt).toBe(new Date(start).toISOString());
    const base = `/api/projects/${projectId}/documents/${detail.document.id}`;
    const { versions } = await ada.expectOk<VersionsResponse>('GET', `${base}/versions`);
    expect(versions.map((version) => [version.name, version.createdAt])).toEqual([
      ['Starting text', new Date(start).toISOString()],
    ]);

    clock = start + MINUTE;
    const tab = connectDocument(server.wsUrl, detail.collaborationName, ada.cookie);
    await tab.synced;
    typeParagraph(tab.ydoc, 'Warm homes for everyone');
    await eventually(() => tab.provider.unsyncedChanges === 0, 'the edit is logged');
    const { sessions } = await ada.expectOk<HistoryResponse>('GET', `${base}/history?person=${ada.id}`);
    expect(sessions.map((session) => session.startedAt)).toEqual([new Date(start + MINUTE).toISOString()]);
    // Minutes after the last version, not a day: no daily version yet.
    expect((await ada.expectOk<VersionsResponse>('GET', `${base}/versions`)).versions).toHaveLength(1);

    clock = start + 2 * MINUTE;
    tab.destroy();
    const visitOf = () => ada.expectOk<SinceLastVisitResponse>('GET', `${base}/since-last-visit`);
    let visit = await visitOf();
    // The visit is written when the server sees the tab go.
    for (let tries = 0; visit.lastVisitAt === null && tries < 100; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      visit = await visitOf();
    }
    expect(visit.lastVisitAt).toBe(new Date(start + 2 * MINUTE).toISOString());

    // Past a session's longest life by this clock, the session is over.
    clock = start + Limits.sessionMaxMs + 1;
    expect((await ada.request('GET', '/api/projects')).status).toBe(401);
  });
});
