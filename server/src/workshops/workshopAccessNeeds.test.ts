import type { ApiError, WorkshopAccessNeedsResponse } from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { projectWithTwoMembers, TestPerson } from '../testing/TestPerson.ts';
import { HOUR, planWorkshop, setWorkshop, workshopsPath } from '../testing/workshopFixtures.ts';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const MINE = '/api/account/access-needs';

describe('what helps people take part, when planning a workshop', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ now: () => NOW });
  });
  afterEach(async () => {
    await server.destroy();
  });

  /** Ada leads, Sam and Kim are members, Fay facilitates; one workshop planned. */
  async function group() {
    const { ada, sam, projectId } = await projectWithTwoMembers(server.url);
    const join = async (name: string, role: 'member' | 'facilitator') => {
      const person = new TestPerson(server.url, name);
      const token = await ada.invite(projectId, role);
      await person.signUp(token);
      await person.join(token, 'lived-experience');
      return person;
    };
    const kim = await join('Kim', 'member');
    const fay = await join('Fay', 'facilitator');
    const { document } = await ada.createDocument(projectId, 'blank', 'Our strategy');
    const workshop = await planWorkshop(ada, projectId, {
      documentId: document.id,
      title: 'Strategy day',
      startsAt: new Date(NOW + 25 * HOUR).toISOString(),
    });
    const path = `${workshopsPath(projectId)}/${workshop.id}/access-needs`;
    return { ada, sam, kim, fay, projectId, workshopId: workshop.id, path };
  }

  it('shows a facilitator counts for everyone, and names and own words only for those who agreed', async () => {
    const { sam, kim, fay, path } = await group();
    await sam.expectOk('PUT', MINE, {
      needs: ['large-print', 'breaks'],
      otherNeeds: 'A seat near the door',
      consent: true,
      showName: true,
    });
    await kim.expectOk('PUT', MINE, {
      needs: ['large-print', 'interpreter'],
      otherNeeds: 'My daughter comes with me',
      consent: true,
      showName: false,
    });

    const seen = await fay.expectOk<WorkshopAccessNeedsResponse>('GET', path);
    expect(seen).toEqual({
      memberCount: 4,
      toldCount: 2,
      counts: [
        { need: 'large-print', people: 2 },
        { need: 'breaks', people: 1 },
        { need: 'interpreter', people: 1 },
      ],
      unnamedOtherCount: 1,
      named: [{ displayName: 'Sam', needs: ['large-print', 'breaks'], otherNeeds: 'A seat near the door' }],
    });
    const text = JSON.stringify(seen);
    expect(text).not.toContain('Kim');
    expect(text).not.toContain('daughter');

    // Kim deletes hers: the counts drop at once.
    await kim.expectOk('DELETE', MINE);
    const after = await fay.expectOk<WorkshopAccessNeedsResponse>('GET', path);
    expect(after.counts).toEqual([
      { need: 'large-print', people: 1 },
      { need: 'breaks', people: 1 },
    ]);
    expect(after).toMatchObject({ toldCount: 1, unnamedOtherCount: 0 });
  });

  it('counts people let in and leaves out people who have left the project', async () => {
    const { ada, sam, kim, projectId, path } = await group();
    await sam.expectOk('PUT', MINE, { needs: ['step-free'], consent: true, showName: true });
    await kim.expectOk('PUT', MINE, { needs: ['step-free'], consent: true, showName: true });
    await ada.expectOk('DELETE', `/api/projects/${projectId}/members/${kim.id}`);
    const seen = await ada.expectOk<WorkshopAccessNeedsResponse>('GET', path);
    expect(seen.memberCount).toBe(3);
    expect(seen.counts).toEqual([{ need: 'step-free', people: 1 }]);
    expect(seen.named.map((person) => person.displayName)).toEqual(['Sam']);
  });

  it('refuses members who are not leads or facilitators, and strangers learn nothing', async () => {
    const { ada, sam, path, projectId, workshopId } = await group();
    await sam.expectOk('PUT', MINE, { needs: ['breaks'], consent: true, showName: true });
    const member = await sam.request<ApiError>('GET', path);
    expect(member.status).toBe(403);
    expect(member.body.error.message).toBe(
      'Only leads and facilitators see what helps people take part, to plan a workshop.',
    );

    const stranger = new TestPerson(server.url, 'Stranger');
    await stranger.signUp(await ada.invite(await ada.createProject('Another project')));
    expect((await stranger.request('GET', path)).status).toBe(404);
    expect((await new TestPerson(server.url, 'Nobody').request('GET', path)).status).toBe(401);
    // A workshop of another project, asked for through this one, is not found.
    const elsewhere = await ada.createProject('Third project');
    expect((await ada.request('GET', `${workshopsPath(elsewhere)}/${workshopId}/access-needs`)).status).toBe(404);
    expect((await ada.request('GET', `${workshopsPath(projectId)}/no-such-workshop/access-needs`)).status).toBe(404);
  });

  it('is shown only while a workshop is planned or running', async () => {
    const { fay, path, workshopId } = await group();
    await setWorkshop(server.databaseFile, workshopId, { state: 'ended', endedAt: NOW });
    const ended = await fay.request<ApiError>('GET', path);
    expect(ended.status).toBe(409);
    expect(ended.body.error.message).toContain('This workshop has ended.');
  });
});
