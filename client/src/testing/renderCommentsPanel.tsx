import { documentExtensions } from '@roundtable/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import { AnnouncerProvider } from '../a11y/AnnouncerProvider.tsx';
import { CommentHighlight } from '../editor/CommentHighlight.ts';
import { CommentDraftsProvider } from '../features/comments/CommentDrafts.tsx';
import { CommentsButton } from '../features/comments/CommentsButton.tsx';
import { CommentsPanel } from '../features/comments/CommentsPanel.tsx';
import { type DocumentComments, useDocumentComments } from '../features/comments/useDocumentComments.ts';

interface HarnessProps {
  editor: Editor;
  onComments?: (comments: DocumentComments) => void;
}

function Harness({ editor, onComments }: HarnessProps) {
  const comments = useDocumentComments({
    projectId: 'p1',
    documentId: 'd1',
    editor,
    myId: 'me',
    onNotice: () => {},
    onPanelOpened: () => {},
  });
  useEffect(() => {
    onComments?.(comments);
  });
  return (
    <>
      <CommentsButton
        open={comments.panelOpen}
        openCount={comments.openCount}
        buttonRef={comments.buttonRef}
        onToggle={comments.togglePanel}
      />
      {comments.panelOpen ? (
        <CommentsPanel projectId="p1" documentId="d1" myId="me" comments={comments} canComment />
      ) : null}
    </>
  );
}

/** The comments panel over a real editor holding `html`, for tests; signed in as "me" (Priya Shah). */
export function renderCommentsPanel(html: string) {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...documentExtensions(), CommentHighlight],
    content: html,
  });
  const latest: { comments: DocumentComments | null } = { comments: null };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <AnnouncerProvider>
        <CommentDraftsProvider>
          <Harness
            editor={editor}
            onComments={(comments) => {
              latest.comments = comments;
            }}
          />
        </CommentDraftsProvider>
      </AnnouncerProvider>
    </QueryClientProvider>,
  );
  return { ...result, editor, latest };
}
