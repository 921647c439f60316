import { randomUUID } from 'node:crypto';
import {
  type ApiError,
  type CommentResponse,
  type CommentThreadResponse,
  type CommentThreadsResponse,
  commentsChangedEvent,
  Limits,
} from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite/SqliteStore.ts';
import { useCollaborationServer } from '../testing/collaborationTestKit.ts';
import { eventually } from '../testing/connectDocument.ts';
import { startTestServer } from '../testing/startTestServer.ts';
import { projectWithTwoMembers, TestPerson } from '../testing/TestPerson.ts';

const commentsOf = (projectId: string, documentId: string) =>
  `/api/projects/${projectId}/documents/${documentId}/comments`;

/** A new thread on some words, as the editor starts one. */
function newThread(body: string, fields: Record<string, unknown> = {}) {
  return { id: randomUUID(), anchor: 'text', quote: 'warm homes', section: 'Housing', body, ...fields };
}

describe('comments over the real server', () => {
  const kit = useCollaborationServer();

  it('keeps a conversation, names everyone in it, and records each step', async () => {
    const { ada, sam, projectId, documentId } = await kit.sharedDocument();
    const base = commentsOf(projectId, documentId);
    const started = newThread('Should we say more about heating, @Sam?');
    const created = await ada.request<CommentThreadResponse>('POST', `${base}/threads`, started);
    expect(created.status).toBe(201);
    expect(created.body.thread).toMatchObject({
      id: started.id,
      documentId,
      anchor: 'text',
      quote: 'warm homes',
      section: 'Housing',
      createdById: ada.id,
      resolvedAt: null,
      resolvedById: null,
    });
    const [opening] = created.body.thread.comments;
    expect(opening).toMatchObject({ authorId: ada.id, body: started.body, mentionedIds: [sam.id], editedAt: null });
    expect(created.body.people).toEqual([
      { id: ada.id, displayName: 'Ada' },
      { id: sam.id, displayName: 'Sam' },
    ]);

    const reply = await sam.request<CommentResponse>('POST', `${base}/threads/${started.id}/replies`, {
      body: 'Yes, and about damp.',
    });
    expect(reply.status).toBe(201);
    const edited = await sam.expectOk<CommentResponse>('PATCH', `${base}/${reply.body.comment.id}`, {
      body: 'Yes, and about damp and mould.',
    });
    expect(edited.comment.editedAt).not.toBeNull();
    const deleted = await sam.request('DELETE', `${base}/${reply.body.comment.id}`);
    expect(deleted.status).toBe(204);
    expect((await sam.request('DELETE', `${base}/${reply.body.comment.id}`)).status).toBe(204);
    const resolved = await sam.expectOk<CommentThreadResponse>('POST', `${base}/threads/${started.id}/resolve`);
    expect(resolved.thread).toMatchObject({ resolvedById: sam.id, resolvedAt: expect.any(String) });
    const reopened = await ada.expectOk<CommentThreadResponse>('POST', `${base}/threads/${started.id}/reopen`);
    expect(reopened.thread).toMatchObject({ resolvedById: null, resolvedAt: null });

    const whole = await ada.request<CommentThreadResponse>(
      'POST',
      `${base}/threads`,
      newThread('A note on the whole document', { anchor: 'document', quote: 'ignored', section: '' }),
    );
    expect(whole.body.thread).toMatchObject({ anchor: 'document', quote: null });

    const listed = await sam.expectOk<CommentThreadsResponse>('GET', base);
    expect(listed.threads.map((thread) => thread.id)).toEqual([started.id, whole.body.thread.id]);
    expect(listed.threads[0]?.comments.map((comment) => [comment.body, comment.deletedAt !== null])).toEqual([
      [started.body, false],
      ['', true],
    ]);
    expect(listed.people.map((person) => person.displayName)).toEqual(['Ada', 'Sam']);

    const stores = SqliteStore.open(kit.server.databaseFile);
    try {
      const activity = await stores.comments.listCommentActivity(documentId);
      expect(activity.map((step) => [step.kind, step.userId === ada.id ? 'Ada' : 'Sam'])).toEqual([
        ['commented', 'Ada'],
        ['replied', 'Sam'],
        ['edited', 'Sam'],
        ['deleted', 'Sam'],
        ['resolved', 'Sam'],
        ['reopened', 'Ada'],
        ['commented', 'Ada'],
      ]);
    } finally {
      await stores.close();
    }
  });

  it('lets only members read or write comments, and a removed member loses access', async () => {
    const { ada, sam, projectId, documentId } = await kit.sharedDocument();
    const base = commentsOf(projectId, documentId);
    const started = newThread('First thoughts');
    await ada.expectOk('POST', `${base}/threads`, started);

    // Signing up needs an invite, so the stranger is a member of another project only.
    const stranger = new TestPerson(kit.server.url, 'Stranger');
    const token = await ada.invite(await ada.createProject('Another group'));
    await stranger.signUp(token);
    await stranger.join(token);
    const strangerProject = await stranger.createProject('Stranger’s own group');
    for (const [method, path, body] of [
      ['GET', base, undefined],
      ['POST', `${base}/threads`, newThread('Let me in')],
      ['POST', `${base}/threads/${started.id}/replies`, { body: 'Hello' }],
      ['POST', `${base}/threads/${started.id}/resolve`, undefined],
      // The stranger's own project with someone else's document is not a way in either.
      ['GET', commentsOf(strangerProject, documentId), undefined],
    ] as const) {
      const refused = await stranger.request<ApiError>(method, path, body);
      expect(refused.status, `${method} ${path}`).toBe(404);
      expect(refused.body.error.code).toBe('not-found');
    }
    expect((await ada.request('POST', `${base}/threads/${randomUUID()}/replies`, { body: 'Hi' })).status).toBe(404);
    expect((await ada.request('PATCH', `${base}/${randomUUID()}`, { body: 'Hi' })).status).toBe(404);

    expect((await sam.request('GET', base)).status).toBe(200);
    await ada.expectOk('DELETE', `/api/projects/${projectId}/members/${sam.id}`);
    expect((await sam.request('GET', base)).status).toBe(404);
    expect((await sam.request('POST', `${base}/threads/${started.id}/replies`, { body: 'Still here?' })).status).toBe(
      404,
    );
  });

  it('lets people change only their own comments, and anyone resolve or reopen a thread', async () => {
    const { ada, sam, projectId, documentId } = await kit.sharedDocument();
    const base = commentsOf(projectId, documentId);
    const started = newThread('Ada’s point');
    const { thread } = await ada.expectOk<CommentThreadResponse>('POST', `${base}/threads`, started);
    const commentId = thread.comments[0]?.id ?? '';

    const edit = await sam.request<ApiError>('PATCH', `${base}/${commentId}`, { body: 'Sam’s words instead' });
    expect(edit.status).toBe(403);
    expect(edit.body.error.message).toBe('You can only edit your own comments.');
    const remove = await sam.request<ApiError>('DELETE', `${base}/${commentId}`);
    expect(remove.status).toBe(403);
    expect(remove.body.error.message).toBe('You can only delete your own comments.');

    const resolved = await sam.expectOk<CommentThreadResponse>('POST', `${base}/threads/${started.id}/resolve`);
    expect(resolved.thread.resolvedById).toBe(sam.id);
    expect(resolved.people.map((person) => person.displayName)).toEqual(['Ada', 'Sam']);
    // Resolving again changes nothing: not who, not when.
    const again = await ada.expectOk<CommentThreadResponse>('POST', `${base}/threads/${started.id}/resolve`);
    expect(again.thread).toEqual(resolved.thread);
    await sam.expectOk('POST', `${base}/threads/${started.id}/reopen`);

    await ada.expectOk('DELETE', `${base}/${commentId}`);
    const afterDelete = await ada.request<ApiError>('PATCH', `${base}/${commentId}`, { body: 'Back again' });
    expect(afterDelete.status).toBe(409);
    expect(afterDelete.body.error.message).toMatch(/deleted/);
  });

  it('refuses malformed, oversized and repeated requests with clear messages', async () => {
    const { ada, sam, projectId, documentId } = await kit.sharedDocument();
    const base = commentsOf(projectId, documentId);
    const expectRefused = async (body: unknown, status: number, message: string | RegExp, path = `${base}/threads`) => {
      const refused = await ada.request<ApiError>('POST', path, body);
      expect(refused.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(refused.body.error.message).toMatch(message);
    };
    await expectRefused(
      newThread('x'.repeat(Limits.commentBodyMax + 1)),
      400,
      'Comments can be at most 5,000 characters.',
    );
    const longest = await ada.request('POST', `${base}/threads`, newThread('x'.repeat(Limits.commentBodyMax)));
    expect(longest.status).toBe(201);
    await expectRefused(newThread('   '), 400, 'Write a comment before sending it.');
    await expectRefused({ ...newThread('Hi'), body: 42 }, 400, 'Write your comment as text.');
    await expectRefused({ ...newThread('Hi'), body: undefined }, 400, 'Write your comment as text.');
    await expectRefused({ ...newThread('Hi'), id: 'not-a-uuid' }, 400, 'A new thread needs a fresh id.');
    await expectRefused({ ...newThread('Hi'), anchor: 'margin' }, 400, /whole document/);
    await expectRefused(
      { ...newThread('Hi'), quote: '' },
      400,
      'Select some words to comment on, or comment on the whole document.',
    );
    await expectRefused('{"body": "unfinished', 400, 'The request could not be read. Send it as JSON.');
    await expectRefused(
      newThread('x'.repeat(Limits.maxRequestBodyBytes)),
      413,
      'That is too much to send at once. Try sending less.',
    );

    const started = newThread('Once');
    const first = await ada.expectOk<CommentThreadResponse>('POST', `${base}/threads`, started);
    // Sending again (an answer lost on the way) gives the same thread, not a second one.
    const again = await ada.expectOk<CommentThreadResponse>('POST', `${base}/threads`, started);
    expect(again.thread).toEqual(first.thread);
    // Anyone else using that id is refused.
    const taken = await sam.request<ApiError>('POST', `${base}/threads`, started);
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toMatch(/already been started/);
    await expectRefused({ body: 7 }, 400, 'Write your comment as text.', `${base}/threads/${started.id}/replies`);
    await expectRefused({}, 400, 'Write your comment as text.', `${base}/threads/${started.id}/replies`);
    const noHeader = await ada.request<ApiError>('POST', `${base}/threads`, newThread('Hi'), {
      'x-roundtable-request': '',
    });
    expect(noHeader.status).toBe(403);
    expect(noHeader.body.error.code).toBe('csrf');
  });

  it('refuses changes to the comments of an archived document, and still shows them', async () => {
    const { ada, projectId, documentId } = await kit.sharedDocument();
    const base = commentsOf(projectId, documentId);
    const started = newThread('Before archiving');
    await ada.expectOk('POST', `${base}/threads`, started);
    await ada.expectOk('PATCH', `/api/projects/${projectId}/documents/${documentId}`, { archived: true });
    const refused = await ada.request<ApiError>('POST', `${base}/threads/${started.id}/replies`, { body: 'After' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      'This document is archived, so its comments cannot be changed. A lead can restore it first.',
    );
    expect((await ada.request('POST', `${base}/threads/${started.id}/resolve`)).status).toBe(409);
    expect((await ada.expectOk<CommentThreadsResponse>('GET', base)).threads).toHaveLength(1);
  });

  it('keeps a script as the words someone typed', async () => {
    const { ada, projectId, documentId } = await kit.sharedDocument();
    const base = commentsOf(projectId, documentId);
    const script = '<script>alert(1)</script> & <b>bold</b>';
    await ada.expectOk('POST', `${base}/threads`, newThread(script));
    const response = await fetch(`${kit.server.url}${base}`, { headers: { cookie: `rt_session=${ada.cookie}` } });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const listed = (await response.json()) as CommentThreadsResponse;
    expect(listed.threads[0]?.comments[0]?.body).toBe(script);
  });

  it('keeps comments when the server restarts', async () => {
    const { ada, projectId, documentId } = await kit.sharedDocument();
    const base = commentsOf(projectId, documentId);
    const started = newThread('Remember this');
    await ada.expectOk('POST', `${base}/threads`, started);
    await ada.expectOk('POST', `${base}/threads/${started.id}/replies`, { body: 'And this' });
    const before = await ada.expectOk<CommentThreadsResponse>('GET', base);
    await kit.server.stop();
    kit.server = await startTestServer(kit.server.databaseFile);
    const adaAgain = new TestPerson(kit.server.url, 'Ada', ada.email);
    adaAgain.cookie = ada.cookie;
    expect(await adaAgain.expectOk<CommentThreadsResponse>('GET', base)).toEqual(before);
  });

  it('tells everyone with the document open what changed, at once', async () => {
    const { ada, sam, projectId, documentId, name } = await kit.sharedDocument();
    const base = commentsOf(projectId, documentId);
    const samTab = kit.connect(name, sam.cookie);
    await samTab.synced;
    const heard: unknown[] = [];
    samTab.provider.on('stateless', ({ payload }: { payload: string }) => heard.push(JSON.parse(payload)));

    const started = newThread('Live, please');
    const { thread } = await ada.expectOk<CommentThreadResponse>('POST', `${base}/threads`, started);
    await ada.expectOk('POST', `${base}/threads/${started.id}/resolve`);
    await eventually(() => heard.length >= 2, 'both changes are heard');
    const events = heard.map((message) => commentsChangedEvent.parse(message));
    expect(events).toEqual([
      {
        event: 'comments-changed',
        kind: 'commented',
        threadId: started.id,
        commentId: thread.comments[0]?.id,
        by: { id: ada.id, displayName: 'Ada' },
        section: 'Housing',
      },
      {
        event: 'comments-changed',
        kind: 'resolved',
        threadId: started.id,
        commentId: null,
        by: { id: ada.id, displayName: 'Ada' },
        section: 'Housing',
      },
    ]);
  });
});

describe('comment limits', () => {
  it('says plainly when a document or a thread is full', async () => {
    const server = await startTestServer({ commentLimits: { threadsPerDocument: 2, commentsPerThread: 2 } });
    try {
      const { ada, projectId } = await projectWithTwoMembers(server.url);
      const { document } = await ada.createDocument(projectId);
      const base = commentsOf(projectId, document.id);
      const first = newThread('One');
      await ada.expectOk('POST', `${base}/threads`, first);
      await ada.expectOk('POST', `${base}/threads`, newThread('Two'));
      const tooManyThreads = await ada.request<ApiError>('POST', `${base}/threads`, newThread('Three'));
      expect(tooManyThreads.status).toBe(409);
      expect(tooManyThreads.body.error.message).toBe(
        'This document already has 2 comment threads, the most it can have. Start a new document to carry on the conversation.',
      );
      await ada.expectOk('POST', `${base}/threads/${first.id}/replies`, { body: 'Reply' });
      const tooManyReplies = await ada.request<ApiError>('POST', `${base}/threads/${first.id}/replies`, {
        body: 'Another',
      });
      expect(tooManyReplies.status).toBe(409);
      expect(tooManyReplies.body.error.message).toBe(
        'This thread already has 2 comments, the most it can have. Start a new thread to carry on.',
      );
    } finally {
      await server.destroy();
    }
  });
});
