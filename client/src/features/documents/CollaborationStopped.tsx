import { useQueryClient } from '@tanstack/react-query';
import { type RefObject, useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { focusIfLost } from '../../a11y/focusIfLost.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import {
  explainStopReason,
  meansLostAccess,
  meansRefusedChange,
  type StopReason,
} from '../../collaboration/stopReason.ts';
import { Icon } from '../../components/Icon.tsx';
import { signInPathFor } from '../auth/safeNextPath.ts';
import { DiscardUnsentChanges } from './DiscardUnsentChanges.tsx';

interface CollaborationStoppedProps {
  reason: StopReason;
  projectId: string;
  /** Where the editor and its toolbar are: focus there is lost when editing stops. */
  editingRegion: RefObject<HTMLElement | null>;
  /** Deletes this device's copy of the document and reloads the page. */
  onDiscardUnsent: () => Promise<void>;
}

/** Explains why editing stopped, and offers the one next step that helps. */
export function CollaborationStopped({ reason, projectId, editingRegion, onDiscardUnsent }: CollaborationStoppedProps) {
  const location = useLocation();
  const queryClient = useQueryClient();
  const alertRef = useRef<HTMLDivElement>(null);

  // The editor has just become read-only or gone, taking keyboard focus with it.
  useEffect(() => {
    if (alertRef.current) focusIfLost(alertRef.current, editingRegion.current);
  }, [editingRegion]);

  return (
    <div className="alert alert--error" role="alert" tabIndex={-1} ref={alertRef}>
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
              {meansRefusedChange(reason) ? (
                <DiscardUnsentChanges onDiscard={onDiscardUnsent} />
              ) : (
                <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
                  Reload the page
                </button>
              )}
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
