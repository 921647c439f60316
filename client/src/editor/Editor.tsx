import { documentExtensions } from '@roundtable/shared';
import type { Editor as TiptapEditor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Activity } from '../collaboration/Activity.ts';
import type { CollaborationSession } from '../collaboration/Collaboration.ts';
import { tiptapCollaborationExtensions } from '../collaboration/tiptapCollaborationExtensions.ts';
import { CaretIdleness } from './CaretIdleness.ts';
import { CommentHighlight } from './CommentHighlight.ts';
import { CommentShortcuts } from './CommentShortcuts.ts';
import { headingAbove } from './headingAbove.ts';
import { LinkDialog } from './LinkDialog.tsx';
import { LinkShortcut } from './LinkShortcut.ts';
import { renderCaret } from './renderCaret.ts';
import { sectionJumpTarget } from './sectionJumpTarget.ts';
import { Toolbar } from './Toolbar.tsx';
import { commentShortcut, nextCommentShortcut, previousCommentShortcut } from './toolbarActions.ts';

interface EditorProps {
  session: CollaborationSession;
  title: string;
  editable: boolean;
  onActivity: (activity: Activity) => void;
  /**
   * Where the page wants the toolbar, such as a bar that stays in view with the
   * connection status; beside the text when not given, and nowhere while the page's
   * place for it is still null (not yet in the page).
   */
  toolbarContainer?: HTMLElement | null;
  /** Take the reader to a section by its heading text; a new `id` asks again for the same section. */
  jumpRequest?: JumpRequest | null;
  /** Whether the last jump found its section (its heading may have been renamed or removed since). */
  onJumped?: (request: JumpRequest, found: boolean) => void;
  /** The editor once made, and null once gone, for features that work on the text (comments). */
  onReady?: (editor: TiptapEditor | null) => void;
  /** Comment on the selected words (toolbar button and Ctrl/⌘+Alt+M). */
  onRequestComment?: () => void;
  /** Move to the next (1) or previous (-1) commented passage. */
  onMoveToComment?: (direction: 1 | -1) => void;
}

export interface JumpRequest {
  section: string;
  id: number;
}

/** Leaving the text briefly (to the toolbar, a dialog) should not flicker to "Reading" for everyone. */
const READING_AFTER_BLUR_MS = 4000;

function editorAttributes(title: string, editable: boolean): Record<string, string> {
  return {
    id: 'document-editor',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': title,
    'aria-readonly': editable ? 'false' : 'true',
    'aria-keyshortcuts': editable
      ? `${commentShortcut.shortcut} ${nextCommentShortcut.shortcut} ${previousCommentShortcut.shortcut}`
      : `${nextCommentShortcut.shortcut} ${previousCommentShortcut.shortcut}`,
    class: 'document-text',
  };
}

/** The live, shared document: the schema from shared, bound to the collaboration session. */
export function Editor({
  session,
  title,
  editable,
  onActivity,
  toolbarContainer,
  jumpRequest,
  onJumped,
  onReady,
  onRequestComment,
  onMoveToComment,
}: EditorProps) {
  const [linkDialogOpen, setLinkDialogOpen] = useState(false);
  const [linkHref, setLinkHref] = useState<string | null>(null);
  const onActivityRef = useRef(onActivity);
  onActivityRef.current = onActivity;
  const editableRef = useRef(editable);
  editableRef.current = editable;
  const requestLinkRef = useRef<() => void>(() => {});
  const blurTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commentHandlers = useRef({ onRequestComment, onMoveToComment });
  commentHandlers.current = { onRequestComment, onMoveToComment };

  const editor = useEditor(
    {
      extensions: [
        ...documentExtensions(),
        ...tiptapCollaborationExtensions(session, renderCaret),
        CaretIdleness,
        LinkShortcut.configure({ onRequest: () => requestLinkRef.current() }),
        CommentHighlight,
        CommentShortcuts.configure({
          onComment: () => {
            if (editableRef.current) commentHandlers.current.onRequestComment?.();
          },
          onMove: (direction) => commentHandlers.current.onMoveToComment?.(direction),
        }),
      ],
      editable,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: editorAttributes(title, editable) },
      onFocus: ({ editor: current }) => {
        if (blurTimer.current) clearTimeout(blurTimer.current);
        if (!editableRef.current) return;
        const section = headingAbove(current.state.doc, current.state.selection.from);
        onActivityRef.current({ kind: 'editing', section });
      },
      onSelectionUpdate: ({ editor: current }) => {
        if (!editableRef.current || !current.isFocused) return;
        const section = headingAbove(current.state.doc, current.state.selection.from);
        onActivityRef.current({ kind: 'editing', section });
      },
      onBlur: () => {
        if (blurTimer.current) clearTimeout(blurTimer.current);
        blurTimer.current = setTimeout(() => onActivityRef.current({ kind: 'reading' }), READING_AFTER_BLUR_MS);
      },
    },
    [session],
  );

  useEffect(
    () => () => {
      if (blurTimer.current) clearTimeout(blurTimer.current);
    },
    [],
  );

  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;
  useEffect(() => {
    if (!editor) return;
    onReadyRef.current?.(editor);
    return () => onReadyRef.current?.(null);
  }, [editor]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setEditable(editable, false);
    editor.setOptions({ editorProps: { attributes: editorAttributes(title, editable) } });
    if (!editable) onActivityRef.current({ kind: 'reading' });
  }, [editor, editable, title]);

  const onJumpedRef = useRef(onJumped);
  onJumpedRef.current = onJumped;
  useEffect(() => {
    if (!editor || editor.isDestroyed || !jumpRequest) return;
    const position = sectionJumpTarget(editor.state.doc, jumpRequest.section);
    if (position === null) {
      onJumpedRef.current?.(jumpRequest, false);
      return;
    }
    const heading = editor.view.nodeDOM(position - 1);
    // Centred, so the bar that stays in view at the top does not cover it.
    if (heading instanceof HTMLElement) heading.scrollIntoView({ block: 'center' });
    editor.commands.focus(position, { scrollIntoView: false });
    onJumpedRef.current?.(jumpRequest, true);
  }, [editor, jumpRequest]);

  requestLinkRef.current = () => {
    if (!editor?.isEditable) return;
    const href = editor.getAttributes('link').href;
    setLinkHref(typeof href === 'string' ? href : null);
    setLinkDialogOpen(true);
  };

  const closeLinkDialog = (then?: () => void) => {
    setLinkDialogOpen(false);
    // Run after the dialog has handed focus back, so the editor keeps it.
    requestAnimationFrame(() => then?.());
  };

  const toolbar =
    editor && editable ? (
      <Toolbar
        editor={editor}
        documentTitle={title}
        onRequestLink={() => requestLinkRef.current()}
        onRequestComment={onRequestComment}
      />
    ) : null;

  return (
    <div className="editor">
      {toolbarContainer === undefined
        ? toolbar
        : toolbarContainer && toolbar && createPortal(toolbar, toolbarContainer)}
      <EditorContent editor={editor} className="editor__content" />
      {editor ? (
        <LinkDialog
          isOpen={linkDialogOpen}
          onOpenChange={(open) => (open ? setLinkDialogOpen(true) : closeLinkDialog(() => editor.commands.focus()))}
          currentHref={linkHref}
          onSave={(href) =>
            closeLinkDialog(() => {
              const chain = editor.chain().focus();
              if (editor.state.selection.empty && !editor.isActive('link')) {
                chain
                  .insertContent({
                    type: 'text',
                    text: href.replace(/^mailto:/, ''),
                    marks: [{ type: 'link', attrs: { href } }],
                  })
                  .run();
              } else {
                chain.extendMarkRange('link').setLink({ href }).run();
              }
            })
          }
          onRemove={() => closeLinkDialog(() => editor.chain().focus().extendMarkRange('link').unsetLink().run())}
        />
      ) : null}
    </div>
  );
}
