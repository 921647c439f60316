import { useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { queryKeys } from '../../api/queryKeys.ts';
import { explainStopReason, meansLostAccess, type StopReason } from '../../collaboration/stopReason.ts';
import { Icon } from '../../components/Icon.tsx';
import { signInPathFor } from '../auth/safeNextPath.ts';

interface CollaborationStoppedProps {
  reason: StopReason;
  projectId: string;
}

/** Explains why editing stopped, and offers the one next step that helps. */
export function CollaborationStopped({ reason, projectId }: CollaborationStoppedProps) {
  const location = useLocation();
  const queryClient = useQueryClient();
  return (
    <div className="alert alert--error" role="alert">
      <Icon name="alert" />
      <div className="alert__body">
        <p className="alert__title">Editing has stopped</p>
        <p>{explainStopReason(reason)}</p>
        <p className="alert__actions">
          {reason === 'NotSignedIn' ? (
            <Link
              className="button button--primary"
              to={signInPathFor(location.pathname)}
              // The session is gone; forget it here too, or sign-in would send them straight back.
              onClick={() => queryClient.setQueryData(queryKeys.me, null)}
            >
              Sign in again
            </Link>
          ) : meansLostAccess(reason) ? (
            <Link className="button button--primary" to="/">
              Go to my projects
            </Link>
          ) : (
            <>
              <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
                Reload the page
              </button>
              <Link className="button button--secondary" to={`/projects/${projectId}`}>
                Back to the project
              </Link>
            </>
          )}
        </p>
      </div>
    </div>
  );
}
