import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

const MAX_LENGTH = 60;

/** Long headings are shortened so "who is here" stays one glanceable line. */
export function shortenSection(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_LENGTH ? `${clean.slice(0, MAX_LENGTH - 1).trimEnd()}…` : clean;
}

/** The nearest heading above a position: the section someone is working in, or null before the first. */
export function sectionAtPosition(doc: ProseMirrorNode, position: number): string | null {
  let section: string | null = null;
  const end = Math.min(Math.max(position, 0), doc.content.size);
  doc.nodesBetween(0, end, (node, nodePosition) => {
    if (node.type.name === 'heading') {
      if (nodePosition < end) {
        const text = shortenSection(node.textContent);
        if (text !== '') section = text;
      }
      return false;
    }
    return true;
  });
  return section;
}
