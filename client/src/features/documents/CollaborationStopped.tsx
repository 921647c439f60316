import { useQueryClient } from '@tanstack/react-query';
import { type RefObject, useEffect, useId, useRef } from 'react';
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
import { DeviceCopyActions } from './DeviceCopyActions.tsx';

/** What can be done with this device's copy of the document when editing has stopped. */
export interface DeviceCopyHandlers {
  /** Saves a file with the document as this device holds it, and returns its name. */
  save: () => string;
  /** Deletes this device's copy of the document and reloads the page. */
  clear: () => Promise<void>;
  /** Lets the words kept while the document was archived be sent, and reloads the page. */
  sendKept: () => void;
}

interface CollaborationStoppedProps {
  reason: StopReason;
  projectId: string;
  /** Where the editor and its toolbar are: focus there is lost when editing stops. */
  editingRegion: RefObject<HTMLElement | null>;
  deviceCopy: DeviceCopyHandlers;
  /** Whether the document is archived, as far as this page knows. */
  archived: boolean;
}

/** Explains why editing stopped, and offers the next steps that help. */
export function CollaborationStopped({
  reason,
  projectId,
  editingRegion,
  deviceCopy,
  archived,
}: CollaborationStoppedProps) {
  const location = useLocation();
  const queryClient = useQueryClient();
  const alertRef = useRef<HTMLElement>(null);
  const titleId = useId();
  const kept = reason === 'KeptWhileArchived';

  // The editor has just become read-only or gone, taking keyboard focus with it.
  useEffect(() => {
    if (alertRef.current) focusIfLost(alertRef.current, editingRegion.current);
  }, [editingRegion]);

  const backToProject = (
    <Link className="button button--secondary" to={`/projects/${projectId}`}>
      Back to the project
    </Link>
  );

  return (
    // Only the explanation is the alert: what the buttons change below (a copy saved) is
    // said politely, not by reading the whole alert out again.
    <section className="alert alert--error" aria-labelledby={titleId} tabIndex={-1} ref={alertRef}>
      <Icon name="alert" />
      <div className="alert__body">
        <div role="alert">
          <p className="alert__title" id={titleId}>
            {kept ? 'Your last changes could not be saved' : 'Editing has stopped'}
          </p>
          <p>{explainStopReason(reason)}</p>
          {kept ? (
            <p>
              {archived
                ? 'If a project lead restores the document, you can send them to it then. Save a copy to keep them safe meanwhile.'
                : 'The document has been restored since, so you can send your changes to it now. Save a copy first if you want to keep them as they are.'}
            </p>
          ) : meansRefusedChange(reason) ? (
            <p>
              This device keeps trying to send that change. Save a copy of the document to keep your words, then clear
              this device’s copy to carry on.
            </p>
          ) : null}
        </div>
        {reason === 'NotSignedIn' ? (
          <p className="alert__actions">
            <Link
              className="button button--primary"
              to={signInPathFor(location.pathname)}
              // The session is gone; forget it here too, or sign-in would send them straight back.
              onClick={() => queryClient.setQueryData(queryKeys.me, null)}
            >
              Sign in again
            </Link>
          </p>
        ) : meansLostAccess(reason) ? (
          <p className="alert__actions">
            <Link className="button button--primary" to="/">
              Go to my projects
            </Link>
          </p>
        ) : kept || meansRefusedChange(reason) ? (
          <DeviceCopyActions onSave={deviceCopy.save} onClear={deviceCopy.clear} trailing={backToProject}>
            {kept && !archived ? (
              <button type="button" className="button button--secondary" onClick={deviceCopy.sendKept}>
                Send my changes to the document
              </button>
            ) : null}
          </DeviceCopyActions>
        ) : (
          <p className="alert__actions">
            <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
              Reload the page
            </button>
            {backToProject}
          </p>
        )}
      </div>
    </section>
  );
}
