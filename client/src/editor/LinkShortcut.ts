import { Extension } from '@tiptap/core';

export interface LinkShortcutOptions {
  onRequest: () => void;
}

/** Ctrl/⌘+K opens the link dialog, as in most editors people already know. */
export const LinkShortcut = Extension.create<LinkShortcutOptions>({
  name: 'linkShortcut',
  addOptions() {
    return { onRequest: () => {} };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.onRequest();
        return true;
      },
    };
  },
});
