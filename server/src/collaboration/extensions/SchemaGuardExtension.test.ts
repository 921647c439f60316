import { CloseCode, COLLABORATION_FIELD, type VersionContentResponse, type VersionResponse } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeUpdate } from '../../documents/DecodedUpdate.ts';
import { documentMisfits } from '../../documents/documentMisfits.ts';
import { SqliteStore } from '../../store/sqlite/SqliteStore.ts';
import { textOf, typeParagraph, useCollaborationServer } from '../../testing/collaborationTestKit.ts';
import { eventually } from '../../testing/connectDocument.ts';
import { EditorWrites, schema } from '../../testing/EditorWrites.ts';
import { startTestServer } from '../../testing/startTestServer.ts';
import { TestPerson } from '../../testing/TestPerson.ts';

const fragmentOf = (doc: Y.Doc) => doc.getXmlFragment(COLLABORATION_FIELD);
/** The first top-level element named `name`. */
const first = (doc: Y.Doc, name: string) =>
  fragmentOf(doc)
    .toArray()
    .find((child): child is Y.XmlElement => child instanceof Y.XmlElement && child.nodeName === name) as Y.XmlElement;
const firstText = (doc: Y.Doc) => first(doc, 'paragraph').get(0) as Y.XmlText;

/** Changes the editor never makes, written straight into the shared document as a hostile or broken client could. */
const unfitChanges: Array<[string, (doc: Y.Doc) => void]> = [
  ['a bare string at the top level', (doc) => doc.getText(COLLABORATION_FIELD).insert(0, 'loose words')],
  [
    'an unknown node',
    (doc) => {
      const script = new Y.XmlElement('script');
      script.insert(0, [new Y.XmlText('alert(2)')]);
      fragmentOf(doc).insert(0, [script]);
    },
  ],
  ['an unknown mark', (doc) => firstText(doc).format(0, 3, { blink: {} })],
  ['a heading of level 9', (doc) => first(doc, 'heading').setAttribute('level', 9 as never)],
  ['a section id that is not text', (doc) => first(doc, 'heading').setAttribute('sectionId', 7 as never)],
  ['an overlong section id', (doc) => first(doc, 'heading').setAttribute('sectionId', 'x'.repeat(65))],
  ['a javascript: link', (doc) => firstText(doc).insert(0, 'click me', { link: { href: 'javascript:alert(1)' } })],
  ['text directly in the fragment', (doc) => fragmentOf(doc).insert(0, [new Y.XmlText('loose text')])],
  ['an embed', (doc) => firstText(doc).insertEmbed(0, { image: 'https://example.org/x.png' })],
];

describe('SchemaGuardExtension', () => {
  const kit = useCollaborationServer();

  it.each(unfitChanges)('refuses %s: never logged, applied or sent to anyone', async (_what, write) => {
    const { ada, sam, name, documentId } = await kit.sharedDocument();
    const adaTab = kit.connect(name, ada.cookie);
    const samTab = kit.connect(name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);
    const samsClientId = samTab.ydoc.clientID;

    write(samTab.ydoc);
    expect((await samTab.closed).code).toBe(CloseCode.DoesNotFitDocument);

    // Ada goes on editing; her words arrive, Sam's change never does.
    typeParagraph(adaTab.ydoc, 'Ada carries on');
    await eventually(() => kit.serverText(name).includes('Ada carries on'), 'Ada’s words reach the server');
    await eventually(() => adaTab.provider.unsyncedChanges === 0, 'Ada’s words are acknowledged');
    const serverCopy = kit.server.roundtable.hocuspocus.documents.get(name);
    expect(serverCopy && Y.getState(serverCopy.store, samsClientId)).toBe(0);
    expect(Y.getState(adaTab.ydoc.store, samsClientId)).toBe(0);
    const logged = await kit.stopAndReadLog(documentId);
    expect(logged.filter((update) => update.userId === sam.id || update.clientIds.includes(samsClientId))).toEqual([]);
    expect(logged.some((update) => update.userId === ada.id)).toBe(true);
  });

  it('accepts a normal editing session: typing, Enter, bold, a link, a list and a line break', async () => {
    const { ada, sam, name, documentId } = await kit.sharedDocument();
    const adaTab = kit.connect(name, ada.cookie);
    const samTab = kit.connect(name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);
    let closed: number | undefined;
    void adaTab.closed.then(({ code }) => {
      closed = code;
    });
    const editor = EditorWrites.over(adaTab.ydoc);
    const last = () => editor.state.doc.childCount - 1;
    const end = (index: number) => editor.endOfBlock(index);
    editor.edit((tr) => tr.insert(tr.doc.content.size, schema.node('paragraph', null, [schema.text('Warm homes')])));
    for (const character of ' for all') editor.edit((tr) => tr.insertText(character, end(last())));
    editor.edit((tr) => tr.split(end(last())));
    editor.edit((tr) => tr.insertText('Buses that run on time', end(last())));
    editor.edit((tr) => tr.addMark(end(last()) - 'on time'.length, end(last()), schema.mark('bold')));
    editor.edit((tr) =>
      tr.addMark(
        end(last()) - 'Buses'.length - 17,
        end(last()) - 17,
        schema.mark('link', { href: 'https://example.org' }),
      ),
    );
    editor.edit((tr) => tr.insert(end(last()), schema.node('hardBreak')));
    editor.edit((tr) =>
      tr.insert(
        tr.doc.content.size,
        schema.node('bulletList', null, [
          schema.node('listItem', null, [schema.node('paragraph', null, [schema.text('Libraries')])]),
        ]),
      ),
    );
    editor.edit((tr) => tr.split(end(last()) - 2, 2));
    editor.edit((tr) => tr.insertText('Parks', end(last()) - 2));

    await eventually(() => adaTab.provider.unsyncedChanges === 0, 'every change is acknowledged');
    await eventually(() => textOf(samTab.ydoc).includes('Parks'), 'Sam sees the last change');
    expect(closed).toBeUndefined();
    expect(textOf(samTab.ydoc)).toContain('Warm homes for all');
    expect(documentMisfits(samTab.ydoc)).toEqual([]);
    const logged = await kit.stopAndReadLog(documentId);
    expect(logged.filter((update) => update.userId === ada.id).length).toBeGreaterThan(10);
  });

  it('repairs stored content that does not fit when the document loads, and opens and restores its versions', async () => {
    const { sam, projectId, name, documentId } = await kit.sharedDocument();
    await kit.server.stop();
    // Written straight into the log, as content stored before the guard existed would be.
    const stores = SqliteStore.open(kit.server.databaseFile);
    const hostile = new Y.Doc();
    for (const logged of await stores.log.listUpdatesAfter(documentId, 0)) Y.applyUpdate(hostile, logged.update);
    const before = Y.encodeStateVector(hostile);
    for (const [, write] of unfitChanges) {
      // Each on a copy of its own: a bare string needs the root read as text.
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(hostile));
      write(copy);
      Y.applyUpdate(hostile, Y.encodeStateAsUpdate(copy));
    }
    const bad = decodeUpdate(Y.encodeStateAsUpdate(hostile, before));
    const badUpdateId = await stores.log.appendUpdate({
      documentId,
      userId: sam.id,
      onBehalfOf: null,
      clientIds: [...bad.clientIds],
      update: bad.bytes,
      createdAt: Date.now(),
      restoredVersionId: null,
    });
    await stores.close();
    expect(documentMisfits(hostile).length).toBeGreaterThan(0);

    kit.server = await startTestServer(kit.server.databaseFile);
    const ada = new TestPerson(kit.server.url, 'Ada');
    await ada.signIn();
    const base = `/api/projects/${projectId}/documents/${documentId}`;
    // A version of the content as stored, named before anyone opened the document.
    const { version } = await ada.expectOk<VersionResponse>('POST', `${base}/versions`, { name: 'As stored' });

    const adaTab = kit.connect(name, ada.cookie);
    await adaTab.synced;
    expect(documentMisfits(adaTab.ydoc)).toEqual([]);
    const text = textOf(adaTab.ydoc);
    expect(text).toContain('loose words');
    expect(text).toContain('alert(2)');
    expect(text).toContain('click me');
    expect(text).not.toContain('javascript');
    expect(text).not.toContain('script>');

    const opened = await ada.expectOk<VersionContentResponse>('GET', `${base}/versions/${version.id}`);
    const rendered = JSON.stringify(opened.content);
    expect(rendered).toContain('loose words');
    expect(rendered).not.toMatch(/"type":"script"|javascript|"level":9|blink/);

    const restore = await ada.request('POST', `${base}/versions/${version.id}/restore`, {});
    expect(restore.status).toBe(200);
    await eventually(() => adaTab.provider.unsyncedChanges === 0, 'Ada is up to date');
    expect(documentMisfits(adaTab.ydoc)).toEqual([]);

    const logged = await kit.stopAndReadLog(documentId);
    const repair = logged.find((update) => update.id > badUpdateId);
    // The server's own change, credited to nobody: it writes no one's new words.
    expect(repair).toMatchObject({ userId: null, onBehalfOf: null, restoredVersionId: null });
    const replayed = new Y.Doc();
    for (const update of logged) Y.applyUpdate(replayed, update.update);
    expect(documentMisfits(replayed)).toEqual([]);
  });
});
