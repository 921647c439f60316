import type { ConnectionState } from '../../collaboration/connectionState.ts';
import type { RecordOnBehalf } from '../../collaboration/useRecordOnBehalf.ts';
import { ConnectionStatus } from '../presence/ConnectionStatus.tsx';
import { RecordingBanner } from '../recording/RecordingBanner.tsx';

interface DocumentBarProps {
  /** Receives the bar's place for the editor's toolbar once it is in the page. */
  toolbarSlotRef: (element: HTMLDivElement | null) => void;
  connectionState: ConnectionState;
  recording: RecordOnBehalf;
}

/** Stays in view while writing anywhere in the text: the formatting tools and whether work is saved. */
export function DocumentBar({ toolbarSlotRef, connectionState, recording }: DocumentBarProps) {
  return (
    <div className="document-bar">
      <div className="document-bar__tools" ref={toolbarSlotRef} />
      <ConnectionStatus state={connectionState} />
      <RecordingBanner recording={recording} />
    </div>
  );
}
