import { findSectionHeading } from '@roundtable/shared';
import type { Editor } from '@tiptap/core';

/**
 * Scrolls a section's heading into view, found by its section id, without moving the
 * caret or taking focus (someone bringing everyone to a section must not move their
 * carets). Centred, so a bar that stays in view at the top does not cover it. Returns
 * false when no heading has the id (the section was removed).
 */
export function scrollToSection(editor: Editor, sectionId: string): boolean {
  if (editor.isDestroyed) return false;
  const heading = findSectionHeading(editor.state.doc, sectionId);
  if (!heading) return false;
  const element = editor.view.nodeDOM(heading.position);
  if (!(element instanceof HTMLElement)) return false;
  element.scrollIntoView({ block: 'center' });
  return true;
}
