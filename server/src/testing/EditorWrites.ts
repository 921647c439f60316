import { COLLABORATION_FIELD, documentExtensions } from '@roundtable/shared';
import { getSchema, type JSONContent } from '@tiptap/core';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { initProseMirrorDoc, updateYFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

export const schema = getSchema(documentExtensions());

/**
 * A person's editor in a test: ProseMirror transactions on the shared schema, written
 * into a Y.Doc the way the editor binding writes them (it calls updateYFragment after
 * every change, keeping its mapping between the two), so tests see real editor updates.
 */
export class EditorWrites {
  private constructor(
    readonly ydoc: Y.Doc,
    public state: EditorState,
    private readonly meta: Parameters<typeof updateYFragment>[3],
  ) {}

  /** An editor whose document starts as `content`, written into `ydoc`. */
  static writing(content: JSONContent, ydoc: Y.Doc = new Y.Doc()): EditorWrites {
    const state = EditorState.create({ schema, doc: schema.nodeFromJSON(content) });
    const editor = new EditorWrites(ydoc, state, { mapping: new Map(), isOMark: new Map() });
    editor.write();
    return editor;
  }

  /** An editor opened on a shared document that already has content, as a browser opens one. */
  static over(ydoc: Y.Doc): EditorWrites {
    const { doc, meta } = initProseMirrorDoc(ydoc.getXmlFragment(COLLABORATION_FIELD), schema);
    return new EditorWrites(ydoc, EditorState.create({ schema, doc }), meta);
  }

  /** Makes a change as the editor would and returns the update it wrote to the shared document. */
  edit(change: (tr: Transaction) => void): Uint8Array {
    const tr = this.state.tr;
    change(tr);
    this.state = this.state.apply(tr);
    return this.write();
  }

  /** Position just inside the end of the `index`th top-level block's text. */
  endOfBlock(index: number): number {
    let position = 0;
    for (let i = 0; i < index; i++) position += this.state.doc.child(i).nodeSize;
    return position + this.state.doc.child(index).nodeSize - 1;
  }

  private write(): Uint8Array {
    const before = Y.encodeStateVector(this.ydoc);
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array) => updates.push(update);
    this.ydoc.on('update', collect);
    try {
      updateYFragment(this.ydoc, this.ydoc.getXmlFragment(COLLABORATION_FIELD), this.state.doc, this.meta);
    } finally {
      this.ydoc.off('update', collect);
    }
    return updates.length > 0 ? Y.mergeUpdates(updates) : Y.encodeStateAsUpdate(this.ydoc, before);
  }
}

/** A strategy-shaped document: a title, a section with a paragraph, and a list. */
export const strategyContent: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'heading',
      attrs: { level: 1, sectionId: 'strategy-title' },
      content: [{ type: 'text', text: 'Older People’s Strategy' }],
    },
    { type: 'heading', attrs: { level: 2, sectionId: 'housing' }, content: [{ type: 'text', text: 'Housing' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Good homes near family.' }] },
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Buses' }] }] }],
    },
  ],
};
