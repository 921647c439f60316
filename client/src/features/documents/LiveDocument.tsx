import { canManageProject, type DocumentDetailResponse, type User } from '@roundtable/shared';
import { useQueryClient } from '@tanstack/react-query';
import type { Editor as TiptapEditor } from '@tiptap/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { queryKeys } from '../../api/queryKeys.ts';
import { meansLostAccess } from '../../collaboration/stopReason.ts';
import { useCollaboration } from '../../collaboration/useCollaboration.ts';
import { useDocumentChanges } from '../../collaboration/useDocumentChanges.ts';
import { useRecordOnBehalf } from '../../collaboration/useRecordOnBehalf.ts';
import { Icon } from '../../components/Icon.tsx';
import { LiveNotice, type NoticeMessage } from '../../components/LiveNotice.tsx';
import { Editor, type JumpRequest } from '../../editor/Editor.tsx';
import { CommentAnchorDescriptions } from '../comments/CommentAnchorDescriptions.tsx';
import { CommentDraftsProvider } from '../comments/CommentDrafts.tsx';
import { CommentsButton } from '../comments/CommentsButton.tsx';
import { CommentsPanel } from '../comments/CommentsPanel.tsx';
import { useCommentEvents } from '../comments/useCommentEvents.ts';
import { useDocumentComments } from '../comments/useDocumentComments.ts';
import { useThreadFromLink } from '../comments/useThreadFromLink.ts';
import { ExportDialog } from '../export/ExportDialog.tsx';
import { type DocumentView, EDITING } from '../history/DocumentView.ts';
import { DocumentViewActions } from '../history/DocumentViewActions.tsx';
import { HistoryPanel } from '../history/HistoryPanel.tsx';
import { HistoryView } from '../history/HistoryView.tsx';
import { RestoredNotice } from '../history/RestoredNotice.tsx';
import { RestoreVersionDialog } from '../history/RestoreVersionDialog.tsx';
import { refreshHistory } from '../history/refreshHistory.ts';
import { SinceLastVisit } from '../history/SinceLastVisit.tsx';
import { sectionName } from '../history/sectionName.ts';
import { useRestoreFlow } from '../history/useRestoreFlow.ts';
import { ConnectionStatus } from '../presence/ConnectionStatus.tsx';
import { PresenceSummary } from '../presence/PresenceSummary.tsx';
import { usePresenceAnnouncements } from '../presence/usePresenceAnnouncements.ts';
import { WhoIsHere } from '../presence/WhoIsHere.tsx';
import { RecordingBanner } from '../recording/RecordingBanner.tsx';
import { RecordOnBehalfDialog } from '../recording/RecordOnBehalfDialog.tsx';
import { CollaborationStopped } from './CollaborationStopped.tsx';
import { DocumentMenu } from './DocumentMenu.tsx';
import { useRenameAnnouncement } from './useRenameAnnouncement.ts';

interface LiveDocumentProps {
  detail: DocumentDetailResponse;
  user: User;
}

/** An open document: its text, kept live with everyone else who has it open. */
export function LiveDocument({ detail, user }: LiveDocumentProps) {
  const { project, me, document, collaborationName } = detail;
  const queryClient = useQueryClient();
  const onCommentsChanged = useCommentEvents(project.id, document.id, user.id);
  // Declared before the live connection so that, on leaving, it runs while the connection can still send.
  const beforeLeaving = useRef(() => {});
  useEffect(() => () => beforeLeaving.current(), []);
  const collaboration = useCollaboration({
    collaborationName,
    user,
    perspective: me.perspective,
    // Archived or restored by a lead: fetch it again so the page says which, and offers the right actions.
    onAccessChanged: () =>
      void queryClient.invalidateQueries({ queryKey: queryKeys.document(project.id, document.id) }),
    // Renamed: the heading, breadcrumb and tab title follow, here and in the project's list.
    onDetailsChanged: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.document(project.id, document.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.project(project.id) });
    },
    onCommentsChanged,
  });
  usePresenceAnnouncements(collaboration.people, collaboration.connectionState);
  const noteOwnRename = useRenameAnnouncement(document.title);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const editingRegion = useRef<HTMLDivElement>(null);
  // State, not a ref: the editor can only put its toolbar there once the bar is in the page.
  const [toolbarSlot, setToolbarSlot] = useState<HTMLDivElement | null>(null);

  const recording = useRecordOnBehalf(collaboration.session);
  const [recordDialogOpen, setRecordDialogOpen] = useState(false);
  const closeRecordDialog = useCallback(() => setRecordDialogOpen(false), []);
  const [view, setView] = useState<DocumentView>(EDITING);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [jumpRequest, setJumpRequest] = useState<JumpRequest | null>(null);
  const historyButton = useRef<HTMLButtonElement>(null);
  const historyHeading = useRef<HTMLHeadingElement>(null);
  const viewHeading = useRef<HTMLHeadingElement>(null);
  const restoreFlow = useRestoreFlow(project.id, document.id);
  const isLead = canManageProject(me.role);
  // 'current' or a version's id while the export dialog is open.
  const [exporting, setExporting] = useState<string | null>(null);

  const archived = document.archivedAt !== null;
  // Someone who has lost access sees only why, not the text they may no longer read.
  const lostAccess = collaboration.stopReason !== null && meansLostAccess(collaboration.stopReason);
  const readOnly = archived || collaboration.serverReadOnly || collaboration.stopReason !== null;
  const canEdit = !readOnly && collaboration.contentReady && !collaboration.awaitingRights;
  // Editing pauses while a read-only view from the history stands in for the text.
  const editable = canEdit && view.kind === 'editing';
  const canRestore = !readOnly;

  // The timeline, who wrote what and the balance of voice follow the text while they are on screen.
  useDocumentChanges(collaboration.session, () => void refreshHistory(queryClient, project.id, document.id), {
    enabled: historyOpen || view.kind !== 'editing',
  });

  // Focus follows the person into a view and back out to the text.
  const previousView = useRef(view.kind);
  useEffect(() => {
    const was = previousView.current;
    previousView.current = view.kind;
    if (view.kind !== 'editing') viewHeading.current?.focus();
    else if (was !== 'editing') window.document.getElementById('document-editor')?.focus();
  }, [view]);

  const [editor, setEditor] = useState<TiptapEditor | null>(null);
  const closeHistory = useCallback(() => setHistoryOpen(false), []);
  const comments = useDocumentComments({
    projectId: project.id,
    documentId: document.id,
    editor,
    myId: user.id,
    onNotice: setNotice,
    onPanelOpened: closeHistory,
  });
  useEffect(() => {
    beforeLeaving.current = comments.removeUnsentMark;
  }, [comments.removeUnsentMark]);
  useThreadFromLink(
    collaboration.contentReady && editor !== null && comments.query.isSuccess,
    comments.openThread,
    setNotice,
  );
  const canCommentOnDocument = !archived && collaboration.stopReason === null;

  const toggleHistory = () => {
    if (historyOpen) {
      setHistoryOpen(false);
      historyButton.current?.focus();
    } else {
      comments.hidePanel();
      setHistoryOpen(true);
      requestAnimationFrame(() => historyHeading.current?.focus());
    }
  };

  const jumpTo = (section: string) => {
    setView(EDITING);
    setJumpRequest({ section, id: Date.now() });
  };

  return (
    <CommentDraftsProvider>
      <div className="page page--document">
        <nav aria-label="Breadcrumb" className="breadcrumbs">
          <ol>
            <li>
              <Link to="/">My projects</Link>
            </li>
            <li>
              <Link to={`/projects/${project.id}`}>{project.name}</Link>
            </li>
            <li aria-current="page">{document.title}</li>
          </ol>
        </nav>

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
                historyOpen={historyOpen}
                historyButtonRef={historyButton}
                onToggleHistory={toggleHistory}
                showingAuthorship={view.kind === 'authorship'}
                onToggleAuthorship={() => setView(view.kind === 'authorship' ? EDITING : { kind: 'authorship' })}
                onRecordForSomeone={canEdit ? () => setRecordDialogOpen(true) : null}
                recordingForName={recording.recordingFor?.name ?? null}
              />
            )}
            {isLead ? (
              <DocumentMenu
                projectId={project.id}
                document={document}
                onNotice={setNotice}
                onExport={() => setExporting('current')}
                onRenamed={noteOwnRename}
              />
            ) : null}
          </div>
        </div>

        <LiveNotice message={notice} />
        <RestoredNotice
          restored={restoreFlow.restored}
          isUndoing={restoreFlow.isPending}
          onUndo={(versionId) => void restoreFlow.undo(versionId)}
          onDismiss={restoreFlow.dismiss}
        />
        {collaboration.stopReason ? (
          <CollaborationStopped
            reason={collaboration.stopReason}
            projectId={project.id}
            editingRegion={editingRegion}
            onDiscardUnsent={async () => {
              await collaboration.discardOfflineCopy();
              window.location.reload();
            }}
          />
        ) : null}
        {archived ? (
          <p className="alert alert--info">
            <Icon name="archive" />
            <span>This document is archived. You can read it, but nobody can change it.</span>
          </p>
        ) : collaboration.serverReadOnly && !collaboration.stopReason ? (
          <p className="alert alert--info">
            <Icon name="lock" />
            <span>You can read this document, but not change it.</span>
          </p>
        ) : null}

        {lostAccess ? null : (
          <div
            className={
              historyOpen || comments.panelOpen ? 'document-layout document-layout--with-panel' : 'document-layout'
            }
          >
            {comments.panelOpen ? (
              <CommentsPanel
                projectId={project.id}
                documentId={document.id}
                myId={user.id}
                comments={comments}
                canComment={canCommentOnDocument}
              />
            ) : null}
            {historyOpen ? (
              <HistoryPanel
                projectId={project.id}
                documentId={document.id}
                canRestore={canRestore}
                headingRef={historyHeading}
                onClose={toggleHistory}
                onOpenVersion={(versionId) => setView({ kind: 'version', versionId })}
                onCompare={(from, to) => setView({ kind: 'compare', from, to })}
                onRestore={restoreFlow.ask}
              />
            ) : null}
            <div className="document-layout__main" ref={editingRegion}>
              <SinceLastVisit projectId={project.id} documentId={document.id} onJump={jumpTo} />
              <PresenceSummary people={collaboration.people} connectionState={collaboration.connectionState} />
              {/* Stays in view while writing anywhere in the text: the formatting tools and whether work is saved. */}
              <div className="document-bar">
                <div className="document-bar__tools" ref={setToolbarSlot} />
                <ConnectionStatus state={collaboration.connectionState} />
                <RecordingBanner recording={recording} />
              </div>
              {view.kind === 'editing' ? null : (
                <HistoryView
                  view={view}
                  projectId={project.id}
                  documentId={document.id}
                  title={document.title}
                  canRestore={canRestore}
                  headingRef={viewHeading}
                  onChangeView={setView}
                  onRestore={restoreFlow.ask}
                  onExport={isLead ? setExporting : null}
                />
              )}
              <div hidden={view.kind !== 'editing'}>
                {!collaboration.contentReady && !collaboration.stopReason ? (
                  <p className="muted small" aria-hidden="true">
                    Opening the document…
                  </p>
                ) : null}
                {collaboration.session ? (
                  <Editor
                    session={collaboration.session}
                    title={document.title}
                    editable={editable}
                    onActivity={collaboration.setActivity}
                    toolbarContainer={toolbarSlot}
                    jumpRequest={jumpRequest}
                    onReady={setEditor}
                    onRequestComment={comments.startTextComment}
                    onMoveToComment={(direction) => comments.moveToComment(direction, 'editor')}
                    onJumped={(request, found) => {
                      if (!found)
                        setNotice({
                          text: `“${sectionName(request.section)}” is no longer a heading in the document.`,
                          tone: 'error',
                        });
                    }}
                  />
                ) : null}
                <CommentAnchorDescriptions
                  threads={comments.threads}
                  people={comments.people}
                  draftId={comments.draft?.anchor === 'text' ? comments.draft.id : null}
                />
              </div>
            </div>
            <aside className="document-layout__aside" aria-label="People in this document">
              <WhoIsHere people={collaboration.people} connectionState={collaboration.connectionState} />
            </aside>
          </div>
        )}
        <RestoreVersionDialog
          version={restoreFlow.target}
          isPending={restoreFlow.isPending}
          error={restoreFlow.error}
          onCancel={restoreFlow.cancel}
          onConfirm={(version) =>
            void restoreFlow.confirm(version).then((done) => {
              if (done) setView(EDITING);
            })
          }
        />
        <ExportDialog
          projectId={project.id}
          documentId={document.id}
          title={document.title}
          version={exporting}
          onClose={() => setExporting(null)}
          onExported={(filename) =>
            setNotice({
              text: `Exported “${filename}”. Your browser has put it with your other downloads.`,
              tone: 'success',
            })
          }
        />
        <RecordOnBehalfDialog
          isOpen={recordDialogOpen}
          onClose={closeRecordDialog}
          projectId={project.id}
          myId={user.id}
          recording={recording}
        />
      </div>
    </CommentDraftsProvider>
  );
}
