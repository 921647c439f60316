import {
  type AuthorshipResponse,
  type CompareResponse,
  type ContributionsResponse,
  creditedPersonId,
  type HistoryResponse,
  type RenderedNode,
  recordedFor,
  type SinceLastVisitResponse,
  sameCredit,
  type VersionContentResponse,
  type VersionResponse,
  type VersionsResponse,
  writtenBy,
} from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { textOf, typeParagraph, useCollaborationServer } from '../testing/collaborationTestKit.ts';
import { eventually } from '../testing/connectDocument.ts';
import { TestPerson } from '../testing/TestPerson.ts';
import { renderYFragment } from './renderYFragment.ts';

/** Each text run with the name of whoever the history mark credits. */
function creditedRuns(node: RenderedNode, names: Map<string | null, string>): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const walk = (n: RenderedNode) => {
    const mark = n.marks?.find((m) => m.type === 'authorship' || m.type === 'insertion' || m.type === 'deletion');
    if (n.text !== undefined && mark && 'attrs' in mark && 'credit' in mark.attrs) {
      const { credit } = mark.attrs;
      const recorder = credit.kind === 'recorded' ? ` (recorded by ${names.get(credit.recordedById)})` : '';
      found.push([n.text, `${mark.type} ${names.get(creditedPersonId(credit)) ?? 'template'}${recorder}`]);
    }
    for (const child of n.content ?? []) walk(child);
  };
  walk(node);
  return found;
}

describe('attributed history over the real server', () => {
  const kit = useCollaborationServer();

  it('shows each person’s edit session and passages under their own name, to members only', async () => {
    const { ada, sam, projectId, documentId, name } = await kit.sharedDocument();
    const base = `/api/projects/${projectId}/documents/${documentId}`;
    const adaTab = kit.connect(name, ada.cookie);
    const samTab = kit.connect(name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);
    typeParagraph(adaTab.ydoc, 'Ada wants warm homes');
    typeParagraph(samTab.ydoc, 'Sam wants buses');
    await eventually(
      () => kit.serverText(name).includes('Sam wants buses') && kit.serverText(name).includes('Ada wants'),
      'both edits arrive',
    );

    const timeline = await ada.expectOk<HistoryResponse>('GET', `${base}/history`);
    const names = new Map<string | null, string>(timeline.people.map((p) => [p.id, p.displayName]));
    expect(timeline.sessions.map((s) => [names.get(creditedPersonId(s.credit)) ?? 'template', s.wordsAdded])).toEqual(
      expect.arrayContaining([
        ['Ada', 4],
        ['Sam', 3],
        ['template', expect.any(Number)],
      ]),
    );
    expect(timeline.people.find((p) => p.displayName === 'Sam')?.perspective).toBe('professional');
    const onlySam = await ada.expectOk<HistoryResponse>('GET', `${base}/history?person=${sam.id}`);
    expect(onlySam.sessions.map((s) => s.credit)).toEqual([writtenBy(sam.id)]);

    const authorship = await sam.expectOk<AuthorshipResponse>('GET', `${base}/authorship`);
    const runs = creditedRuns(authorship.content, names);
    expect(runs).toContainEqual(['Ada wants warm homes', 'authorship Ada']);
    expect(runs).toContainEqual(['Sam wants buses', 'authorship Sam']);
    expect(runs).toContainEqual(['Priority 1: Being physically and emotionally healthy', 'authorship template']);

    const contributions = await ada.expectOk<ContributionsResponse>('GET', `${base}/contributions`);
    const ofAda = contributions.byPerson.find((p) => sameCredit(p.credit, writtenBy(ada.id)));
    expect(ofAda).toMatchObject({ characters: 'Ada wants warm homes'.length, editSessions: 1 });
    // The template's starting words are counted apart, in nobody's share.
    expect(contributions.byPerspective.map((p) => p.perspective)).toContain('professional');
    expect(contributions.byPerspective.map((p) => p.perspective)).not.toContain('template');
    expect(contributions.byPerson.some((p) => p.credit.kind === 'template')).toBe(false);
    expect(contributions.templateCharacters).toBeGreaterThan(0);
    const peoplesCharacters = contributions.totalCharacters - contributions.templateCharacters;
    expect(peoplesCharacters).toBe('Ada wants warm homes'.length + 'Sam wants buses'.length);
    expect(contributions.byPerson.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(1);

    const stranger = new TestPerson(kit.server.url, 'Eve');
    const token = await ada.invite(projectId);
    await stranger.signUp(token); // an account, but never joins this project
    for (const path of ['history', 'authorship', 'contributions', 'since-last-visit', 'versions']) {
      expect((await stranger.request('GET', `${base}/${path}`)).status).toBe(404);
    }
    expect((await stranger.request('POST', `${base}/versions`, { name: 'Mine' })).status).toBe(404);
    expect((await ada.request('GET', `${base}/history?limit=zero`)).status).toBe(400);
  });

  it('names versions that rebuild the exact content, compares them with attribution, and restores without losing anything', async () => {
    const { ada, sam, projectId, documentId, name } = await kit.sharedDocument();
    const base = `/api/projects/${projectId}/documents/${documentId}`;
    const adaTab = kit.connect(name, ada.cookie);
    const samTab = kit.connect(name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);
    typeParagraph(adaTab.ydoc, 'First draft by Ada');
    await eventually(() => kit.serverText(name).includes('First draft by Ada'), 'Ada’s words arrive');
    const expected = renderYFragment(adaTab.ydoc.getXmlFragment('default'));

    const { version } = await sam.expectOk<VersionResponse>('POST', `${base}/versions`, {
      name: 'Draft for workshop 2',
    });
    expect(version).toMatchObject({ name: 'Draft for workshop 2', kind: 'named', createdById: sam.id });
    const opened = await ada.expectOk<VersionContentResponse>('GET', `${base}/versions/${version.id}`);
    expect(JSON.stringify(opened.content)).toBe(JSON.stringify(expected));

    // Sam replaces Ada's paragraph text with his own.
    samTab.ydoc.transact(() => {
      const paragraphs = samTab.ydoc.getXmlFragment('default').toArray();
      const last = paragraphs.at(-1) as import('yjs').XmlElement;
      const text = last.get(0) as import('yjs').XmlText;
      text.delete(0, text.length);
      text.insert(0, 'Sam rewrote it');
    });
    await eventually(() => kit.serverText(name).includes('Sam rewrote it'), 'Sam’s rewrite arrives');

    const compared = await ada.expectOk<CompareResponse>('GET', `${base}/compare?from=${version.id}&to=current`);
    const names = new Map<string | null, string>(compared.people.map((p) => [p.id, p.displayName]));
    expect(creditedRuns(compared.content, names)).toEqual([
      ['First draft by Ada', 'deletion Sam'],
      ['Sam rewrote it', 'insertion Sam'],
    ]);
    expect(compared.byPerson).toEqual([{ credit: writtenBy(sam.id), wordsAdded: 3, wordsRemoved: 4 }]);

    const restored = await ada.expectOk<VersionResponse>('POST', `${base}/versions/${version.id}/restore`, {});
    expect(restored.version).toMatchObject({ kind: 'before-restore', name: 'Before restoring “Draft for workshop 2”' });
    await eventually(() => textOf(samTab.ydoc).includes('First draft by Ada'), 'the restore reaches Sam live');
    expect(textOf(samTab.ydoc)).not.toContain('Sam rewrote it');
    expect(textOf(samTab.ydoc)).toBe(textOf(adaTab.ydoc));

    // Restoring does not take the credit: Ada's words are hers again.
    const afterRestore = await sam.expectOk<AuthorshipResponse>('GET', `${base}/authorship`);
    const everyone = new Map<string | null, string>(afterRestore.people.map((p) => [p.id, p.displayName]));
    expect(creditedRuns(afterRestore.content, everyone)).toContainEqual(['First draft by Ada', 'authorship Ada']);

    const timeline = await sam.expectOk<HistoryResponse>('GET', `${base}/history`);
    expect(timeline.sessions[0]).toMatchObject({
      credit: writtenBy(ada.id),
      restoredVersion: { id: version.id, name: 'Draft for workshop 2' },
    });
    // Restoring the version saved just before undoes the restore.
    await sam.expectOk('POST', `${base}/versions/${restored.version.id}/restore`, {});
    await eventually(() => textOf(adaTab.ydoc).includes('Sam rewrote it'), 'the undo reaches Ada live');
    const versions = await ada.expectOk<VersionsResponse>('GET', `${base}/versions`);
    expect(versions.versions.map((v) => v.kind)).toEqual(['before-restore', 'before-restore', 'named', 'automatic']);

    // The log keeps every step under the right names, across a restart.
    const logged = await kit.stopAndReadLog(documentId);
    expect(logged.filter((u) => u.restoredVersionId !== null).map((u) => [u.userId, u.restoredVersionId])).toEqual([
      [ada.id, version.id],
      [sam.id, restored.version.id],
    ]);
  });

  it('records on behalf of another member under both names, visible in presence, and refuses a stranger', async () => {
    const { ada, sam, projectId, documentId, name } = await kit.sharedDocument();
    const base = `/api/projects/${projectId}/documents/${documentId}`;
    const adaTab = kit.connect(name, ada.cookie);
    const samTab = kit.connect(name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);
    const answers: Array<{ personId: string | null; error?: string }> = [];
    samTab.provider.on('stateless', ({ payload }: { payload: string }) => answers.push(JSON.parse(payload)));

    samTab.provider.sendStateless(JSON.stringify({ event: 'record-on-behalf', personId: 'not-a-member' }));
    await eventually(() => answers.length === 1, 'the refusal arrives');
    expect(answers[0]).toMatchObject({ personId: null, error: expect.stringContaining('member') });

    samTab.provider.sendStateless(JSON.stringify({ event: 'record-on-behalf', personId: ada.id }));
    samTab.provider.setAwarenessField('activity', { kind: 'typing' });
    await eventually(() => answers.length === 2, 'the answer arrives');
    expect(answers[1]).toMatchObject({ personId: ada.id });
    await eventually(
      () => adaTab.provider.awareness?.getStates().get(samTab.ydoc.clientID)?.user?.recordingFor?.id === ada.id,
      'everyone sees Sam is recording for Ada',
    );
    typeParagraph(samTab.ydoc, 'Ada said this on the phone');
    await eventually(() => kit.serverText(name).includes('on the phone'), 'the recorded words arrive');

    samTab.provider.sendStateless(JSON.stringify({ event: 'record-on-behalf', personId: null }));
    await eventually(() => answers.length === 3, 'recording stops');
    // A browser cannot claim to be recording for someone: presence follows the server.
    samTab.provider.setAwarenessField('user', { id: sam.id, name: 'Sam', recordingFor: { id: ada.id, name: 'Ada' } });
    typeParagraph(samTab.ydoc, 'Sam’s own words');
    await eventually(() => kit.serverText(name).includes('Sam’s own words'), 'Sam’s own words arrive');
    await eventually(
      () => adaTab.provider.awareness?.getStates().get(samTab.ydoc.clientID)?.user?.recordingFor === null,
      'the claimed recording is overwritten',
    );

    const timeline = await ada.expectOk<HistoryResponse>('GET', `${base}/history`);
    expect(timeline.sessions.slice(0, 2).map((s) => s.credit)).toEqual([
      writtenBy(sam.id),
      recordedFor(ada.id, sam.id),
    ]);
    const names = new Map<string | null, string>(timeline.people.map((p) => [p.id, p.displayName]));
    const authorship = await ada.expectOk<AuthorshipResponse>('GET', `${base}/authorship`);
    expect(creditedRuns(authorship.content, names)).toEqual(
      expect.arrayContaining([
        ['Ada said this on the phone', 'authorship Ada (recorded by Sam)'],
        ['Sam’s own words', 'authorship Sam'],
      ]),
    );
  });

  it('tells a returning member what others changed since their last visit', async () => {
    const { ada, sam, projectId, documentId, name } = await kit.sharedDocument();
    const base = `/api/projects/${projectId}/documents/${documentId}`;
    expect(await sam.expectOk<SinceLastVisitResponse>('GET', `${base}/since-last-visit`)).toEqual({
      lastVisitAt: null,
      sessions: [],
      people: [],
    });
    const samTab = kit.connect(name, sam.cookie);
    await samTab.synced;
    typeParagraph(samTab.ydoc, 'Sam was here');
    await eventually(() => kit.serverText(name).includes('Sam was here'), 'Sam’s words arrive');
    samTab.destroy();
    const visitSaved = async () => {
      for (let tries = 0; tries < 50; tries++) {
        const { lastVisitAt } = await sam.expectOk<SinceLastVisitResponse>('GET', `${base}/since-last-visit`);
        if (lastVisitAt) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('Sam’s visit was never saved');
    };
    await visitSaved();

    const adaTab = kit.connect(name, ada.cookie);
    await adaTab.synced;
    typeParagraph(adaTab.ydoc, 'Ada added this while Sam was away');
    await eventually(() => kit.serverText(name).includes('while Sam was away'), 'Ada’s words arrive');

    const summary = await sam.expectOk<SinceLastVisitResponse>('GET', `${base}/since-last-visit`);
    expect(summary.lastVisitAt).not.toBeNull();
    expect(summary.sessions.map((s) => [s.credit, s.wordsAdded])).toEqual([[writtenBy(ada.id), 7]]);
    expect(summary.people.map((p) => p.displayName)).toEqual(['Ada']);
  });

  it('saves a version by itself when the last person leaves after a busy session', async () => {
    const { ada, projectId, documentId, name } = await kit.sharedDocument();
    const base = `/api/projects/${projectId}/documents/${documentId}`;
    const adaTab = kit.connect(name, ada.cookie);
    await adaTab.synced;
    for (let i = 1; i <= 20; i++) typeParagraph(adaTab.ydoc, `Point ${i}`);
    await eventually(() => kit.serverText(name).includes('Point 20'), 'every point arrives');
    adaTab.destroy();
    let kinds: string[] = [];
    for (let tries = 0; tries < 50 && kinds.length < 2; tries++) {
      const { versions } = await ada.expectOk<VersionsResponse>('GET', `${base}/versions`);
      kinds = versions.map((v) => `${v.kind}: ${v.name}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(kinds).toEqual(['automatic: End of an editing session', 'automatic: Starting text']);
  });

  it('restores a version of a document nobody has open', async () => {
    const { ada, projectId, documentId, name } = await kit.sharedDocument();
    const base = `/api/projects/${projectId}/documents/${documentId}`;
    const { versions } = await ada.expectOk<VersionsResponse>('GET', `${base}/versions`);
    const start = versions.find((v) => v.name === 'Starting text');
    const adaTab = kit.connect(name, ada.cookie);
    await adaTab.synced;
    const original = textOf(adaTab.ydoc);
    typeParagraph(adaTab.ydoc, 'Words to take back');
    await eventually(() => kit.serverText(name).includes('Words to take back'), 'the words arrive');
    adaTab.destroy();
    await eventually(() => !kit.server.roundtable.hocuspocus.documents.has(name), 'the document is closed');

    await ada.expectOk('POST', `${base}/versions/${start?.id}/restore`, {});
    const again = kit.connect(name, ada.cookie);
    await again.synced;
    expect(textOf(again.ydoc)).toBe(original);
    const unknown = await ada.request('POST', `${base}/versions/not-a-version/restore`, {});
    expect(unknown.status).toBe(404);
    await ada.expectOk('PATCH', base, { archived: true });
    const archived = await ada.request<{ error: { message: string } }>(
      'POST',
      `${base}/versions/${start?.id}/restore`,
      {},
    );
    expect(archived.status).toBe(409);
    expect(archived.body.error.message).toContain('archived');
  });
});
