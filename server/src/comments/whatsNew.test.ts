import { randomUUID } from 'node:crypto';
import type { CommentThreadResponse, WhatsNewResponse } from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textOf, typeParagraph } from '../testing/collaborationTestKit.ts';
import { type ConnectedDocument, connectDocument, eventually } from '../testing/connectDocument.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { projectWithTwoMembers, TestPerson } from '../testing/TestPerson.ts';
import { NEW_VISIT_AFTER_MS } from './WhatsNewService.ts';

const MINUTE = 60 * 1000;

describe('what’s new since a member’s last visit', () => {
  let server: TestServer;
  let clock: number;
  const open: ConnectedDocument[] = [];
  beforeEach(async () => {
    // Everything the server does follows this clock: sessions, edits, comments and visits.
    clock = Date.now() - 45 * MINUTE;
    server = await startTestServer({ now: () => clock });
  });
  afterEach(async () => {
    for (const connection of open.splice(0)) connection.destroy();
    await server.destroy();
  });

  /** An edit a minute after the last thing that happened, logged before the clock moves on. */
  async function edit(person: TestPerson, documentName: string, text: string) {
    clock += MINUTE;
    const tab = connectDocument(server.wsUrl, documentName, person.cookie);
    open.push(tab);
    await tab.synced;
    typeParagraph(tab.ydoc, text);
    const served = () => server.roundtable.hocuspocus.documents.get(documentName);
    await eventually(() => {
      const document = served();
      return document !== undefined && textOf(document).includes(text);
    }, `${person.displayName}’s edit arrives`);
    await eventually(() => tab.provider.unsyncedChanges === 0, `${person.displayName}’s edit is logged`);
  }

  it('lists others’ changes, threads, replies and mentions since the last visit, and starts again when seen', async () => {
    const { ada, sam, projectId } = await projectWithTwoMembers(server.url);
    const bea = new TestPerson(server.url, 'Bea');
    const token = await ada.invite(projectId);
    await bea.signUp(token);
    await bea.join(token);
    const detail = await ada.createDocument(projectId, 'blank', 'Older People’s Strategy');
    const documentId = detail.document.id;
    const base = `/api/projects/${projectId}/documents/${documentId}/comments`;
    const whatsNew = `/api/projects/${projectId}/whats-new`;
    const firstLook = clock;

    // A first visit: everything is new, so nothing is listed; looking again soon is the same
    // visit, which began at the first look.
    expect(await sam.expectOk<WhatsNewResponse>('GET', whatsNew)).toEqual({ since: null, items: [] });
    clock = firstLook + 20 * MINUTE;
    expect(await sam.expectOk<WhatsNewResponse>('GET', whatsNew)).toEqual({
      since: new Date(firstLook).toISOString(),
      items: [],
    });

    const heating = randomUUID();
    const thread = (id: string, body: string) => ({ id, anchor: 'text', quote: 'homes', section: 'Housing', body });
    clock += MINUTE;
    await ada.expectOk('POST', `${base}/threads`, thread(heating, 'Heating costs?'));
    clock += MINUTE;
    await sam.expectOk('POST', `${base}/threads/${heating}/replies`, { body: 'My own reply' });
    clock += MINUTE;
    await bea.expectOk('POST', `${base}/threads/${heating}/replies`, { body: 'Insulation too' });
    clock += MINUTE;
    await ada.expectOk('POST', `${base}/threads`, thread(randomUUID(), 'What do you think, @Sam?'));
    clock += MINUTE;
    await sam.expectOk('POST', `${base}/threads`, thread(randomUUID(), 'My own thread'));
    const gone = randomUUID();
    const { thread: goneThread } = await bea.expectOk<CommentThreadResponse>(
      'POST',
      `${base}/threads`,
      thread(gone, 'Never mind'),
    );
    await bea.expectOk('DELETE', `${base}/${goneThread.comments[0]?.id}`);

    await edit(ada, detail.collaborationName, 'Ada wants warm homes');
    await edit(bea, detail.collaborationName, 'Bea wants buses');
    await edit(sam, detail.collaborationName, 'Sam’s own words');

    // Long enough after the last look, it is a new visit: what happened since that look is new.
    clock = firstLook + 20 * MINUTE + NEW_VISIT_AFTER_MS + MINUTE;
    const listed = await sam.expectOk<WhatsNewResponse>('GET', whatsNew);
    expect(listed.since).toBe(new Date(firstLook + 20 * MINUTE).toISOString());
    expect(listed.items.map((item) => [item.kind, item.people.map((p) => p.displayName), item.summary])).toEqual([
      ['document-changed', ['Bea', 'Ada'], expect.stringMatching(/^\d+ changes?$/)],
      ['mention', ['Ada'], 'What do you think, @Sam?'],
      ['reply', ['Bea'], 'Insulation too'],
      ['thread', ['Ada'], 'Heating costs?'],
    ]);
    expect(listed.items[0]).toMatchObject({
      documentId,
      documentTitle: 'Older People’s Strategy',
      threadId: null,
      commentId: null,
      section: '',
    });
    expect(listed.items[3]).toMatchObject({
      documentId,
      documentTitle: 'Older People’s Strategy',
      threadId: heating,
      commentId: expect.any(String),
      section: 'Housing',
    });

    // Within the same visit the list stays, so it can be worked through.
    clock += 10 * MINUTE;
    expect(await sam.expectOk<WhatsNewResponse>('GET', whatsNew)).toEqual(listed);

    const seen = await sam.expectOk<WhatsNewResponse>('POST', `${whatsNew}/seen`);
    expect(seen).toEqual({ since: new Date(clock).toISOString(), items: [] });
    clock += MINUTE;
    expect(await sam.expectOk<WhatsNewResponse>('GET', whatsNew)).toEqual(seen);

    const stranger = await ada.createProject('Another group');
    expect((await sam.request('GET', `/api/projects/${stranger}/whats-new`)).status).toBe(404);
    expect((await sam.request('POST', `/api/projects/${stranger}/whats-new/seen`)).status).toBe(404);
  });
});
