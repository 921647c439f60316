import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { shortenSection } from './shortenSection.ts';

/** The nearest heading above a position: the section someone is working in, or null before the first. */
export function headingAbove(doc: ProseMirrorNode, position: number): string | null {
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
