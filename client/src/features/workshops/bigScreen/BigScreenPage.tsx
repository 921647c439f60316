import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { MAIN_CONTENT_ID } from '../../../a11y/RouteChangeFocus.tsx';
import { useDocumentTitle } from '../../../a11y/useDocumentTitle.ts';
import { useDocumentQuery } from '../../../api/useDocumentQuery.ts';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { useSignedInUser } from '../../auth/useSignedInUser.ts';
import { DocumentProblem } from '../../documents/DocumentProblem.tsx';
import { BigScreen } from './BigScreen.tsx';

/** The big screen of a document's workshop, for members of its project only, as the document is. */
export function BigScreenPage() {
  const { projectId = '', documentId = '' } = useParams();
  const user = useSignedInUser();
  const query = useDocumentQuery(projectId, documentId);
  const data = query.data;
  useDocumentTitle(data ? `Big screen — ${data.document.title}` : 'Big screen');

  let body: ReactNode;
  if (query.isPending) body = <LoadingState label="Opening the big screen" />;
  else if (!data)
    body = <DocumentProblem error={query.error} projectId={projectId} onRetry={() => void query.refetch()} />;
  // Keyed so moving to another document starts a fresh live session.
  else body = <BigScreen key={data.collaborationName} detail={data} user={user} />;
  return (
    <main id={MAIN_CONTENT_ID} className="big-screen-page" tabIndex={-1}>
      {body}
    </main>
  );
}
