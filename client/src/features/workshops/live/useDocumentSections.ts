import { type Section, sectionsOf } from '@roundtable/shared';
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';

const sameSections = (a: readonly Section[], b: readonly Section[]) =>
  a.length === b.length &&
  a.every((section, index) => {
    const other = b[index];
    return other?.sectionId === section.sectionId && other.title === section.title && other.level === section.level;
  });

const READ_AFTER_MS = 400;

/** The headings of the live text, by their stable ids, kept up to date as people edit. */
export function useDocumentSections(editor: Editor | null): Section[] {
  const [sections, setSections] = useState<Section[]>(() => (editor ? sectionsOf(editor.state.doc) : []));
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const read = () => {
      const next = sectionsOf(editor.state.doc);
      setSections((known) => (sameSections(known, next) ? known : next));
    };
    read();
    // Headings change rarely; the text, with every keystroke. Look a little after typing settles.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(read, READ_AFTER_MS);
    };
    editor.on('update', schedule);
    return () => {
      clearTimeout(timer);
      editor.off('update', schedule);
    };
  }, [editor]);
  return sections;
}
