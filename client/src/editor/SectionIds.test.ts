import { COLLABORATION_FIELD, documentExtensions, isSectionId, SECTION_ID_ATTRIBUTE } from '@roundtable/shared';
import { Editor } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SectionIds } from './SectionIds.ts';

/**
 * Two people, each with a real editor bound to their own Yjs document; the test passes
 * updates between them by hand, so it chooses what happens at the same time.
 */

const editors: Editor[] = [];

afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

interface Person {
  ydoc: Y.Doc;
  editor: Editor;
}

function personWith(clientId: number, start?: Uint8Array): Person {
  const ydoc = new Y.Doc();
  ydoc.clientID = clientId;
  if (start) Y.applyUpdate(ydoc, start);
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [
      ...documentExtensions(),
      Collaboration.configure({ document: ydoc, field: COLLABORATION_FIELD }),
      SectionIds,
    ],
  });
  editors.push(editor);
  return { ydoc, editor };
}

/** Ada and Sam with the same document open, its text as the server first had it. */
async function twoPeopleWith(html: string): Promise<[Person, Person]> {
  const writer = personWith(100);
  writer.editor.commands.setContent(html);
  await settled([writer]);
  const start = Y.encodeStateAsUpdate(writer.ydoc);
  const people: [Person, Person] = [personWith(1, start), personWith(2, start)];
  await settled(people);
  return people;
}

/** Everything each has goes to the other, again until nothing is left to pass on (ids settle just after a change arrives). */
async function settled(people: Person[]): Promise<void> {
  for (let round = 0; round < 10; round++) {
    for (const from of people) {
      for (const to of people) {
        if (from !== to) Y.applyUpdate(to.ydoc, Y.encodeStateAsUpdate(from.ydoc, Y.encodeStateVector(to.ydoc)));
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    const states = people.map((person) => Y.encodeStateVector(person.ydoc).toString());
    if (states.every((state) => state === states[0])) return;
  }
  throw new Error('The documents did not settle');
}

interface HeadingSeen {
  text: string;
  id: unknown;
}

function headings({ editor }: Person): HeadingSeen[] {
  const found: HeadingSeen[] = [];
  editor.state.doc.descendants((node) => {
    if (node.type.name === 'heading') found.push({ text: node.textContent, id: node.attrs[SECTION_ID_ATTRIBUTE] });
    return !node.isTextblock;
  });
  return found;
}

/** Every heading has a valid id of its own, the same in the editor and in the shared document. */
function expectUniqueIds(person: Person): HeadingSeen[] {
  const seen = headings(person);
  for (const heading of seen) expect(isSectionId(heading.id), `id of “${heading.text}”`).toBe(true);
  expect(new Set(seen.map((heading) => heading.id)).size).toBe(seen.length);
  const shared = person.ydoc
    .getXmlFragment(COLLABORATION_FIELD)
    .toArray()
    .filter((child): child is Y.XmlElement => child instanceof Y.XmlElement && child.nodeName === 'heading')
    .map((heading) => heading.getAttribute(SECTION_ID_ATTRIBUTE));
  expect(shared).toEqual(seen.map((heading) => heading.id));
  return seen;
}

/** Puts the caret just after `words` in the document. */
function caretAfter({ editor }: Person, words: string): void {
  let position: number | null = null;
  editor.state.doc.descendants((node, at) => {
    const index = node.isText ? (node.text ?? '').indexOf(words) : -1;
    if (position === null && index >= 0) position = at + index + words.length;
    return position === null;
  });
  if (position === null) throw new Error(`"${words}" is not in the document`);
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, position)));
}

/** Pastes HTML where the caret is, as the browser hands it over. */
function paste({ editor }: Person, html: string): void {
  // jsdom has no ClipboardEvent; the editor reads only the HTML given here.
  editor.view.pasteHTML(html, new Event('paste') as ClipboardEvent);
}

function press({ editor }: Person, key: string): void {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  const handled = editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, event));
  if (!handled) throw new Error(`${key} was not handled`);
}

/** One transaction per key, as typing makes them (so "## " makes a heading). */
function type({ editor }: Person, text: string): void {
  for (const key of text) {
    const { from, to } = editor.state.selection;
    const insert = () => editor.state.tr.insertText(key, from, to);
    const handled = editor.view.someProp('handleTextInput', (handle) => handle(editor.view, from, to, key, insert));
    if (!handled) editor.view.dispatch(insert());
  }
}

/** The person's undo history (the shared document's, per person). */
function undoManagerOf({ editor }: Person): Y.UndoManager {
  for (const plugin of editor.state.plugins) {
    const state: unknown = plugin.getState(editor.state);
    if (state && typeof state === 'object' && 'undoManager' in state) return state.undoManager as Y.UndoManager;
  }
  throw new Error('The editor has no undo history');
}

/** Cuts the Housing heading (the first block) and pastes it at the end, on a line of its own. */
function moveHousingToTheEnd(person: Person): void {
  const { editor } = person;
  editor.view.dispatch(editor.state.tr.delete(0, editor.state.doc.child(0).nodeSize));
  caretAfter(person, 'Buses.');
  press(person, 'Enter');
  paste(person, '<h2 data-section-id="housing">Housing and homes</h2>');
}

const HOUSING = '<h2 data-section-id="housing">Housing and homes</h2><p>Good homes near family.</p>';

describe('section ids in the editor', () => {
  it('are given to a new heading, typed or chosen from the toolbar', async () => {
    const [ada] = await twoPeopleWith('<p>Good homes near family.</p>');
    caretAfter(ada, 'family.');
    press(ada, 'Enter');
    type(ada, '## Transport');
    caretAfter(ada, 'Good homes');
    ada.editor.commands.setHeading({ level: 3 });
    expect(headings(ada).map((heading) => heading.text)).toEqual(['Good homes near family.', 'Transport']);
    expectUniqueIds(ada);
  });

  it('keep the original id on the first half of a heading split with Enter', async () => {
    const [ada] = await twoPeopleWith(HOUSING);
    caretAfter(ada, 'Housing');
    press(ada, 'Enter');
    const [first, second] = expectUniqueIds(ada);
    expect(first).toEqual({ text: 'Housing', id: 'housing' });
    expect(second?.text).toBe(' and homes');
  });

  it('keep the heading’s id when Enter at its start puts a line above it', async () => {
    const [ada] = await twoPeopleWith(HOUSING);
    ada.editor.commands.setTextSelection(1);
    press(ada, 'Enter');
    expect(expectUniqueIds(ada)).toEqual([{ text: 'Housing and homes', id: 'housing' }]);
  });

  it('give a pasted copy of a heading a new id, wherever it lands, and keep the original’s', async () => {
    const [ada] = await twoPeopleWith(HOUSING);
    const copied = '<h2 data-section-id="housing">Housing and homes</h2>';
    caretAfter(ada, 'family.');
    press(ada, 'Enter');
    paste(ada, copied);
    ada.editor.commands.setTextSelection(1);
    press(ada, 'Enter');
    ada.editor.commands.setTextSelection(1);
    paste(ada, copied);
    const seen = expectUniqueIds(ada);
    expect(seen.map((heading) => heading.text)).toEqual([
      'Housing and homes',
      'Housing and homes',
      'Housing and homes',
    ]);
    expect(seen[1]?.id).toBe('housing');
  });

  it('stay with a heading cut and pasted elsewhere', async () => {
    const [ada] = await twoPeopleWith(`${HOUSING}<h2 data-section-id="transport">Transport</h2><p>Buses.</p>`);
    moveHousingToTheEnd(ada);
    expect(expectUniqueIds(ada)).toEqual([
      { text: 'Transport', id: 'transport' },
      { text: 'Housing and homes', id: 'housing' },
    ]);
  });

  it('stay when several headings change level together', async () => {
    const [ada] = await twoPeopleWith(`${HOUSING}<h2 data-section-id="transport">Transport</h2>`);
    ada.editor.commands.selectAll();
    ada.editor.commands.setHeading({ level: 3 });
    const seen = expectUniqueIds(ada);
    expect(seen[0]).toEqual({ text: 'Housing and homes', id: 'housing' });
    expect(seen.find((heading) => heading.text === 'Transport')).toEqual({ text: 'Transport', id: 'transport' });
  });

  it('are taken back with the heading by one undo, with no step of their own', async () => {
    const [ada] = await twoPeopleWith('<p>Good homes near family.</p>');
    const undo = undoManagerOf(ada);
    caretAfter(ada, 'family.');
    press(ada, 'Enter');
    undo.stopCapturing();
    type(ada, '## Transport');
    const [typed] = expectUniqueIds(ada);
    undo.stopCapturing();
    ada.editor.commands.undo();
    expect(headings(ada)).toEqual([]);
    expect(ada.editor.state.doc.textContent).toBe('Good homes near family.');
    ada.editor.commands.redo();
    expect(headings(ada)).toEqual([typed]);
  });

  it('are taken back with a heading chosen from the toolbar by one undo', async () => {
    const [ada] = await twoPeopleWith('<p>Transport</p><p>Buses.</p>');
    const undo = undoManagerOf(ada);
    caretAfter(ada, 'Transport');
    ada.editor.commands.setHeading({ level: 2 });
    const [chosen] = expectUniqueIds(ada);
    undo.stopCapturing();
    ada.editor.commands.undo();
    expect(headings(ada)).toEqual([]);
    ada.editor.commands.redo();
    expect(headings(ada)).toEqual([chosen]);
  });

  it('settled after someone else’s change are not in the person’s undo history', async () => {
    const [ada] = await twoPeopleWith(`${HOUSING}<h2 data-section-id="transport">Transport</h2>`);
    const undo = undoManagerOf(ada);
    caretAfter(ada, 'Good homes');
    undo.stopCapturing();
    type(ada, ' for all');
    undo.stopCapturing();
    // A change the editor never makes, as a device running something else could send it.
    const device = new Y.Doc();
    Y.applyUpdate(device, Y.encodeStateAsUpdate(ada.ydoc));
    (device.getXmlFragment(COLLABORATION_FIELD).get(2) as Y.XmlElement).setAttribute(SECTION_ID_ATTRIBUTE, 'housing');
    Y.applyUpdate(ada.ydoc, Y.encodeStateAsUpdate(device, Y.encodeStateVector(ada.ydoc)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [housing, transport] = expectUniqueIds(ada);
    expect(housing).toEqual({ text: 'Housing and homes', id: 'housing' });
    ada.editor.commands.undo();
    expect(ada.editor.state.doc.textContent).not.toContain('for all');
    expect(expectUniqueIds(ada)[1]).toEqual(transport);
  });
});

describe('section ids when two people edit at once', () => {
  it('converge when both make the same paragraph a heading', async () => {
    const [ada, sam] = await twoPeopleWith('<p>Transport</p><p>Buses.</p>');
    for (const person of [ada, sam]) {
      caretAfter(person, 'Transport');
      person.editor.commands.setHeading({ level: 2 });
    }
    await settled([ada, sam]);
    expect(headings(sam)).toEqual(headings(ada));
    expectUniqueIds(ada);
  });

  it('converge when both split the same heading, the first half keeping its id', async () => {
    const [ada, sam] = await twoPeopleWith(HOUSING);
    caretAfter(ada, 'Housing');
    press(ada, 'Enter');
    caretAfter(sam, 'Housing and');
    press(sam, 'Enter');
    await settled([ada, sam]);
    expect(headings(sam)).toEqual(headings(ada));
    const [first] = expectUniqueIds(ada);
    expect(first).toEqual({ text: 'Housing', id: 'housing' });
  });

  it('converge when both move the same heading, the first in the document keeping its id', async () => {
    const [ada, sam] = await twoPeopleWith(`${HOUSING}<h2 data-section-id="transport">Transport</h2><p>Buses.</p>`);
    moveHousingToTheEnd(ada);
    sam.editor.view.dispatch(sam.editor.state.tr.delete(0, sam.editor.state.doc.child(0).nodeSize));
    caretAfter(sam, 'Good homes near family.');
    press(sam, 'Enter');
    paste(sam, '<h2 data-section-id="housing">Housing and homes</h2>');
    await settled([ada, sam]);
    expect(headings(sam)).toEqual(headings(ada));
    const seen = expectUniqueIds(ada);
    expect(seen.filter((heading) => heading.text === 'Housing and homes')).toHaveLength(2);
    expect(seen.find((heading) => heading.text === 'Housing and homes')?.id).toBe('housing');
  });
});
