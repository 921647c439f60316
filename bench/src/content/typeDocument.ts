import { COLLABORATION_FIELD, documentExtensions } from '@roundtable/shared';
import { getSchema, type JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { BenchClient } from '../clients/BenchClient.ts';
import { connectMany } from '../clients/connectMany.ts';
import type { Workspace } from '../setup/prepareWorkspace.ts';
import { textLength } from './documentText.ts';
import { waitUntilSeen } from './waitUntilSeen.ts';

/** How far (in Yjs items) the typist may run ahead of what the server has passed on. */
const IN_FLIGHT = 2_000;
/** In keystroke mode, one character in this many is first mistyped and then deleted. */
const TYPO_EVERY = 37;

const schema = getSchema(documentExtensions());

export interface TypingPlan {
  blocks: Iterable<JSONContent>;
  /** Stop after this many updates; every block when undefined. */
  maxUpdates?: number;
  /** 1 types keystroke by keystroke (with the odd typo corrected); more sends runs of text. */
  charactersPerUpdate: number;
  /**
   * Everyone leaves after about this many updates (at the end of the block that passes
   * it) and comes back for the next session, as a document written over weeks is.
   */
  sessionUpdates: number;
  /** Called once `at` updates are written and the server has passed every one on. */
  milestones?: { at: number; reached(): Promise<void> }[];
}

export interface TypingResult {
  updates: number;
  sessions: number;
  /** Characters of text in the finished document, template included. */
  characters: number;
}

/** A Y.XmlText to fill and the formatted text it should end up with. */
type TextToType = [Y.XmlText, { insert: string; attributes?: Record<string, unknown> }[]];

/**
 * Writes blocks of ProseMirror JSON at the end of a document through a real client,
 * the way the editor does: each block's Yjs shape is made by y-tiptap from the shared
 * schema (so marks and attributes are exactly the editor's); the empty block is added
 * in one update, then its text is typed in separate updates. Waits after every session
 * until a second client has everything, so the server has applied and logged it.
 */
export async function typeDocument(workspace: Workspace, document: number, plan: TypingPlan): Promise<TypingResult> {
  const milestones = [...(plan.milestones ?? [])].sort((a, b) => a.at - b.at);
  const limit = plan.maxUpdates ?? Number.POSITIVE_INFINITY;
  let updates = 0;
  let sessions = 0;
  let sessionStartedAt = 0;
  let clients: { typist: BenchClient; observer: BenchClient } | undefined;

  const open = async () => {
    const [typist, observer] = await connectMany(workspace, [
      { document, person: 0 },
      { document, person: 1 },
    ]);
    if (!typist || !observer) throw new Error('The typing clients did not connect');
    sessions += 1;
    sessionStartedAt = updates;
    clients = { typist, observer };
    return clients;
  };
  const close = async () => {
    if (!clients) return 0;
    await waitUntilSeen([clients.typist.ydoc], [clients.observer.ydoc], 120_000);
    const characters = textLength(clients.observer.ydoc.getXmlFragment(COLLABORATION_FIELD));
    clients.typist.destroy();
    clients.observer.destroy();
    clients = undefined;
    return characters;
  };

  let characters = 0;
  for (const block of plan.blocks) {
    if (updates >= limit) break;
    const { typist, observer } = clients ?? (await open());
    const wrote = async () => {
      updates += 1;
      if (updates % 100 === 0) await waitUntilSeen([typist.ydoc], [observer.ydoc], 60_000, IN_FLIGHT);
      while (milestones[0] && updates >= milestones[0].at) {
        await waitUntilSeen([typist.ydoc], [observer.ydoc], 60_000);
        await milestones.shift()?.reached();
      }
    };

    const texts: TextToType[] = [];
    const fragment = typist.ydoc.getXmlFragment(COLLABORATION_FIELD);
    typist.ydoc.transact(() => fragment.insert(fragment.length, [emptyCopy(editorShape(block), texts)]));
    await wrote();
    typing: for (const [text, delta] of texts) {
      for (const { insert, attributes } of delta) {
        // Explicit attributes, even none: Yjs would otherwise carry the previous run's formatting on.
        const formatting = attributes ?? {};
        for (let at = 0; at < insert.length; at += plan.charactersPerUpdate) {
          if (updates >= limit) break typing;
          if (plan.charactersPerUpdate === 1 && updates % TYPO_EVERY === 0 && updates + 2 < limit) {
            typist.ydoc.transact(() => text.insert(text.length, 'x', formatting));
            await wrote();
            typist.ydoc.transact(() => text.delete(text.length - 1, 1));
            await wrote();
          }
          const run = insert.slice(at, at + plan.charactersPerUpdate);
          typist.ydoc.transact(() => text.insert(text.length, run, formatting));
          await wrote();
        }
      }
    }
    if (updates - sessionStartedAt >= plan.sessionUpdates) characters = await close();
  }
  if (clients) characters = await close();
  return { updates, sessions, characters };
}

/** The block as the editor would store it, in a scratch document. */
function editorShape(block: JSONContent): Y.XmlElement {
  const scratch = new Y.Doc();
  const fragment = scratch.getXmlFragment(COLLABORATION_FIELD);
  prosemirrorJSONToYXmlFragment(schema, { type: 'doc', content: [block] }, fragment);
  const element = fragment.get(0);
  if (!(element instanceof Y.XmlElement)) throw new Error(`y-tiptap made no element for ${block.type}`);
  return element;
}

/** The same elements and attributes with empty text, noting the text each should receive. */
function emptyCopy(source: Y.XmlElement, texts: TextToType[]): Y.XmlElement {
  const copy = new Y.XmlElement(source.nodeName);
  for (const [key, value] of Object.entries(source.getAttributes())) copy.setAttribute(key, value as never);
  const children = source.toArray().map((child) => {
    if (child instanceof Y.XmlElement) return emptyCopy(child, texts);
    const text = new Y.XmlText();
    texts.push([text, (child as Y.XmlText).toDelta()]);
    return text;
  });
  copy.insert(0, children);
  return copy;
}
