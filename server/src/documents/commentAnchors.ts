import { isCommentMarkKey } from '@roundtable/shared';
import * as Y from 'yjs';

/** Formatting that starts or ends a comment mark: where a comment thread is anchored. */
export function isCommentAnchor(struct: Y.Item | Y.GC | Y.Skip): boolean {
  return struct instanceof Y.Item && struct.content instanceof Y.ContentFormat && isCommentMarkKey(struct.content.key);
}

/**
 * True when an update only places comment anchors — someone commenting, not editing
 * the text — read from the update's items without applying it. Anything it deletes
 * alongside is formatting the anchors made redundant. Removing an anchor only deletes
 * its formatting, which an update alone cannot tell apart from deleting words, so that
 * counts as a change (the history, which has the document, tells them apart).
 */
export function placesOnlyCommentAnchors(structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip>): boolean {
  return structs.length > 0 && structs.every(isCommentAnchor);
}
