import { isSectionId, SECTION_ID_ATTRIBUTE, type Section, sectionsOf } from '@roundtable/shared';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';

/**
 * Content about to replace a live document's (a version being restored), with each
 * heading whose section id the live document does not have taking the id of a live
 * heading with the same level and words that the content does not use — a version saved
 * before headings had ids, or a section removed and written again since — so what points
 * at a section (a workshop's agenda) still finds it after the restore. Headings whose
 * ids the live document has keep them; no id is used twice.
 */
export function keepLiveSectionIds(content: ProseMirrorNode, live: readonly Section[]): ProseMirrorNode {
  const restored = new Map(sectionsOf(content).map((section) => [section.sectionId, section]));
  const liveIds = new Set(live.map((section) => section.sectionId));
  const unused = new Map<string, string[]>();
  for (const section of live) {
    if (restored.has(section.sectionId)) continue;
    const key = keyOf(section);
    unused.set(key, [...(unused.get(key) ?? []), section.sectionId]);
  }
  if (unused.size === 0) return content;
  const transform = new Transform(content);
  content.descendants((node, position) => {
    if (node.type.name !== 'heading') return true;
    const sectionId: unknown = node.attrs[SECTION_ID_ATTRIBUTE];
    if (isSectionId(sectionId) && liveIds.has(sectionId)) return false;
    const section = isSectionId(sectionId) ? restored.get(sectionId) : undefined;
    const liveId = section && unused.get(keyOf(section))?.shift();
    // Attributes change no sizes, so positions in `content` stay right.
    if (liveId) transform.setNodeAttribute(position, SECTION_ID_ATTRIBUTE, liveId);
    return false;
  });
  return transform.doc;
}

function keyOf(section: Pick<Section, 'level' | 'title'>): string {
  return `${section.level}\u0000${section.title}`;
}
