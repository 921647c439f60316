import { type ReactNode, useState } from 'react';
import { useAnnouncer } from '../../a11y/useAnnouncer.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Icon } from '../../components/Icon.tsx';

interface DeviceCopyActionsProps {
  /** Saves a file with the document as this device holds it, and returns its name. */
  onSave: () => string;
  /** Deletes this device's copy of the document, then reloads it as everyone else sees it. */
  onClear: () => Promise<void>;
  /** Further ways on, after saving a copy and before clearing. */
  children?: ReactNode;
  /** The way out, last. */
  trailing?: ReactNode;
}

/**
 * What to do with words that exist only on this device: first save a copy of the
 * document as this device holds it, and only then clear the device's copy, or after
 * being told plainly what clearing without a copy loses. The copy may hold other
 * people's words too, kept on this device and nowhere else.
 */
export function DeviceCopyActions({ onSave, onClear, children, trailing }: DeviceCopyActionsProps) {
  const { announce } = useAnnouncer();
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [clearing, setClearing] = useState(false);
  const [clearError, setClearError] = useState<string | null>(null);

  const save = () => {
    try {
      const filename = onSave();
      setSavedAs(filename);
      setSaveError(null);
      announce(`A copy of the document was saved to your downloads as ${filename}.`);
    } catch {
      setSaveError('The copy could not be saved. Please try again, or copy the words from the page.');
    }
  };

  const clear = async () => {
    setClearing(true);
    setClearError(null);
    try {
      await onClear();
    } catch {
      setClearing(false);
      setClearError('This device’s copy could not be cleared. Please try again.');
    }
  };

  return (
    <>
      {savedAs ? (
        <p className="alert__note">
          <Icon name="check" />
          <span>
            Saved to your downloads as <span className="alert__filename">{savedAs}</span>. Open it in a web browser or
            word processor.
          </span>
        </p>
      ) : null}
      {saveError ? <p className="inline-error">{saveError}</p> : null}
      <p className="alert__actions">
        <button type="button" className="button button--primary" onClick={save}>
          Save a copy of this document
        </button>
        {children}
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          Clear this device’s copy
        </button>
        {trailing}
      </p>
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title={savedAs ? 'Clear this device’s copy?' : 'Clear this device’s copy without saving it?'}
        confirmLabel={savedAs ? 'Clear and reload' : 'Clear without a copy'}
        cancelLabel="Keep it"
        isPending={clearing}
        error={clearError}
        onConfirm={() => void clear()}
      >
        {savedAs ? (
          <p>
            You saved a copy as <span className="alert__filename">{savedAs}</span>. Clearing deletes the document from
            this device, with the words Roundtable has not saved, then opens it as everyone else sees it.
          </p>
        ) : (
          <>
            <p>
              <strong>No copy has been saved from this page.</strong> This device holds words that Roundtable has not
              saved. Some may be other people’s, kept only on this device.
            </p>
            <p>
              Clearing deletes them for good, then opens the document as everyone else sees it. This cannot be undone.
            </p>
          </>
        )}
      </ConfirmDialog>
    </>
  );
}
