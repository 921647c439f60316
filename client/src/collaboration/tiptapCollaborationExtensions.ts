import { COLLABORATION_FIELD } from '@roundtable/shared';
import type { AnyExtension } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { SectionIds } from '../editor/SectionIds.ts';
import type { CollaborationSession } from './Collaboration.ts';

/**
 * The editor extensions that bind Tiptap to the shared document, show other people's
 * carets and keep every heading's section id unique as people edit together.
 */
export function tiptapCollaborationExtensions(
  { ydoc, provider, identity }: CollaborationSession,
  renderCaret: (user: Record<string, unknown>) => HTMLElement,
): AnyExtension[] {
  return [
    Collaboration.configure({ document: ydoc, field: COLLABORATION_FIELD }),
    CollaborationCaret.configure({ provider, user: identity, render: renderCaret }),
    SectionIds,
  ];
}
