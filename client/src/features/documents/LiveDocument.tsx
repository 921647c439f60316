import { canManageProject, type DocumentDetailResponse, type User } from '@roundtable/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { queryKeys } from '../../api/queryKeys.ts';
import { meansLostAccess } from '../../collaboration/stopReason.ts';
import { useCollaboration } from '../../collaboration/useCollaboration.ts';
import { Icon } from '../../components/Icon.tsx';
import { LiveNotice, type NoticeMessage } from '../../components/LiveNotice.tsx';
import { Editor } from '../../editor/Editor.tsx';
import { ConnectionStatus } from '../presence/ConnectionStatus.tsx';
import { PresenceSummary } from '../presence/PresenceSummary.tsx';
import { usePresenceAnnouncements } from '../presence/usePresenceAnnouncements.ts';
import { WhoIsHere } from '../presence/WhoIsHere.tsx';
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
  });
  usePresenceAnnouncements(collaboration.people, collaboration.connectionState);
  const noteOwnRename = useRenameAnnouncement(document.title);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const editingRegion = useRef<HTMLDivElement>(null);
  // State, not a ref: the editor can only put its toolbar there once the bar is in the page.
  const [toolbarSlot, setToolbarSlot] = useState<HTMLDivElement | null>(null);

  const archived = document.archivedAt !== null;
  // Someone who has lost access sees only why, not the text they may no longer read.
  const lostAccess = collaboration.stopReason !== null && meansLostAccess(collaboration.stopReason);
  const readOnly = archived || collaboration.serverReadOnly || collaboration.stopReason !== null;
  const editable = !readOnly && collaboration.contentReady && !collaboration.awaitingRights;

  return (
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
        {canManageProject(me.role) ? (
          <DocumentMenu projectId={project.id} document={document} onNotice={setNotice} onRenamed={noteOwnRename} />
        ) : null}
      </div>

      <LiveNotice message={notice} />
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
        <div className="document-layout">
          <div className="document-layout__main" ref={editingRegion}>
            <PresenceSummary people={collaboration.people} connectionState={collaboration.connectionState} />
            {/* Stays in view while writing anywhere in the text: the formatting tools and whether work is saved. */}
            <div className="document-bar">
              <div className="document-bar__tools" ref={setToolbarSlot} />
              <ConnectionStatus state={collaboration.connectionState} />
            </div>
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
              />
            ) : null}
          </div>
          <aside className="document-layout__aside" aria-label="People in this document">
            <WhoIsHere people={collaboration.people} connectionState={collaboration.connectionState} />
          </aside>
        </div>
      )}
    </div>
  );
}
