import { copyFileSync, rmSync } from 'node:fs';
import {
  type AuthorshipResponse,
  type ContributionsResponse,
  type Credit,
  HISTORY_PERSON_FILTERS,
  type HistoryResponse,
  type RenderedNode,
  SESSION_COOKIE,
} from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { textOf, typeParagraph, useCollaborationServer } from '../testing/collaborationTestKit.ts';
import { eventually } from '../testing/connectDocument.ts';
import { startTestServer } from '../testing/startTestServer.ts';
import { TestPerson } from '../testing/TestPerson.ts';

/** Each text run of the authorship view with its credit. */
function creditedRuns(node: RenderedNode): Array<[string, Credit]> {
  const found: Array<[string, Credit]> = [];
  const walk = (n: RenderedNode) => {
    const mark = n.marks?.find((m) => m.type === 'authorship');
    if (n.text !== undefined && mark && 'attrs' in mark && 'credit' in mark.attrs)
      found.push([n.text, mark.attrs.credit]);
    for (const child of n.content ?? []) walk(child);
  };
  walk(node);
  return found;
}

describe('history after a restore from a backup', () => {
  const kit = useCollaborationServer();

  it('marks handed-back words as recovered, names the device that relayed them and credits nobody with unknown writers’ words', async () => {
    const { ada, sam, projectId, documentId, name } = await kit.sharedDocument();
    const base = `/api/projects/${projectId}/documents/${documentId}`;
    const databaseFile = kit.server.databaseFile;
    const backupFile = `${databaseFile}.backup`;
    const bea = new TestPerson(kit.server.url, 'Bea');
    const invite = await ada.invite(projectId);
    await bea.signUp(invite);
    await bea.join(invite);

    // Ada and Sam write; the backup is taken with both their devices known to it.
    const adaDoc = kit.connect(name, ada.cookie).ydoc;
    const samTab = kit.connect(name, sam.cookie);
    typeParagraph(adaDoc, 'Ada wrote this before the backup.');
    typeParagraph(samTab.ydoc, 'Sam wrote this before the backup.');
    await eventually(() => kit.serverText(name).includes('Sam wrote this before'), 'the first words are saved');
    await kit.server.stop();
    copyFileSync(databaseFile, backupFile);

    // After the backup Sam writes more, Bea writes for the first time; Ada's device keeps a copy of everything.
    kit.server = await startTestServer(databaseFile);
    kit.connect(name, ada.cookie, { ydoc: adaDoc });
    for (const [person, words] of [
      [sam, 'Sam wrote this after the backup.'],
      [bea, 'Bea wrote this after the backup.'],
    ] as const) {
      const tab = kit.connect(name, person.cookie, person === sam ? { ydoc: samTab.ydoc } : {});
      await tab.synced;
      typeParagraph(tab.ydoc, words);
      await eventually(() => textOf(adaDoc).includes(words), `${person.displayName}’s words reach Ada`);
      tab.destroy();
    }

    // The database is restored from the backup; only Ada's device comes back.
    await kit.server.stop();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true });
    copyFileSync(backupFile, databaseFile);
    kit.server = await startTestServer({ databaseFile, config: { recoveringFromBackup: true } });
    const adaNow = new TestPerson(kit.server.url, 'Ada');
    const samNow = new TestPerson(kit.server.url, 'Sam');
    await Promise.all([adaNow.signIn(), samNow.signIn()]);
    kit.connect(name, adaNow.cookie, { ydoc: adaDoc });
    await eventually(
      () => kit.serverText(name).includes('Sam wrote this after') && kit.serverText(name).includes('Bea wrote'),
      'the words come back',
    );

    const runs = creditedRuns((await samNow.expectOk<AuthorshipResponse>('GET', `${base}/authorship`)).content);
    const creditOf = (words: string) => runs.find(([text]) => text.includes(words))?.[1];
    expect(creditOf('Sam wrote this before')).toEqual({ kind: 'written', personId: sam.id });
    // Sam's device was known to the backup: his words are his, relayed by Ada's device.
    expect(creditOf('Sam wrote this after')).toEqual({ kind: 'recovered', personId: sam.id, relayedById: ada.id });
    // Bea's device id arrived after the backup: nothing says the words are hers, and they are never Ada's.
    expect(creditOf('Bea wrote')).toEqual({ kind: 'unknownWriter', relayedById: ada.id });

    const timeline = await samNow.expectOk<HistoryResponse>('GET', `${base}/history`);
    expect(timeline.recoveredChanges).toBe(2);
    expect(timeline.unknownWriterChanges).toBe(1);
    expect(timeline.people.map((person) => person.displayName)).toContain('Ada');
    const unknown = await samNow.expectOk<HistoryResponse>(
      'GET',
      `${base}/history?person=${HISTORY_PERSON_FILTERS.unknownWriter}`,
    );
    expect(unknown.sessions.map((session) => session.credit)).toEqual([{ kind: 'unknownWriter', relayedById: ada.id }]);
    const recovered = await samNow.expectOk<HistoryResponse>(
      'GET',
      `${base}/history?person=${HISTORY_PERSON_FILTERS.recovered}`,
    );
    expect(recovered.sessions.map((session) => session.credit.kind).sort()).toEqual(['recovered', 'unknownWriter']);
    // Ada's own filter lists what she wrote, not what her device only relayed.
    const adas = await samNow.expectOk<HistoryResponse>('GET', `${base}/history?person=${ada.id}`);
    expect(adas.sessions.map((session) => session.credit)).toEqual([{ kind: 'written', personId: ada.id }]);

    const contributions = await samNow.expectOk<ContributionsResponse>('GET', `${base}/contributions`);
    const unknownShare = contributions.byPerspective.find((group) => group.perspective === 'unknown-writer');
    expect(unknownShare?.characters).toBe('Bea wrote this after the backup.'.length);
    const samShare = contributions.byPerson.find(
      (row) => row.credit.kind === 'written' && row.credit.personId === sam.id,
    );
    expect(samShare?.characters).toBe('Sam wrote this before the backup.Sam wrote this after the backup.'.length);

    const markdown = await fetch(`${adaNow.baseUrl}${base}/export?format=md`, {
      headers: { cookie: `${SESSION_COOKIE}=${adaNow.cookie}` },
    }).then((response) => response.text());
    expect(markdown).toContain('Bea wrote this after the backup.');
    const acknowledgements = markdown.slice(markdown.indexOf('## Acknowledgements'));
    // Bea is not credited for words nobody can show are hers; Sam is, for his own.
    expect(acknowledgements).not.toContain('Bea');
    expect(acknowledgements).toContain('Sam');
  });
});
