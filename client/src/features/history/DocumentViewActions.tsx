import type { RefObject } from 'react';
import { Icon } from '../../components/Icon.tsx';
import { HISTORY_PANEL_ID } from './HistoryPanel.tsx';

interface DocumentViewActionsProps {
  historyOpen: boolean;
  /** Where focus goes back to when the panel closes. */
  historyButtonRef: RefObject<HTMLButtonElement | null>;
  onToggleHistory: () => void;
  showingAuthorship: boolean;
  onToggleAuthorship: () => void;
  /** Null when recording is not possible (read-only, not connected). */
  onRecordForSomeone: (() => void) | null;
  recordingForName: string | null;
}

/** Ways into the history that every member has: the History panel, who wrote what, and recording for someone. */
export function DocumentViewActions({
  historyOpen,
  historyButtonRef,
  onToggleHistory,
  showingAuthorship,
  onToggleAuthorship,
  onRecordForSomeone,
  recordingForName,
}: DocumentViewActionsProps) {
  return (
    <div className="document-actions">
      <button
        type="button"
        ref={historyButtonRef}
        className="button button--secondary"
        aria-expanded={historyOpen}
        aria-controls={historyOpen ? HISTORY_PANEL_ID : undefined}
        onClick={onToggleHistory}
      >
        <Icon name="history" />
        History
      </button>
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={showingAuthorship}
        onClick={onToggleAuthorship}
      >
        <Icon name="people" />
        Show who wrote what
      </button>
      {onRecordForSomeone ? (
        <button type="button" className="button button--secondary" aria-haspopup="dialog" onClick={onRecordForSomeone}>
          <Icon name="microphone" />
          {recordingForName ? 'Record for someone else' : 'Record for someone'}
        </button>
      ) : null}
    </div>
  );
}
