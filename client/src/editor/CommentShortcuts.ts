import { Extension } from '@tiptap/core';

export interface CommentShortcutsOptions {
  onComment: () => void;
  onMove: (direction: 1 | -1) => void;
}

/**
 * Ctrl/⌘+Alt+M comments on the selected words, as in other word processors. Alt+Page Down
 * and Alt+Page Up move between commented passages: unlike Ctrl+Alt+arrows, they are not
 * taken by screen readers' table commands or by graphics drivers that turn the screen.
 */
export const CommentShortcuts = Extension.create<CommentShortcutsOptions>({
  name: 'commentShortcuts',
  addOptions() {
    return { onComment: () => {}, onMove: () => {} };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-Alt-m': () => {
        this.options.onComment();
        return true;
      },
      'Alt-PageDown': () => {
        this.options.onMove(1);
        return true;
      },
      'Alt-PageUp': () => {
        this.options.onMove(-1);
        return true;
      },
    };
  },
});
