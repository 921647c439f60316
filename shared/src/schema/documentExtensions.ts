import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { CommentMark } from './CommentMark.ts';
import { isSafeLink } from './isSafeLink.ts';
import { SectionIdAttribute } from './SectionIdAttribute.ts';

/**
 * The one document schema: what a strategy document may contain. The editor, the
 * server (templates, validation, export) and the tests all build from this list.
 */
export const COLLABORATION_FIELD = 'default';

export function documentExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      // History comes from the shared document (undo per person), not ProseMirror's.
      undoRedo: false,
      heading: { levels: [1, 2, 3] },
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ['http', 'https', 'mailto'],
        isAllowedUri: (url) => isSafeLink(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    CommentMark,
    SectionIdAttribute,
  ];
}
