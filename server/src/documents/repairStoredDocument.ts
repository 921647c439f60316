import * as Y from 'yjs';
import { type DecodedUpdate, decodeUpdate } from './DecodedUpdate.ts';
import type { DocumentLog } from './DocumentLog.ts';
import { schemaRepair } from './schemaRepair.ts';

/**
 * Makes a document just loaded from its log fit the shared schema, if it does not
 * (content stored before the schema guard existed, or written past it; headings stored
 * before they had section ids): the repair is appended to the log as the server's own
 * change — like the template, credited to nobody, since it writes no one's new words,
 * only removes what the editor could not show anyway and names sections — and only
 * then applied, so no editor is ever sent what does not fit.
 * Returns the repair and its id in the log, or null when the document fitted.
 */
export async function repairStoredDocument(
  log: DocumentLog,
  documentId: string,
  ydoc: Y.Doc,
): Promise<{ updateId: number; update: DecodedUpdate } | null> {
  const repair = schemaRepair(ydoc);
  if (!repair) return null;
  const update = decodeUpdate(repair);
  const updateId = await log.append(documentId, update, { userId: null, onBehalfOf: null, restoredVersionId: null });
  Y.applyUpdate(ydoc, repair);
  return { updateId, update };
}
