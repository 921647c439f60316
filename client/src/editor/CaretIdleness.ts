import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import type { EditorView } from '@tiptap/pm/view';
import { CaretIdleTracker, type DrawnCaret } from './CaretIdleTracker.ts';
import { CARET_KEY_ATTRIBUTE } from './renderCaret.ts';

export interface CaretIdlenessOptions {
  idleAfterMs: number;
}

/** Other people's carets as drawn now; someone with the document open twice has two. */
function drawnCarets(view: EditorView): DrawnCaret[] {
  const seen = new Map<string, number>();
  const carets: DrawnCaret[] = [];
  for (const element of view.dom.querySelectorAll<HTMLElement>(`[${CARET_KEY_ATTRIBUTE}]`)) {
    const person = element.getAttribute(CARET_KEY_ATTRIBUTE) ?? '';
    const count = seen.get(person) ?? 0;
    seen.set(person, count + 1);
    let position: number;
    try {
      position = view.posAtDOM(element, 0);
    } catch {
      continue;
    }
    carets.push({ key: `${person}#${count}`, element, position });
  }
  return carets;
}

/**
 * Shrinks other people's name labels to a small tab when their caret has been still for
 * a few seconds, so they cover less of the text around them; they grow again when it
 * moves. The caret extension redraws carets without saying which moved, so this works it
 * out from where they are drawn after each change.
 */
export const CaretIdleness = Extension.create<CaretIdlenessOptions>({
  name: 'caretIdleness',
  addOptions() {
    return { idleAfterMs: 4000 };
  },
  addProseMirrorPlugins() {
    const tracker = new CaretIdleTracker({ idleAfterMs: this.options.idleAfterMs });
    // The changes to the text since carets were last looked at; each view update uses them up.
    let changes = new Mapping();
    return [
      new Plugin({
        key: new PluginKey('caretIdleness'),
        appendTransaction(transactions) {
          for (const transaction of transactions) {
            if (transaction.docChanged) changes.appendMapping(transaction.mapping);
          }
          return null;
        },
        view: () => ({
          update(view) {
            const since = changes;
            changes = new Mapping();
            tracker.update(drawnCarets(view), since);
          },
          destroy() {
            tracker.destroy();
          },
        }),
      }),
    ];
  },
});
