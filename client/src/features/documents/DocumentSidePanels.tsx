import type { DocumentVersion } from '@roundtable/shared';
import { CommentsPanel } from '../comments/CommentsPanel.tsx';
import type { DocumentComments } from '../comments/useDocumentComments.ts';
import { HistoryPanel } from '../history/HistoryPanel.tsx';
import type { DocumentViews } from '../history/useDocumentViews.ts';

interface DocumentSidePanelsProps {
  projectId: string;
  documentId: string;
  myId: string;
  comments: DocumentComments;
  /** Commenting on the whole document is possible (not archived, still a member). */
  canComment: boolean;
  views: Pick<DocumentViews, 'historyOpen' | 'historyHeading' | 'toggleHistory' | 'setView'>;
  canRestore: boolean;
  onRestore: (version: DocumentVersion) => void;
}

/** The panel open beside the text, if any: the comments or the history. */
export function DocumentSidePanels({
  projectId,
  documentId,
  myId,
  comments,
  canComment,
  views,
  canRestore,
  onRestore,
}: DocumentSidePanelsProps) {
  return (
    <>
      {comments.panelOpen ? (
        <CommentsPanel
          projectId={projectId}
          documentId={documentId}
          myId={myId}
          comments={comments}
          canComment={canComment}
        />
      ) : null}
      {views.historyOpen ? (
        <HistoryPanel
          projectId={projectId}
          documentId={documentId}
          canRestore={canRestore}
          headingRef={views.historyHeading}
          onClose={views.toggleHistory}
          onOpenVersion={(versionId) => views.setView({ kind: 'version', versionId })}
          onCompare={(from, to) => views.setView({ kind: 'compare', from, to })}
          onRestore={onRestore}
        />
      ) : null}
    </>
  );
}
