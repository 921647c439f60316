import type { DocumentSummary } from '@roundtable/shared';
import type { NoticeMessage } from '../../components/LiveNotice.tsx';
import { ProjectBreadcrumbs } from '../../components/ProjectBreadcrumbs.tsx';
import { CommentsButton } from '../comments/CommentsButton.tsx';
import type { DocumentComments } from '../comments/useDocumentComments.ts';
import { DocumentViewActions } from '../history/DocumentViewActions.tsx';
import type { DocumentViews } from '../history/useDocumentViews.ts';
import { DocumentMenu } from './DocumentMenu.tsx';

interface LiveDocumentHeaderProps {
  project: { id: string; name: string };
  document: DocumentSummary;
  /** Someone who has lost access is offered nothing to do with the document. */
  lostAccess: boolean;
  isLead: boolean;
  comments: Pick<DocumentComments, 'panelOpen' | 'openCount' | 'buttonRef' | 'togglePanel'>;
  views: Pick<DocumentViews, 'view' | 'historyOpen' | 'historyButton' | 'toggleHistory' | 'toggleAuthorship'>;
  /** Null when recording is not possible (read-only, not connected). */
  onRecordForSomeone: (() => void) | null;
  recordingForName: string | null;
  onNotice: (message: NoticeMessage) => void;
  onExport: () => void;
  onRenamed: (title: string) => void;
}

/** Where the document is, its title, and what can be done with it. */
export function LiveDocumentHeader({
  project,
  document,
  lostAccess,
  isLead,
  comments,
  views,
  onRecordForSomeone,
  recordingForName,
  onNotice,
  onExport,
  onRenamed,
}: LiveDocumentHeaderProps) {
  return (
    <>
      <ProjectBreadcrumbs project={project} current={document.title} />

      <div className="document-header">
        <h1 className="document-header__title">{document.title}</h1>
        <div className="document-header__actions">
          {lostAccess ? null : (
            <CommentsButton
              open={comments.panelOpen}
              openCount={comments.openCount}
              buttonRef={comments.buttonRef}
              onToggle={comments.togglePanel}
            />
          )}
          {lostAccess ? null : (
            <DocumentViewActions
              historyOpen={views.historyOpen}
              historyButtonRef={views.historyButton}
              onToggleHistory={views.toggleHistory}
              showingAuthorship={views.view.kind === 'authorship'}
              onToggleAuthorship={views.toggleAuthorship}
              onRecordForSomeone={onRecordForSomeone}
              recordingForName={recordingForName}
            />
          )}
          {isLead ? (
            <DocumentMenu
              projectId={project.id}
              document={document}
              onNotice={onNotice}
              onExport={onExport}
              onRenamed={onRenamed}
            />
          ) : null}
        </div>
      </div>
    </>
  );
}
