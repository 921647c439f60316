import type { Editor } from '@tiptap/core';
import type { IconName } from '../components/Icon.tsx';

export interface ToolbarAction {
  id: string;
  label: string;
  icon: IconName | 'h1' | 'h2' | 'h3';
  /** As written in aria-keyshortcuts, e.g. "Control+B". */
  shortcut: string;
  /** Shown in the tooltip. */
  shortcutHint: string;
  isActive: (editor: Editor) => boolean;
  run: (editor: Editor, focusEditor: boolean) => void;
}

export interface ToolbarGroup {
  label: string;
  actions: ToolbarAction[];
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? 'Meta' : 'Control';
const modHint = isMac ? '⌘' : 'Ctrl';

const chain = (editor: Editor, focusEditor: boolean) => (focusEditor ? editor.chain().focus() : editor.chain());

const heading = (level: 1 | 2 | 3): ToolbarAction => ({
  id: `heading-${level}`,
  label: `Heading ${level}`,
  icon: `h${level}`,
  shortcut: `${mod}+Alt+${level}`,
  shortcutHint: `${modHint}+Alt+${level}`,
  isActive: (editor) => editor.isActive('heading', { level }),
  run: (editor, focusEditor) => chain(editor, focusEditor).setHeading({ level }).run(),
});

/** The formatting the shared document schema allows, grouped as people think of it. */
export const toolbarGroups: ToolbarGroup[] = [
  {
    label: 'Text style',
    actions: [
      {
        id: 'paragraph',
        label: 'Paragraph',
        icon: 'paragraph',
        shortcut: `${mod}+Alt+0`,
        shortcutHint: `${modHint}+Alt+0`,
        isActive: (editor) => editor.isActive('paragraph') && !editor.isActive('heading'),
        run: (editor, focusEditor) => chain(editor, focusEditor).setParagraph().run(),
      },
      heading(1),
      heading(2),
      heading(3),
    ],
  },
  {
    label: 'Emphasis',
    actions: [
      {
        id: 'bold',
        label: 'Bold',
        icon: 'bold',
        shortcut: `${mod}+B`,
        shortcutHint: `${modHint}+B`,
        isActive: (editor) => editor.isActive('bold'),
        run: (editor, focusEditor) => chain(editor, focusEditor).toggleBold().run(),
      },
      {
        id: 'italic',
        label: 'Italic',
        icon: 'italic',
        shortcut: `${mod}+I`,
        shortcutHint: `${modHint}+I`,
        isActive: (editor) => editor.isActive('italic'),
        run: (editor, focusEditor) => chain(editor, focusEditor).toggleItalic().run(),
      },
    ],
  },
  {
    label: 'Lists and quotes',
    actions: [
      {
        id: 'bullet-list',
        label: 'Bullet list',
        icon: 'bulletList',
        shortcut: `${mod}+Shift+8`,
        shortcutHint: `${modHint}+Shift+8`,
        isActive: (editor) => editor.isActive('bulletList'),
        run: (editor, focusEditor) => chain(editor, focusEditor).toggleBulletList().run(),
      },
      {
        id: 'numbered-list',
        label: 'Numbered list',
        icon: 'orderedList',
        shortcut: `${mod}+Shift+7`,
        shortcutHint: `${modHint}+Shift+7`,
        isActive: (editor) => editor.isActive('orderedList'),
        run: (editor, focusEditor) => chain(editor, focusEditor).toggleOrderedList().run(),
      },
      {
        id: 'quote',
        label: 'Quote',
        icon: 'quote',
        shortcut: `${mod}+Shift+B`,
        shortcutHint: `${modHint}+Shift+B`,
        isActive: (editor) => editor.isActive('blockquote'),
        run: (editor, focusEditor) => chain(editor, focusEditor).toggleBlockquote().run(),
      },
    ],
  },
];

export const linkShortcut = { shortcut: `${mod}+K`, shortcutHint: `${modHint}+K` };

export const commentShortcut = { shortcut: `${mod}+Alt+M`, shortcutHint: `${modHint}+Alt+M` };
export const nextCommentShortcut = { shortcut: 'Alt+PageDown', shortcutHint: 'Alt+Page Down' };
export const previousCommentShortcut = { shortcut: 'Alt+PageUp', shortcutHint: 'Alt+Page Up' };
