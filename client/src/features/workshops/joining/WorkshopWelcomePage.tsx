import { Link, useLocation, useParams } from 'react-router';
import { useDocumentTitle } from '../../../a11y/useDocumentTitle.ts';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { QueryProblem } from '../../../components/QueryProblem.tsx';
import { commentShortcut } from '../../../editor/toolbarActions.ts';
import { formatClockTime } from '../formatWorkshopTime.ts';
import { documentPagePath } from '../workshopPaths.ts';
import { useWorkshopQuery } from '../workshopQueries.ts';
import './joining.css';

/**
 * One screen for someone just let into a workshop: what the document is, that
 * everyone has an equal say, how to comment, then straight on to the document.
 */
export function WorkshopWelcomePage() {
  const { projectId = '', workshopId = '' } = useParams();
  const location = useLocation();
  const signedInUntil = (location.state as { signedInUntil?: string | null } | null)?.signedInUntil ?? null;
  const workshop = useWorkshopQuery(projectId, workshopId);
  useDocumentTitle(workshop.data ? `Welcome to ${workshop.data.workshop.title}` : 'Welcome');

  if (workshop.isPending) return <LoadingState label="Loading the workshop" />;
  if (workshop.isError) {
    return <QueryProblem error={workshop.error} thing="workshop" onRetry={() => void workshop.refetch()} />;
  }
  const { title, documentTitle, documentId } = workshop.data.workshop;

  return (
    <div className="page page--narrow welcome-page">
      <h1>Welcome to {title}</h1>
      <p className="lead">You are in. Here is what you need to know before you start.</p>
      <ol className="welcome-points">
        <li>
          <h2>The document</h2>
          <p>
            <strong>{documentTitle}</strong> is what the group is writing together. In this workshop everyone works on
            it at the same time, in the room and online. You see other people’s changes as they make them.
          </p>
        </li>
        <li>
          <h2>Everyone has an equal say</h2>
          <p>
            Every member can change the words and comment, whatever their role. The facilitator keeps the workshop
            running (the agenda, the timer, whose turn it is to speak), but has no more say over the text than you.
          </p>
        </li>
        <li>
          <h2>How to comment</h2>
          <p>
            Select some words, then choose <strong>Comment</strong> in the toolbar (or press{' '}
            <kbd>{commentShortcut.shortcutHint}</kbd>). To comment on the whole document, open <strong>Comments</strong>{' '}
            at the top of the page. Everyone can read and reply to comments.
          </p>
        </li>
      </ol>
      {signedInUntil ? (
        <p className="notice">
          On this device you stay signed in until {formatClockTime(signedInUntil)}, when the workshop is planned to end.
          Then you are signed out, so the next person to use it cannot see the project.
        </p>
      ) : null}
      <p>
        <Link className="button button--primary" to={documentPagePath(projectId, documentId)}>
          Open {documentTitle}
        </Link>
      </p>
    </div>
  );
}
