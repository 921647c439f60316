import { useParams } from 'react-router';
import { useDocumentTitle } from '../../a11y/useDocumentTitle.ts';
import { useDocumentQuery } from '../../api/useDocumentQuery.ts';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useSignedInUser } from '../auth/useSignedInUser.ts';
import { DocumentProblem } from './DocumentProblem.tsx';
import { LiveDocument } from './LiveDocument.tsx';

export function DocumentPage() {
  const { projectId = '', documentId = '' } = useParams();
  const user = useSignedInUser();
  const query = useDocumentQuery(projectId, documentId);
  const data = query.data;
  useDocumentTitle(
    data ? `${data.document.title} — ${data.project.name}` : query.isPending ? 'Loading document' : 'Document',
  );

  if (query.isPending) return <LoadingState label="Opening the document" />;
  // A fetch again that fails (after a rename, say) keeps the open document: the live
  // connection itself says if access has gone, and keeps any unsent words meanwhile.
  if (!data) return <DocumentProblem error={query.error} projectId={projectId} onRetry={() => void query.refetch()} />;
  // Keyed so moving to another document starts a fresh live session.
  return <LiveDocument key={data.collaborationName} detail={data} user={user} />;
}
