import { type RenderedNode, SECTION_ID_ATTRIBUTE } from '@roundtable/shared';

const levelOf = (node: RenderedNode) => {
  const level = Number(node.attrs?.level);
  return Number.isInteger(level) ? level : 1;
};

/**
 * One section of a document: its heading and everything under it, up to the next heading
 * of the same or a higher level (so its own sub-headings come with it). Null when no
 * heading has the id any more. Should two headings share the id for a moment, the first
 * is the section's, as the rule that settles ids decides.
 */
export function sectionContent(document: RenderedNode, sectionId: string): RenderedNode | null {
  const blocks = document.content ?? [];
  const start = blocks.findIndex((node) => node.type === 'heading' && node.attrs?.[SECTION_ID_ATTRIBUTE] === sectionId);
  const heading = blocks[start];
  if (!heading) return null;
  const level = levelOf(heading);
  const after = blocks.slice(start + 1);
  const end = after.findIndex((node) => node.type === 'heading' && levelOf(node) <= level);
  return { type: 'doc', content: [heading, ...(end === -1 ? after : after.slice(0, end))] };
}
