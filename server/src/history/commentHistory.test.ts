import {
  COLLABORATION_FIELD,
  type CommentResponse,
  type CommentThreadResponse,
  type ContributionsResponse,
  creditedPersonId,
  type HistoryResponse,
  SESSION_COOKIE,
  type WhatsNewResponse,
} from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { typeParagraph, useCollaborationServer } from '../testing/collaborationTestKit.ts';
import { eventually } from '../testing/connectDocument.ts';
import type { TestPerson } from '../testing/TestPerson.ts';

/** Comment activity joins the attributed history, the balance of voice and export credits. */
describe('comments in history, contributions and exports', () => {
  const kit = useCollaborationServer();

  async function discussion() {
    const shared = await kit.sharedDocument();
    const { ada, sam, projectId, documentId, name } = shared;
    const base = `/api/projects/${projectId}/documents/${documentId}`;

    // Ada writes; Sam only comments — on her words, through the comment mark, as the editor does.
    const adaDoc = kit.connect(name, ada.cookie);
    await adaDoc.synced;
    typeParagraph(adaDoc.ydoc, 'Buses that wait for people.');
    const samDoc = kit.connect(name, sam.cookie);
    await samDoc.synced;
    await eventually(
      () => lastParagraph(samDoc.ydoc).toString() === 'Buses that wait for people.',
      'Sam sees the text',
    );
    const threadId = crypto.randomUUID();
    lastParagraph(samDoc.ydoc).format(0, 5, { 'comment--abcdefgh': { threadId } });
    await eventually(() => kit.serverText(name).includes(threadId), 'the anchor reaches the server');

    const started = await sam.expectOk<CommentThreadResponse>('POST', `${base}/comments/threads`, {
      id: threadId,
      anchor: 'text',
      quote: 'Buses',
      section: 'Being part of a strong community',
      body: 'Which buses?\nThe 42 is the one people use.',
    });
    const reply = await ada.expectOk<CommentResponse>('POST', `${base}/comments/threads/${threadId}/replies`, {
      body: 'Good point @Sam, I will add it.',
    });
    await ada.expectOk('POST', `${base}/comments/threads/${threadId}/resolve`);
    return { ...shared, base, thread: started.thread, reply: reply.comment };
  }

  it('lists who commented, replied and resolved in the timeline, filtered like the edits', async () => {
    const { ada, sam, base } = await discussion();

    const history = await ada.expectOk<HistoryResponse>('GET', `${base}/history`);
    expect(history.commentActivity.map((entry) => [entry.kind, entry.personId, entry.quote])).toEqual([
      ['resolved', ada.id, 'Buses'],
      ['replied', ada.id, 'Buses'],
      ['commented', sam.id, 'Buses'],
    ]);
    expect(history.people.map((person) => person.displayName)).toContain('Sam');
    // Placing the comment mark is not an edit of the text: Sam has no edit session.
    expect(history.sessions.some((session) => creditedPersonId(session.credit) === sam.id)).toBe(false);

    const bySam = await ada.expectOk<HistoryResponse>('GET', `${base}/history?person=${sam.id}`);
    expect(bySam.commentActivity.map((entry) => entry.kind)).toEqual(['commented']);
    const elsewhere = await ada.expectOk<HistoryResponse>('GET', `${base}/history?section=Housing`);
    expect(elsewhere.commentActivity).toEqual([]);
  });

  it('counts comments in the balance of voice, by person and perspective', async () => {
    const { ada, sam, base } = await discussion();
    const contributions = await sam.expectOk<ContributionsResponse>('GET', `${base}/contributions`);
    const comments = (id: string) =>
      contributions.byPerson.find((person) => creditedPersonId(person.credit) === id)?.comments;
    expect(comments(sam.id)).toBe(1);
    expect(comments(ada.id)).toBe(1);
    expect(contributions.byPerspective.find((group) => group.perspective === 'professional')?.comments).toBe(1);
  });

  it('credits commenters in exports and adds the threads, as each person chose to be credited', async () => {
    const { ada, sam, base, projectId } = await discussion();
    const markdown = async (person: TestPerson, query: string) => {
      const response = await fetch(`${person.baseUrl}${base}/export?format=md${query}`, {
        headers: { cookie: `${SESSION_COOKIE}=${person.cookie}` },
      });
      expect(response.status).toBe(200);
      return response.text();
    };

    const withThreads = await markdown(ada, '&comments=1');
    const acknowledgements = withThreads.slice(withThreads.indexOf('## Acknowledgements'));
    expect(acknowledgements).toContain('Sam');
    expect(withThreads).toContain('## Comment threads');
    expect(withThreads).toContain('> Buses');
    expect(withThreads).toContain('Which buses?');
    expect(withThreads).toContain('The 42 is the one people use.');
    expect(withThreads).toContain('Good point @Sam, I will add it.');
    expect(withThreads).toMatch(/Resolved by Ada on \d+ \w+ \d{4}/);
    expect(await markdown(ada, '')).not.toContain('Comment threads');

    // Sam would rather not be named: his comment stays, his name goes.
    await sam.expectOk('PATCH', `/api/projects/${projectId}/me`, { creditAs: 'anonymous' });
    const anonymous = await markdown(ada, '&comments=1');
    expect(anonymous).toContain('Which buses?');
    expect(anonymous).toMatch(/A member of the group, \d+ \w+ \d{4}/);
    expect(anonymous).toContain('Good point @a member of the group, I will add it.');
    expect(anonymous).not.toMatch(/\bSam\b/);
  });

  it("keeps placing a comment's anchor out of what's new as a change to the document", async () => {
    const { ada, sam, projectId, documentId, name } = await kit.sharedDocument();
    const whatsNew = `/api/projects/${projectId}/whats-new`;
    await ada.expectOk<WhatsNewResponse>('GET', whatsNew);

    const samDoc = kit.connect(name, sam.cookie);
    await samDoc.synced;
    const threadId = crypto.randomUUID();
    lastParagraph(samDoc.ydoc).format(0, 5, { 'comment--abcdefgh': { threadId } });
    await eventually(() => kit.serverText(name).includes(threadId), 'the anchor reaches the server');
    await sam.expectOk('POST', `/api/projects/${projectId}/documents/${documentId}/comments/threads`, {
      id: threadId,
      anchor: 'text',
      quote: 'Say who',
      body: 'Should we list everyone?',
    });

    const listed = await ada.expectOk<WhatsNewResponse>('GET', whatsNew);
    expect(listed.items.map((item) => [item.kind, item.people.map((person) => person.displayName)])).toEqual([
      ['thread', ['Sam']],
    ]);
  });

  it('leaves deleted comments out of exports and the balance of voice', async () => {
    const { ada, sam, base, reply } = await discussion();
    await ada.expectOk('DELETE', `${base}/comments/${reply.id}`);
    const contributions = await sam.expectOk<ContributionsResponse>('GET', `${base}/contributions`);
    expect(contributions.byPerson.find((person) => creditedPersonId(person.credit) === ada.id)?.comments).toBe(0);
    const response = await fetch(`${ada.baseUrl}${base}/export?format=md&comments=1`, {
      headers: { cookie: `${SESSION_COOKIE}=${ada.cookie}` },
    });
    const text = await response.text();
    expect(text).toContain('Which buses?');
    expect(text).not.toContain('Good point');
  });
});

function lastParagraph(ydoc: Y.Doc): Y.XmlText {
  const fragment = ydoc.getXmlFragment(COLLABORATION_FIELD);
  return (fragment.get(fragment.length - 1) as Y.XmlElement).get(0) as Y.XmlText;
}
