import { COLLABORATION_FIELD, documentExtensions } from '@roundtable/shared';
import { Editor } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

/**
 * Five people add a bullet at the same place at once, as workshops do all day: each puts
 * the caret at the end of the same item, presses Enter and types their own line. Each
 * has a real editor bound to their own Yjs document; a relay plays the server, so the
 * order in which updates reach everyone is chosen by the test.
 */

const PROMPTS = ['What people told us matters', 'What we will do together', 'How we will know it is working'];
const IDEA = 'Ideas from the workshop';
const bulletList = (items: string[]) => `<ul>${items.map((item) => `<li><p>${item}</p></li>`).join('')}</ul>`;
const STARTING_TEXT = `<h2>Priority 1</h2>${bulletList(PROMPTS)}<h2>Ideas</h2>${bulletList([IDEA])}<p>Notes</p>`;
/** Every list item of the starting text, in order. */
const ITEMS = [...PROMPTS, IDEA];

const LINES = [
  'More benches in parks',
  'Buses that wait for people',
  'A named contact at the surgery',
  'Letters in large print',
  'Lunch clubs in every ward',
];

/** Updates applied from the relay, so they are not sent back to it. */
const FROM_RELAY = 'relay';

interface Person {
  line: string;
  ydoc: Y.Doc;
  editor: Editor;
  /** This person's updates that the relay has not received yet. */
  outbox: Uint8Array[];
}

const editors: Editor[] = [];

afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function editorFor(ydoc: Y.Doc): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...documentExtensions(), Collaboration.configure({ document: ydoc, field: COLLABORATION_FIELD })],
  });
  editors.push(editor);
  return editor;
}

/** The document as the server holds it when the workshop starts. */
function startingDocument(): Uint8Array {
  const ydoc = new Y.Doc();
  ydoc.clientID = 100;
  editorFor(ydoc).commands.setContent(STARTING_TEXT);
  return Y.encodeStateAsUpdate(ydoc);
}

/** Everyone with the starting document open; fixed client ids keep every run the same. */
function fivePeople(): { people: Person[]; relay: Relay } {
  const start = startingDocument();
  const relay = new Relay(start);
  const people = LINES.map((line, index) => {
    const ydoc = new Y.Doc();
    ydoc.clientID = index + 1;
    Y.applyUpdate(ydoc, start, FROM_RELAY);
    const outbox: Uint8Array[] = [];
    ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_RELAY) outbox.push(update);
    });
    return { line, ydoc, editor: editorFor(ydoc), outbox };
  });
  return { people, relay };
}

/** The server: applies what a connected person sends and passes it on to everyone else connected. */
class Relay {
  private readonly ydoc = new Y.Doc();
  private readonly connected = new Set<Person>();

  constructor(start: Uint8Array) {
    Y.applyUpdate(this.ydoc, start);
  }

  /** The sync handshake: the person gets what they lack, then sends what the server lacks. */
  connect(person: Person): void {
    const lacking = Y.encodeStateAsUpdate(this.ydoc, Y.encodeStateVector(person.ydoc));
    Y.applyUpdate(person.ydoc, lacking, FROM_RELAY);
    const missing = Y.encodeStateAsUpdate(person.ydoc, Y.encodeStateVector(this.ydoc));
    person.outbox.length = 0;
    this.receive(person, missing);
    this.connected.add(person);
  }

  /** Sends on, one update at a time, what a connected person did since last time. */
  deliver(person: Person): void {
    for (const update of person.outbox.splice(0)) this.receive(person, update);
  }

  /** Until nobody has anything left to send (applying a change can make one). */
  settle(people: Person[]): void {
    while (people.some((person) => person.outbox.length > 0)) for (const person of people) this.deliver(person);
  }

  private receive(from: Person, update: Uint8Array): void {
    Y.applyUpdate(this.ydoc, update);
    for (const other of this.connected) if (other !== from) Y.applyUpdate(other.ydoc, update, FROM_RELAY);
  }
}

function caretAtEndOf({ editor }: Person, bullet: string): void {
  let end: number | null = null;
  editor.state.doc.descendants((node, position) => {
    if (end === null && node.isTextblock && node.textContent === bullet) end = position + 1 + node.content.size;
    return end === null;
  });
  if (end === null) throw new Error(`"${bullet}" is not in the document`);
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, end)));
}

function pressEnter({ editor }: Person): void {
  const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
  const handled = editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, event));
  if (!handled) throw new Error('Enter was not handled');
}

/** One transaction per key, as typing makes them. */
function type({ editor }: Person, text: string): void {
  for (const key of text) {
    const { from, to } = editor.state.selection;
    const insert = () => editor.state.tr.insertText(key, from, to);
    const handled = editor.view.someProp('handleTextInput', (handle) => handle(editor.view, from, to, key, insert));
    if (!handled) editor.view.dispatch(insert());
  }
}

function addPoint(person: Person, bullet: string): void {
  caretAtEndOf(person, bullet);
  pressEnter(person);
  type(person, person.line);
}

/** The text of every list item, in order. */
function items({ editor }: Person): string[] {
  const found: string[] = [];
  editor.state.doc.descendants((node, _position, parent) => {
    if (node.isTextblock && parent?.type.name === 'listItem') found.push(node.textContent);
    return true;
  });
  return found;
}

/** The text of the item holding the caret, and how far into it the caret is. */
function caret({ editor }: Person): { item: string; offset: number; empty: boolean } {
  const { $head, empty } = editor.state.selection;
  const inItem = $head.depth > 1 && $head.node(-1).type.name === 'listItem';
  return {
    item: inItem ? $head.parent.textContent : `(not in a list item) ${$head.parent.textContent}`,
    offset: $head.parentOffset,
    empty,
  };
}

/** Each person's line in an item of its own, right after `bullet`, the same for everyone. */
function expectFiveSeparatePoints(people: Person[], bullet: string): void {
  const everyone = people.map(items);
  for (const seen of everyone) expect(seen).toEqual(everyone[0]);
  const before = ITEMS.slice(0, ITEMS.indexOf(bullet) + 1);
  const after = ITEMS.slice(ITEMS.indexOf(bullet) + 1);
  const seen = everyone[0]!;
  expect(seen.slice(0, before.length)).toEqual(before);
  expect(seen.slice(seen.length - after.length)).toEqual(after);
  expect(seen.slice(before.length, seen.length - after.length).sort()).toEqual([...LINES].sort());
  for (const person of people) {
    expect(caret(person), `caret of "${person.line}"`).toEqual({
      item: person.line,
      offset: person.line.length,
      empty: true,
    });
  }
}

const ORDERS = [
  [0, 1, 2, 3, 4],
  [4, 3, 2, 1, 0],
  [2, 0, 4, 1, 3],
];

/**
 * A middle item of a list, and a list's only item: around the new items of a list that
 * had one, no unchanged item is left to line the shared document up with.
 */
const CASES = [
  { where: 'a middle item', bullet: PROMPTS[1]! },
  { where: 'a list’s only item', bullet: IDEA },
].flatMap((place) => ORDERS.map((order) => ({ ...place, order, sequence: order.join(' ') })));

describe.each(CASES)('five people add a bullet after $where, in order $sequence', ({ bullet, order }) => {
  const inOrder = (people: Person[]) => order.map((index) => people[index]!);

  it('offline: each adds their point with no connection, then they come back one by one', () => {
    const { people, relay } = fivePeople();
    for (const person of people) addPoint(person, bullet);
    for (const person of inOrder(people)) relay.connect(person);
    relay.settle(people);
    expectFiveSeparatePoints(people, bullet);
  });

  it('at once: everyone presses Enter before anyone’s new item arrives, then types', () => {
    const { people, relay } = fivePeople();
    for (const person of people) relay.connect(person);
    for (const person of people) {
      caretAtEndOf(person, bullet);
      pressEnter(person);
    }
    for (const person of inOrder(people)) relay.deliver(person);
    for (const person of people) type(person, person.line);
    for (const person of inOrder(people).reverse()) relay.deliver(person);
    relay.settle(people);
    expectFiveSeparatePoints(people, bullet);
  });

  it('just after: each presses Enter once the others’ new empty items have arrived', () => {
    const { people, relay } = fivePeople();
    for (const person of people) relay.connect(person);
    for (const person of people) caretAtEndOf(person, bullet);
    for (const person of inOrder(people)) {
      pressEnter(person);
      relay.deliver(person);
    }
    for (const person of inOrder(people)) {
      type(person, person.line);
      relay.deliver(person);
    }
    relay.settle(people);
    expectFiveSeparatePoints(people, bullet);
  });

  it('key by key: after everyone’s Enter, each keystroke reaches the others before the next one', () => {
    const { people, relay } = fivePeople();
    for (const person of people) relay.connect(person);
    for (const person of inOrder(people)) {
      caretAtEndOf(person, bullet);
      pressEnter(person);
    }
    for (const person of inOrder(people)) relay.deliver(person);
    const longest = Math.max(...LINES.map((line) => line.length));
    for (let at = 0; at < longest; at++) {
      for (const person of inOrder(people)) {
        if (at >= person.line.length) continue;
        type(person, person.line[at]!);
        relay.deliver(person);
      }
    }
    relay.settle(people);
    expectFiveSeparatePoints(people, bullet);
  });
});
