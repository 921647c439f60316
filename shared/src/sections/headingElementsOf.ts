import * as Y from 'yjs';

/**
 * Every heading element of a shared document's fragment, in document order, at any
 * depth (headings may sit in lists and quotes). Reads the fragment's items directly,
 * so it also works on a root not yet typed as a fragment (a document just loaded from
 * updates). Walked without recursion, so no nesting can exhaust the stack.
 */
export function headingElementsOf(fragment: Pick<Y.XmlFragment, '_start'>): Y.XmlElement[] {
  const headings: Y.XmlElement[] = [];
  const pending: Array<Y.Item | null> = [fragment._start];
  while (pending.length > 0) {
    const item = pending.pop();
    if (!item) continue;
    pending.push(item.right);
    if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
    const element = item.content.type;
    if (!(element instanceof Y.XmlElement)) continue;
    if (element.nodeName === 'heading') headings.push(element);
    // Pushed last, so what is inside is walked before what follows.
    else pending.push(element._start);
  }
  return headings;
}
