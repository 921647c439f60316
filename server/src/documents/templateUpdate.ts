import { COLLABORATION_FIELD, documentExtensions, type TemplateId, templateContent } from '@roundtable/shared';
import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

const schema = getSchema(documentExtensions());

/**
 * A new document's first update, built on the server from the shared schema. Returns
 * the Yjs client id that wrote it, so that id can be bound to the server and never
 * claimed by a person.
 */
export function templateUpdate(template: TemplateId, title: string): { update: Uint8Array; clientId: number } {
  const ydoc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(schema, templateContent(template, title), ydoc.getXmlFragment(COLLABORATION_FIELD));
  const update = Y.encodeStateAsUpdate(ydoc);
  const clientId = ydoc.clientID;
  ydoc.destroy();
  return { update, clientId };
}
