import { canManageProject, type DocumentDetailResponse, type User } from '@roundtable/shared';
import type { Editor as TiptapEditor } from '@tiptap/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { meansLostAccess } from '../../collaboration/stopReason.ts';
import { useRecordOnBehalf } from '../../collaboration/useRecordOnBehalf.ts';
import type { NoticeMessage } from '../../components/LiveNotice.tsx';
import { CommentDraftsProvider } from '../comments/CommentDrafts.tsx';
import { useDocumentComments } from '../comments/useDocumentComments.ts';
import { useThreadFromLink } from '../comments/useThreadFromLink.ts';
import { EDITING } from '../history/DocumentView.ts';
import { useDocumentViews } from '../history/useDocumentViews.ts';
import { useRestoreFlow } from '../history/useRestoreFlow.ts';
import { WhoIsHere } from '../presence/WhoIsHere.tsx';
import { WorkshopRoom } from '../workshops/live/WorkshopRoom.tsx';
import { WorkshopPanel } from '../workshops/run/WorkshopPanel.tsx';
import { DocumentBar } from './DocumentBar.tsx';
import { DocumentMainColumn } from './DocumentMainColumn.tsx';
import { DocumentSidePanels } from './DocumentSidePanels.tsx';
import { LiveDocumentDialogs } from './LiveDocumentDialogs.tsx';
import { LiveDocumentHeader } from './LiveDocumentHeader.tsx';
import { LiveDocumentNotices } from './LiveDocumentNotices.tsx';
import { LiveDocumentText } from './LiveDocumentText.tsx';
import { useDeviceCopyHandlers } from './useDeviceCopyHandlers.ts';
import { useLiveConnection } from './useLiveConnection.ts';
import { useRenameAnnouncement } from './useRenameAnnouncement.ts';

interface LiveDocumentProps {
  detail: DocumentDetailResponse;
  user: User;
}

/** An open document: its text, kept live with everyone else who has it open. */
export function LiveDocument({ detail, user }: LiveDocumentProps) {
  const { project, me, document } = detail;
  const { collaboration, beforeLeaving } = useLiveConnection(detail, user);
  const noteOwnRename = useRenameAnnouncement(document.title);
  const deviceCopy = useDeviceCopyHandlers(collaboration, document.title, project.name);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const editingRegion = useRef<HTMLDivElement>(null);
  // State, not a ref: the editor can only put its toolbar there once the bar is in the page.
  const [toolbarSlot, setToolbarSlot] = useState<HTMLDivElement | null>(null);

  const recording = useRecordOnBehalf(collaboration.session);
  const [recordDialogOpen, setRecordDialogOpen] = useState(false);
  const closeRecordDialog = useCallback(() => setRecordDialogOpen(false), []);
  // Opening History closes Comments; the comments are set up below, with History's closing to hand.
  const hideComments = useRef(() => {});
  const views = useDocumentViews({
    projectId: project.id,
    documentId: document.id,
    session: collaboration.session,
    onPanelOpened: () => hideComments.current(),
  });
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
  const editable = canEdit && views.view.kind === 'editing';
  const canRestore = !readOnly;

  const [editor, setEditor] = useState<TiptapEditor | null>(null);
  const comments = useDocumentComments({
    projectId: project.id,
    documentId: document.id,
    editor,
    myId: user.id,
    onNotice: setNotice,
    onPanelOpened: views.closeHistory,
  });
  hideComments.current = comments.hidePanel;
  useEffect(() => {
    beforeLeaving.current = comments.removeUnsentMark;
  }, [beforeLeaving, comments.removeUnsentMark]);
  useThreadFromLink(
    collaboration.contentReady && editor !== null && comments.query.isSuccess,
    comments.openThread,
    setNotice,
  );
  const canCommentOnDocument = !archived && collaboration.stopReason === null;

  return (
    <CommentDraftsProvider>
      <div className="page page--document">
        <LiveDocumentHeader
          project={project}
          document={document}
          lostAccess={lostAccess}
          isLead={isLead}
          comments={comments}
          views={views}
          onRecordForSomeone={canEdit ? () => setRecordDialogOpen(true) : null}
          recordingForName={recording.recordingFor?.name ?? null}
          onNotice={setNotice}
          onExport={() => setExporting('current')}
          onRenamed={noteOwnRename}
        />
        <LiveDocumentNotices
          projectId={project.id}
          notice={notice}
          restoreFlow={restoreFlow}
          stopReason={collaboration.stopReason}
          editingRegion={editingRegion}
          deviceCopy={deviceCopy}
          archived={archived}
          serverReadOnly={collaboration.serverReadOnly}
        />

        {lostAccess ? null : (
          <WorkshopPanel
            projectId={project.id}
            documentId={document.id}
            me={user}
            session={collaboration.session}
            editor={editor}
          >
            {(room) => <WorkshopRoom {...room} currentItemId={room.run.currentItemId} />}
          </WorkshopPanel>
        )}
        {lostAccess ? null : (
          <div
            className={
              views.historyOpen || comments.panelOpen
                ? 'document-layout document-layout--with-panel'
                : 'document-layout'
            }
          >
            <DocumentSidePanels
              projectId={project.id}
              documentId={document.id}
              myId={user.id}
              comments={comments}
              canComment={canCommentOnDocument}
              views={views}
              canRestore={canRestore}
              onRestore={restoreFlow.ask}
            />
            <DocumentMainColumn
              projectId={project.id}
              documentId={document.id}
              title={document.title}
              editingRegion={editingRegion}
              people={collaboration.people}
              connectionState={collaboration.connectionState}
              views={views}
              canRestore={canRestore}
              onRestore={restoreFlow.ask}
              onExport={isLead ? setExporting : null}
              bar={
                <DocumentBar
                  toolbarSlotRef={setToolbarSlot}
                  connectionState={collaboration.connectionState}
                  recording={recording}
                />
              }
              text={
                <LiveDocumentText
                  collaboration={collaboration}
                  title={document.title}
                  editable={editable}
                  toolbarContainer={toolbarSlot}
                  jumpRequest={views.jumpRequest}
                  onEditorReady={setEditor}
                  comments={comments}
                  onNotice={setNotice}
                />
              }
            />
            <aside className="document-layout__aside" aria-label="People in this document">
              <WhoIsHere people={collaboration.people} connectionState={collaboration.connectionState} />
            </aside>
          </div>
        )}
        <LiveDocumentDialogs
          projectId={project.id}
          documentId={document.id}
          title={document.title}
          myId={user.id}
          restoreFlow={restoreFlow}
          onRestored={() => views.setView(EDITING)}
          exporting={exporting}
          onExportClosed={() => setExporting(null)}
          onNotice={setNotice}
          recordDialogOpen={recordDialogOpen}
          onRecordDialogClosed={closeRecordDialog}
          recording={recording}
        />
      </div>
    </CommentDraftsProvider>
  );
}
