import { canManageProject, type DocumentDetailResponse, type User } from '@roundtable/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../../a11y/useDocumentTitle.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { useDocumentQuery } from '../../api/useDocumentQuery.ts';
import { meansLostAccess } from '../../collaboration/stopReason.ts';
import { useCollaboration } from '../../collaboration/useCollaboration.ts';
import { Icon } from '../../components/Icon.tsx';
import { LiveNotice, type NoticeMessage } from '../../components/LiveNotice.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { QueryProblem } from '../../components/QueryProblem.tsx';
import { Editor } from '../../editor/Editor.tsx';
import { useSignedInUser } from '../auth/useSignedInUser.ts';
import { ConnectionStatus } from '../presence/ConnectionStatus.tsx';
import { usePresenceAnnouncements } from '../presence/usePresenceAnnouncements.ts';
import { WhoIsHere } from '../presence/WhoIsHere.tsx';
import { CollaborationStopped } from './CollaborationStopped.tsx';
import { DocumentMenu } from './DocumentMenu.tsx';

export function DocumentPage() {
  const { projectId = '', documentId = '' } = useParams();
  const user = useSignedInUser();
  const query = useDocumentQuery(projectId, documentId);
  const data = query.data;
  useDocumentTitle(
    data ? `${data.document.title} — ${data.project.name}` : query.isPending ? 'Loading document' : 'Document',
  );

  if (query.isPending) return <LoadingState label="Opening the document" />;
  if (query.isError)
    return (
      <QueryProblem
        error={query.error}
        thing="document"
        onRetry={() => void query.refetch()}
        backTo={`/projects/${projectId}`}
        backLabel="Back to the project"
      />
    );
  // Keyed so moving to another document starts a fresh live session.
  return <LiveDocument key={query.data.collaborationName} detail={query.data} user={user} />;
}

function LiveDocument({ detail, user }: { detail: DocumentDetailResponse; user: User }) {
  const { project, me, document, collaborationName } = detail;
  const queryClient = useQueryClient();
  const collaboration = useCollaboration({
    collaborationName,
    user,
    perspective: me.perspective,
    // Archived or restored by a lead: fetch it again so the page says which, and offers the right actions.
    onAccessChanged: () =>
      void queryClient.invalidateQueries({ queryKey: queryKeys.document(project.id, document.id) }),
  });
  usePresenceAnnouncements(collaboration.people, collaboration.connectionState);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const editingRegion = useRef<HTMLDivElement>(null);

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
          <DocumentMenu projectId={project.id} document={document} onNotice={setNotice} />
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
            <ConnectionStatus state={collaboration.connectionState} />
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
