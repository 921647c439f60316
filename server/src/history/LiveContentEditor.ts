import type { DocumentAddress, User } from '@roundtable/shared';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * Changes the content of a document that people may have open, as a person, so that
 * everyone present sees it at once and the log credits it to them. The collaboration
 * layer provides it; history only knows this much of it.
 */
export interface LiveContentEditor {
  /** Makes the document's content equal `content`, changing only what differs, as `person`. */
  replaceContent(
    address: DocumentAddress,
    person: User,
    content: ProseMirrorNode,
    restoredVersionId: string,
  ): Promise<void>;
}
