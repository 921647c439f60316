import {
  COLLABORATION_FIELD,
  type Credit,
  creditedPersonId,
  groupEditSessions,
  peopleNamedIn,
  type RenderedNode,
  recordedFor,
  TEMPLATE_CREDIT,
  writtenBy,
} from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { LoggedUpdate } from '../store/DocumentLogStore.ts';
import { HistoryIndex } from './HistoryIndex.ts';
import { renderYFragment } from './renderYFragment.ts';

/** A hand-built log: people edit their own Y.Docs and the log records what each sent, in order. */
class HandBuiltLog {
  readonly updates: LoggedUpdate[] = [];
  private readonly docs = new Map<string, Y.Doc>();
  private time = Date.parse('2026-11-28T09:00:00Z');

  constructor() {
    const template = this.doc('template');
    template.transact(() => {
      const fragment = template.getXmlFragment(COLLABORATION_FIELD);
      fragment.insert(0, [
        block('heading', 'Housing', { level: 2 }),
        block('paragraph', ''),
        block('heading', 'Transport', { level: 2 }),
        block('paragraph', ''),
      ]);
    });
  }

  doc(person: string): Y.Doc {
    let doc = this.docs.get(person);
    if (!doc) {
      doc = new Y.Doc();
      for (const other of this.docs.values()) Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
      const named = person;
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === 'sync') return;
        this.updates.push({
          id: this.updates.length + 1,
          documentId: 'd',
          userId: named === 'template' ? null : ((origin as { as?: string } | null)?.as ?? named),
          onBehalfOf: (origin as { for?: string } | null)?.for ?? null,
          clientIds: [doc?.clientID ?? 0],
          update,
          createdAt: this.time,
          restoredVersionId: (origin as { restoring?: string } | null)?.restoring ?? null,
          recoveredBy: null,
        });
      });
      this.docs.set(person, doc);
    }
    return doc;
  }

  /** Brings everyone's copy up to date, as the server's fan-out would. */
  sync(): void {
    const all = [...this.docs.values()];
    for (const from of all)
      for (const to of all)
        if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'sync');
  }

  /** Types into the paragraph after the heading `section`, at `offset`. */
  type(person: string, section: string, offset: number, text: string, origin: object | null = null): void {
    const doc = this.doc(person);
    doc.transact(() => paragraphAfter(doc, section).insert(offset, text), origin);
  }

  remove(person: string, section: string, offset: number, length: number): void {
    const doc = this.doc(person);
    doc.transact(() => paragraphAfter(doc, section).delete(offset, length));
  }

  later(minutes: number): void {
    this.time += minutes * 60_000;
  }

  index(): HistoryIndex {
    const index = new HistoryIndex();
    for (const update of this.updates) index.apply(update);
    return index;
  }
}

function block(name: string, text: string, attributes: Record<string, number> = {}): Y.XmlElement {
  const element = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value as unknown as string);
  const content = new Y.XmlText();
  if (text) content.insert(0, text);
  element.insert(0, [content]);
  return element;
}

function paragraphAfter(doc: Y.Doc, section: string): Y.XmlText {
  const blocks = doc.getXmlFragment(COLLABORATION_FIELD).toArray() as Y.XmlElement[];
  const heading = blocks.findIndex((b) => b.nodeName === 'heading' && (b.get(0) as Y.XmlText).toString() === section);
  return (blocks[heading + 1] as Y.XmlElement).get(0) as Y.XmlText;
}

/** A credit as the tests below spell it: 'ada', 'ada/sam' when Sam recorded it, 'null' for the template. */
function spell(credit: Credit): string {
  const [person, scribe] = peopleNamedIn(credit);
  return scribe ? `${person}/${scribe}` : String(person ?? null);
}

/** Text runs of a rendered document with the mark that names their author. */
function runs(node: RenderedNode): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const walk = (n: RenderedNode) => {
    if (n.text !== undefined) {
      const mark = n.marks?.find((m) => m.type === 'authorship' || m.type === 'insertion' || m.type === 'deletion');
      const who =
        mark && 'attrs' in mark && 'credit' in mark.attrs ? `${mark.type}:${spell(mark.attrs.credit)}` : 'plain';
      found.push([n.text, who]);
    }
    for (const child of n.content ?? []) walk(child);
  };
  walk(node);
  return found;
}

function authorship(index: HistoryIndex): Array<[string, string]> {
  return runs(
    index.withAttributedPieces(() =>
      renderYFragment(index.fragment, {
        snapshot: Y.snapshot(index.doc),
        prevSnapshot: Y.emptySnapshot,
        changeMark: (_kind, id) => {
          return { type: 'authorship', attrs: { credit: index.writerOf(id)?.credit ?? TEMPLATE_CREDIT } };
        },
      }),
    ),
  ).filter(([, who]) => who !== 'authorship:null');
}

describe('HistoryIndex', () => {
  it('credits each passage to its writer when three people type at once', () => {
    const log = new HandBuiltLog();
    log.sync();
    log.type('ada', 'Housing', 0, 'Homes near shops. ');
    log.type('ben', 'Housing', 0, 'Ramps everywhere. ');
    log.type('cal', 'Transport', 0, 'Buses on Sundays.');
    log.sync();
    log.type('ben', 'Transport', 17, ' And trams.');
    log.sync();

    const index = log.index();
    expect(index.fragment.toString()).toBe(log.doc('ada').getXmlFragment(COLLABORATION_FIELD).toString());
    const passages = authorship(index);
    expect(passages).toContainEqual(['Homes near shops. ', 'authorship:ada']);
    expect(passages).toContainEqual(['Ramps everywhere. ', 'authorship:ben']);
    expect(passages).toContainEqual(['Buses on Sundays.', 'authorship:cal']);
    expect(passages).toContainEqual([' And trams.', 'authorship:ben']);
    expect(index.changes.map((c) => [creditedPersonId(c.credit), c.wordsAdded, c.sections])).toEqual([
      [null, 2, ['Housing', 'Transport']],
      ['ada', 3, ['Housing']],
      ['ben', 2, ['Housing']],
      ['cal', 3, ['Transport']],
      ['ben', 2, ['Transport']],
    ]);
  });

  it("counts words the same whether typed key by key or pasted, and groups a person's keystrokes into one session", () => {
    const log = new HandBuiltLog();
    log.sync();
    const sentence = 'Lifts that work';
    for (let i = 0; i < sentence.length; i++) log.type('ada', 'Housing', i, sentence[i] ?? '');
    log.type('ben', 'Transport', 0, 'Lifts that work');
    log.later(30);
    log.type('ada', 'Housing', sentence.length, '!');
    const index = log.index();
    const sessions = groupEditSessions(index.changes);
    expect(sessions.map((s) => [creditedPersonId(s.credit), s.wordsAdded, s.charactersAdded, s.changeCount])).toEqual([
      [null, 2, 16, 1],
      ['ada', 3, 15, 15],
      ['ben', 3, 15, 1],
      ['ada', 0, 1, 1],
    ]);
  });

  it("keeps deleted text and who removed it, including one person undoing another's words", () => {
    const log = new HandBuiltLog();
    log.sync();
    log.type('ada', 'Housing', 0, 'Homes near shops and parks.');
    log.sync();
    const before = log.updates.length;
    log.remove('ben', 'Housing', 16, 10); // " and parks"
    log.sync();
    // Ben retypes part of what he deleted, then adds words of his own: only his own are his.
    log.type('ben', 'Housing', 16, ' and parks, please');
    log.sync();

    const index = log.index();
    const removal = index.changes[before];
    expect(removal).toMatchObject({
      credit: writtenBy('ben'),
      wordsRemoved: 2,
      charactersRemoved: 10,
      sections: ['Housing'],
    });

    const compared = index.withAttributedPieces(
      () =>
        renderYFragment(index.fragment, {
          snapshot: index.snapshotAt(before + 1),
          prevSnapshot: index.snapshotAt(before),
          changeMark: (kind, id) => {
            const who = kind === 'added' ? index.writerOf(id) : index.removerOf(id);
            return {
              type: kind === 'added' ? 'insertion' : 'deletion',
              attrs: { credit: who?.credit ?? TEMPLATE_CREDIT },
            };
          },
        }),
      before,
    );
    expect(runs(compared)).toContainEqual([' and parks', 'deletion:ben']);
    expect(runs(compared)).toContainEqual(['Homes near shops', 'plain']);
    expect(authorship(index)).toEqual([
      ['Homes near shops and parks', 'authorship:ada'],
      [', please', 'authorship:ben'],
      ['.', 'authorship:ada'],
    ]);
  });

  it('keeps words brought back with undo credited to their writer, and keeps who removed them', () => {
    const log = new HandBuiltLog();
    log.sync();
    log.type('ada', 'Housing', 0, 'Warm homes.');
    log.sync();
    const ben = log.doc('ben');
    const undo = new Y.UndoManager(ben.getXmlFragment(COLLABORATION_FIELD));
    log.remove('ben', 'Housing', 0, 5);
    const removal = log.updates.length;
    undo.undo();
    log.sync();
    const index = log.index();
    expect(index.fragment.toString()).toContain('Warm homes.');
    expect(index.changes[removal - 1]).toMatchObject({
      credit: writtenBy('ben'),
      wordsRemoved: 1,
      charactersRemoved: 5,
    });
    expect(index.changes[removal]).toMatchObject({ credit: writtenBy('ben'), charactersAdded: 5 });
    expect(authorship(index)).toEqual([['Warm homes.', 'authorship:ada']]);
  });

  it('credits recorded words to the person they were recorded for, and the scribe', () => {
    const log = new HandBuiltLog();
    log.sync();
    log.type('sam', 'Housing', 0, 'Mine. ');
    log.type('sam', 'Housing', 6, 'Ada said this.', { as: 'sam', for: 'ada' });
    log.type('sam', 'Housing', 20, ' Mine again.');
    const index = log.index();
    expect(authorship(index)).toEqual([
      ['Mine. ', 'authorship:sam'],
      ['Ada said this.', 'authorship:ada/sam'],
      [' Mine again.', 'authorship:sam'],
    ]);
    expect(groupEditSessions(index.changes).map((s) => s.credit)).toEqual([
      TEMPLATE_CREDIT,
      writtenBy('sam'),
      recordedFor('ada', 'sam'),
    ]);
  });

  it('rebuilds any earlier state as a snapshot of the replayed document', () => {
    const log = new HandBuiltLog();
    log.sync();
    log.type('ada', 'Housing', 0, 'First.');
    const afterFirst = log.updates.length;
    const expected = JSON.stringify(renderYFragment(log.doc('ada').getXmlFragment(COLLABORATION_FIELD)));
    log.remove('ada', 'Housing', 0, 6);
    log.type('ada', 'Housing', 0, 'Second.');
    const index = log.index();
    const then = renderYFragment(index.fragment, { snapshot: index.snapshotAt(afterFirst) });
    expect(JSON.stringify(then)).toBe(expected);
  });
  it('treats placing and removing comment anchors as comment activity, not as edits of the text', () => {
    const log = new HandBuiltLog();
    log.type('ada', 'Housing', 0, 'Good homes near family.');
    log.sync();
    log.later(30);
    // Sam comments on "homes" (a comment mark, overlapping-mark key as the editor stores it), then removes it.
    const sam = log.doc('sam');
    sam.transact(() => paragraphAfter(sam, 'Housing').format(5, 5, { 'comment--abcdefgh': { threadId: 't1' } }));
    log.later(1);
    sam.transact(() => paragraphAfter(sam, 'Housing').format(5, 5, { 'comment--abcdefgh': null }));
    log.later(1);
    sam.transact(() => paragraphAfter(sam, 'Housing').format(0, 4, { bold: {} }));

    const index = log.index();
    expect(index.changes.map((change) => change.commentAnchorsOnly ?? false)).toEqual([
      false,
      false,
      true,
      true,
      false,
    ]);
    const sessions = groupEditSessions(index.changes);
    expect(sessions.map((session) => [creditedPersonId(session.credit), session.changeCount])).toEqual([
      [null, 1],
      ['ada', 1],
      ['sam', 1],
    ]);
    // The anchor never shows in what history renders.
    expect(JSON.stringify(renderYFragment(index.fragment))).not.toContain('comment');
  });
});

describe('renderYFragment', () => {
  it('flattens nesting deeper than any real document instead of exhausting the stack', () => {
    const doc = new Y.Doc();
    // Built one level at a time, as a hostile client's updates would arrive.
    let parent: Y.XmlFragment | Y.XmlElement = doc.getXmlFragment(COLLABORATION_FIELD);
    for (let i = 0; i < 3000; i++) {
      const quote = new Y.XmlElement('blockquote');
      parent.insert(0, [quote]);
      parent = quote;
    }
    const paragraph = new Y.XmlElement('paragraph');
    parent.insert(0, [paragraph]);
    paragraph.insert(0, [new Y.XmlText('deep words')]);
    const rendered = JSON.stringify(renderYFragment(doc.getXmlFragment(COLLABORATION_FIELD)));
    expect(rendered).toContain('deep words');
  });
});
