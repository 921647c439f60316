import { randomUUID } from 'node:crypto';
import type { ApiError, CommentResponse, CommentThreadResponse, InboxResponse } from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { projectWithTwoMembers, TestPerson } from '../testing/TestPerson.ts';

describe('the inbox', () => {
  let server: TestServer;
  beforeEach(async () => {
    // Each reading of the clock is a second later, so "newest first" is never a tie.
    let clock = Date.parse('2026-11-28T09:00:00Z');
    server = await startTestServer({ now: () => (clock += 1000) });
  });
  afterEach(async () => {
    await server.destroy();
  });

  async function threeMembers() {
    const { ada, sam, projectId } = await projectWithTwoMembers(server.url);
    const bea = new TestPerson(server.url, 'Bea Lovelace');
    const token = await ada.invite(projectId);
    await bea.signUp(token);
    await bea.join(token);
    const { document } = await ada.createDocument(projectId, 'blank', 'Older People’s Strategy');
    const base = `/api/projects/${projectId}/documents/${document.id}/comments`;
    return { ada, sam, bea, projectId, documentId: document.id, base };
  }

  it('tells everyone who wrote in a thread who resolved it, quoting its first comment, and not the one who resolved it', async () => {
    const { ada, sam, bea, base } = await threeMembers();
    const threadId = randomUUID();
    await ada.expectOk('POST', `${base}/threads`, {
      id: threadId,
      anchor: 'document',
      body: 'Should the bus section come first?',
    });
    await bea.expectOk('POST', `${base}/threads/${threadId}/replies`, { body: 'Yes, please.' });
    const inboxOf = (person: TestPerson) => person.expectOk<InboxResponse>('GET', '/api/inbox');
    const before = (await inboxOf(ada)).items.length;

    await sam.expectOk('POST', `${base}/threads/${threadId}/resolve`);
    const told = (await inboxOf(ada)).items.filter((item) => item.kind === 'resolved');
    expect(told.map((item) => [item.from.displayName, item.excerpt, item.threadId])).toEqual([
      ['Sam', 'Should the bus section come first?', threadId],
    ]);
    expect((await inboxOf(ada)).items).toHaveLength(before + 1);
    expect((await inboxOf(bea)).items.filter((item) => item.kind === 'resolved')).toHaveLength(1);
    expect((await inboxOf(sam)).items.filter((item) => item.kind === 'resolved')).toEqual([]);

    // Reopened and resolved again: nobody is told twice about the same thread.
    await ada.expectOk('POST', `${base}/threads/${threadId}/reopen`);
    await bea.expectOk('POST', `${base}/threads/${threadId}/resolve`);
    expect((await inboxOf(ada)).items.filter((item) => item.kind === 'resolved')).toHaveLength(1);
  });

  it('tells people they were mentioned or replied to, once each, and counts what they have not read', async () => {
    const { ada, sam, bea, projectId, documentId, base } = await threeMembers();
    const threadId = randomUUID();
    const opening = await ada.expectOk<CommentThreadResponse>('POST', `${base}/threads`, {
      id: threadId,
      anchor: 'text',
      quote: 'warm homes',
      section: 'Housing',
      body: 'What do you think, @Sam?',
    });
    const inboxOf = (person: TestPerson) => person.expectOk<InboxResponse>('GET', '/api/inbox');
    expect((await inboxOf(sam)).unreadCount).toBe(1);
    expect((await inboxOf(bea)).items).toEqual([]);
    expect((await inboxOf(ada)).items).toEqual([]);

    // The starter hears of a reply; someone only mentioned before has not taken part.
    const beaReply = await bea.expectOk<CommentResponse>('POST', `${base}/threads/${threadId}/replies`, {
      body: 'Damp matters too.',
    });
    expect((await inboxOf(ada)).items.map((item) => [item.kind, item.from.displayName])).toEqual([
      ['reply', 'Bea Lovelace'],
    ]);
    expect((await inboxOf(sam)).unreadCount).toBe(1);

    // Someone mentioned in a reply gets a mention, not a reply as well.
    await sam.expectOk('POST', `${base}/threads/${threadId}/replies`, { body: '@Bea Lovelace I agree.' });
    expect((await inboxOf(bea)).items.map((item) => item.kind)).toEqual(['mention']);
    expect((await inboxOf(ada)).items.map((item) => item.kind)).toEqual(['reply', 'reply']);

    // Editing in a new mention tells that person once, however often it is edited.
    const beaCommentUrl = `${base}/${beaReply.comment.id}`;
    await bea.expectOk('PATCH', beaCommentUrl, { body: 'Damp matters too, @Sam.' });
    await bea.expectOk('PATCH', beaCommentUrl, { body: 'Damp and mould matter too, @Sam.' });

    const samInbox = await inboxOf(sam);
    expect(samInbox.unreadCount).toBe(2);
    expect(samInbox.items.map((item) => [item.kind, item.from.displayName, item.excerpt])).toEqual([
      ['mention', 'Bea Lovelace', 'Damp and mould matter too, @Sam.'],
      ['mention', 'Ada', 'What do you think, @Sam?'],
    ]);
    expect(samInbox.items[1]).toEqual({
      id: expect.any(String),
      kind: 'mention',
      projectId,
      projectName: 'Older People’s Strategy group',
      documentId,
      documentTitle: 'Older People’s Strategy',
      threadId,
      commentId: opening.thread.comments[0]?.id,
      from: { id: ada.id, displayName: 'Ada' },
      excerpt: 'What do you think, @Sam?',
      section: 'Housing',
      createdAt: expect.any(String),
      readAt: null,
    });

    const [newest, older] = samInbox.items;
    const afterOne = await sam.expectOk<InboxResponse>('POST', '/api/inbox/read', { ids: [older?.id] });
    expect(afterOne.unreadCount).toBe(1);
    expect(afterOne.items.map((item) => item.readAt !== null)).toEqual([false, true]);
    // Someone else's ids mark nothing of theirs.
    await ada.expectOk('POST', '/api/inbox/read', { ids: [newest?.id] });
    expect((await inboxOf(sam)).unreadCount).toBe(1);
    const afterAll = await sam.expectOk<InboxResponse>('POST', '/api/inbox/read', { all: true });
    expect(afterAll.unreadCount).toBe(0);

    const unclear = await sam.request<ApiError>('POST', '/api/inbox/read', {});
    expect(unclear.status).toBe(400);
    expect(unclear.body.error.message).toBe('Say which items to mark as read.');
    expect((await new TestPerson(server.url, 'Nobody').request('GET', '/api/inbox')).status).toBe(401);
  });

  it('gathers items from every project, and drops those of a project the person has left', async () => {
    const { ada, sam, projectId, base } = await threeMembers();
    const otherProject = await ada.createProject('SEND strategy group');
    const token = await ada.invite(otherProject);
    await sam.join(token);
    const { document } = await ada.createDocument(otherProject, 'blank', 'SEND strategy');
    const otherBase = `/api/projects/${otherProject}/documents/${document.id}/comments`;
    const thread = (body: string) => ({ id: randomUUID(), anchor: 'document', section: '', body });
    await ada.expectOk('POST', `${base}/threads`, thread('@Sam, first project'));
    await ada.expectOk('POST', `${otherBase}/threads`, thread('@Sam, second project'));

    const both = await sam.expectOk<InboxResponse>('GET', '/api/inbox');
    expect(both.items.map((item) => item.projectName)).toEqual([
      'SEND strategy group',
      'Older People’s Strategy group',
    ]);
    expect(both.unreadCount).toBe(2);

    await sam.expectOk('DELETE', `/api/projects/${projectId}/members/${sam.id}`);
    const left = await sam.expectOk<InboxResponse>('GET', '/api/inbox');
    expect(left.items.map((item) => item.projectName)).toEqual(['SEND strategy group']);
    expect(left.unreadCount).toBe(1);
  });
});
