import { COLLABORATION_FIELD } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { splitRecoveredUpdate } from './splitRecoveredUpdate.ts';

const textOf = (doc: Y.Doc) => doc.getXmlFragment(COLLABORATION_FIELD).toString();

function paragraph(doc: Y.Doc, words: string): Y.XmlText {
  const element = new Y.XmlElement('paragraph');
  const text = new Y.XmlText(words);
  element.insert(0, [text]);
  doc.getXmlFragment(COLLABORATION_FIELD).push([element]);
  return text;
}

/** What the server has, and a device holding more: its own words and others' it received. */
function scene() {
  const server = new Y.Doc();
  const ada = new Y.Doc();
  const sam = new Y.Doc();
  const relay = new Y.Doc();
  const share = (from: Y.Doc, ...to: Y.Doc[]) => {
    for (const doc of to) Y.applyUpdate(doc, Y.encodeStateAsUpdate(from));
  };
  paragraph(ada, 'Saved before the backup.');
  share(ada, server, sam, relay);
  const adasLine = paragraph(ada, 'Ada after the backup.');
  share(ada, sam, relay);
  paragraph(sam, 'Sam answers Ada.');
  share(sam, relay);
  adasLine.delete(0, 4);
  share(ada, relay);
  const update = Y.encodeStateAsUpdate(relay, Y.encodeStateVector(server));
  const decoded = Y.decodeUpdate(update);
  const writes = new Map<number, { from: number; to: number }>();
  for (const struct of decoded.structs) {
    const range = writes.get(struct.id.client);
    const end = struct.id.clock + struct.length;
    writes.set(struct.id.client, {
      from: Math.min(range?.from ?? end, struct.id.clock),
      to: Math.max(range?.to ?? 0, end),
    });
  }
  return { server, ada, sam, relay, update, decoded, writes };
}

describe('splitRecoveredUpdate', () => {
  it('gives each writer a part of their own, and the parts add up to the whole even applied as history applies them', () => {
    const { server, ada, sam, relay, update, decoded, writes } = scene();
    const writer = new Map([
      [ada.clientID, 'ada'],
      [sam.clientID, 'sam'],
    ]);
    const parts = splitRecoveredUpdate(update, decoded.structs, writes, (id) => writer.get(id) ?? null);

    expect(parts.map((part) => part.writerId)).toEqual(['ada', 'sam']);
    expect(parts[0]?.update.clientIds).toEqual([ada.clientID]);
    expect(parts[1]?.update.clientIds).toEqual([sam.clientID]);
    // Applied one after another, each part's words integrate at once (history drops
    // anything Yjs holds back), and the last brings every deletion.
    for (const part of parts) {
      Y.applyUpdate(server, part.update.bytes);
      expect(server.store.pendingStructs).toBeNull();
      server.store.pendingDs = null;
    }
    expect(textOf(server)).toBe(textOf(relay));
  });

  it('keeps writers whose words refer to each other both ways together, as unknown writer', () => {
    const server = new Y.Doc();
    const ada = new Y.Doc();
    const sam = new Y.Doc();
    const text = paragraph(ada, 'Start.');
    Y.applyUpdate(server, Y.encodeStateAsUpdate(ada));
    Y.applyUpdate(sam, Y.encodeStateAsUpdate(ada));
    text.insert(text.length, ' Ada one.');
    Y.applyUpdate(sam, Y.encodeStateAsUpdate(ada));
    const samsText = (sam.getXmlFragment(COLLABORATION_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    samsText.insert(samsText.length, ' Sam.');
    Y.applyUpdate(ada, Y.encodeStateAsUpdate(sam));
    text.insert(text.length, ' Ada two.');
    Y.applyUpdate(sam, Y.encodeStateAsUpdate(ada));
    const update = Y.encodeStateAsUpdate(sam, Y.encodeStateVector(server));
    const decoded = Y.decodeUpdate(update);
    const writes = new Map([
      [ada.clientID, { from: Y.getState(server.store, ada.clientID), to: Y.getState(sam.store, ada.clientID) }],
      [sam.clientID, { from: 0, to: Y.getState(sam.store, sam.clientID) }],
    ]);
    const writer = new Map([
      [ada.clientID, 'ada'],
      [sam.clientID, 'sam'],
    ]);
    const parts = splitRecoveredUpdate(update, decoded.structs, writes, (id) => writer.get(id) ?? null);

    expect(parts.map((part) => part.writerId)).toEqual([null]);
    for (const part of parts) Y.applyUpdate(server, part.update.bytes);
    expect(textOf(server)).toBe(textOf(sam));
  });
});
