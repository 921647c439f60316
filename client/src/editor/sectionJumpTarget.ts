import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { shortenSection } from './shortenSection.ts';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Where a section starts, for jumping to it: inside the first heading whose text is
 * `section` (history names sections by their heading text), or the start of the
 * document for '' (the text before the first heading). Null when no heading has that
 * text any more.
 */
export function sectionJumpTarget(doc: ProseMirrorNode, section: string): number | null {
  const wanted = normalise(section);
  if (wanted === '') return 1;
  let found: number | null = null;
  doc.descendants((node, position) => {
    if (found !== null) return false;
    if (node.type.name === 'heading') {
      const text = normalise(node.textContent);
      // Presence names sections in their shortened form; history in full.
      if (text === wanted || shortenSection(text) === wanted) found = position + 1;
      return false;
    }
    return true;
  });
  return found;
}
