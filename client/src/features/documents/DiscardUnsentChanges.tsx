import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';

/**
 * The way out when the server refuses a change this device keeps: it stays in the
 * device's copy and is sent again after every reload, so only deleting that copy helps.
 */
export function DiscardUnsentChanges({ onDiscard }: { onDiscard: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const discard = async () => {
    setPending(true);
    setError(null);
    try {
      await onDiscard();
    } catch {
      setPending(false);
      setError('The changes could not be discarded. Please try again.');
    }
  };

  return (
    <>
      <button type="button" className="button button--primary" onClick={() => setConfirming(true)}>
        Discard my unsent changes and reload
      </button>
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title="Discard your unsent changes?"
        confirmLabel="Discard and reload"
        cancelLabel="Keep them for now"
        isPending={pending}
        error={error}
        onConfirm={() => void discard()}
      >
        <p>
          Roundtable refused a change, and this device keeps trying to send it. Discarding deletes every change on this
          device that has not reached Roundtable, then reloads the document as everyone else sees it. This cannot be
          undone.
        </p>
        <p>If you want to keep any of your words, copy them from the document before you discard.</p>
      </ConfirmDialog>
    </>
  );
}
