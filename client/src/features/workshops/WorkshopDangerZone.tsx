import type { Workshop } from '@roundtable/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiRequestError } from '../../api/ApiRequestError.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { workshopKeys, workshopsApi } from './workshopsApi.ts';

const problemOf = (error: unknown) =>
  isApiRequestError(error) ? error.message : 'That did not work. Please try again.';

/**
 * Calling a workshop off (it stays listed as cancelled, so people know) or deleting it
 * altogether; each asks first. A workshop that has started is kept.
 */
export function WorkshopDangerZone({ projectId, workshop }: { projectId: string; workshop: Workshop }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [asking, setAsking] = useState<'cancel' | 'delete' | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (workshop.state === 'running' || workshop.state === 'ended') return null;

  const act = async () => {
    setPending(true);
    setError(null);
    try {
      if (asking === 'cancel') {
        const response = await workshopsApi.cancel(projectId, workshop.id);
        queryClient.setQueryData(workshopKeys.workshop(projectId, workshop.id), response);
        await queryClient.invalidateQueries({ queryKey: workshopKeys.list(projectId), exact: true });
        setAsking(null);
      } else {
        await workshopsApi.remove(projectId, workshop.id);
        queryClient.removeQueries({ queryKey: workshopKeys.workshop(projectId, workshop.id) });
        await queryClient.invalidateQueries({ queryKey: workshopKeys.list(projectId), exact: true });
        await navigate(`/projects/${projectId}`);
      }
    } catch (failure) {
      setError(problemOf(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <section aria-labelledby="workshop-danger-heading" className="section panel workshop-danger">
      <h2 id="workshop-danger-heading">Cancel or delete</h2>
      <p>
        Cancelling keeps the workshop in the list, marked as cancelled, so people know it is not happening. Deleting
        removes it for everyone.
      </p>
      <div className="form__actions">
        {workshop.state === 'planned' ? (
          <button type="button" className="button button--secondary" onClick={() => setAsking('cancel')}>
            Cancel workshop
          </button>
        ) : null}
        <button type="button" className="button button--danger" onClick={() => setAsking('delete')}>
          Delete workshop
        </button>
      </div>
      <ConfirmDialog
        isOpen={asking !== null}
        onOpenChange={(open) => {
          if (!open) setAsking(null);
          setError(null);
        }}
        title={asking === 'cancel' ? 'Cancel this workshop?' : 'Delete this workshop?'}
        confirmLabel={asking === 'cancel' ? 'Cancel workshop' : 'Delete workshop'}
        cancelLabel={asking === 'cancel' ? 'Keep it' : 'Cancel'}
        onConfirm={() => void act()}
        isPending={pending}
        error={error}
      >
        <p>
          {asking === 'cancel'
            ? `“${workshop.title}” will be shown to everyone as cancelled. Its plan is kept.`
            : `“${workshop.title}” and its agenda will be removed for everyone. This cannot be undone.`}
        </p>
      </ConfirmDialog>
    </section>
  );
}
