import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { SECTION_ID_ATTRIBUTE } from './newSectionId.ts';

/**
 * The heading of a section in an editor's document, and its position (just before the
 * heading, as `doc.nodeAt` and `view.nodeDOM` take it); null when no heading has the id
 * (the section was removed). Should two headings share the id for a moment, the first
 * is the section's, as the rule that settles ids decides.
 */
export function findSectionHeading(
  doc: ProseMirrorNode,
  sectionId: string,
): { position: number; node: ProseMirrorNode } | null {
  let found: { position: number; node: ProseMirrorNode } | null = null;
  doc.descendants((node, position) => {
    if (found) return false;
    if (node.type.name !== 'heading') return true;
    if (node.attrs[SECTION_ID_ATTRIBUTE] === sectionId) found = { position, node };
    return false;
  });
  return found;
}
