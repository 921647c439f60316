import { headingElementsOf, SECTION_ID_ATTRIBUTE, sectionIdChanges } from '@roundtable/shared';
import type * as Y from 'yjs';

/**
 * The section ids a shared document's headings need so that each has exactly one of its
 * own (see sectionIdChanges: a heading without one gets one; of headings sharing one,
 * the first keeps it): none when they all have. Works on a root not yet typed as a
 * fragment, as a document just loaded from its log is.
 */
export function sectionIdRepairs(
  root: Pick<Y.XmlFragment, '_start'>,
): Array<{ heading: Y.XmlElement; sectionId: string }> {
  const headings = headingElementsOf(root);
  const changes = sectionIdChanges(headings.map((heading) => heading.getAttribute(SECTION_ID_ATTRIBUTE)));
  return [...changes].flatMap(([index, sectionId]) => {
    const heading = headings[index];
    return heading ? [{ heading, sectionId }] : [];
  });
}
