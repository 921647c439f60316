import type { RefObject } from 'react';
import type { StopReason } from '../../collaboration/stopReason.ts';
import { Icon } from '../../components/Icon.tsx';
import { LiveNotice, type NoticeMessage } from '../../components/LiveNotice.tsx';
import { RestoredNotice } from '../history/RestoredNotice.tsx';
import type { RestoreFlow } from '../history/useRestoreFlow.ts';
import { CollaborationStopped, type DeviceCopyHandlers } from './CollaborationStopped.tsx';

interface LiveDocumentNoticesProps {
  projectId: string;
  notice: NoticeMessage | null;
  restoreFlow: RestoreFlow;
  stopReason: StopReason | null;
  /** Where the editor and its toolbar are: focus there is lost when editing stops. */
  editingRegion: RefObject<HTMLElement | null>;
  /** Saving, clearing and sending this device's copy, for when editing stopped over words only it holds. */
  deviceCopy: DeviceCopyHandlers;
  archived: boolean;
  serverReadOnly: boolean;
}

/** What the page has to say about the document above its text: news, a restore to undo, why editing stopped or is not possible. */
export function LiveDocumentNotices({
  projectId,
  notice,
  restoreFlow,
  stopReason,
  editingRegion,
  deviceCopy,
  archived,
  serverReadOnly,
}: LiveDocumentNoticesProps) {
  return (
    <>
      <LiveNotice message={notice} />
      <RestoredNotice
        restored={restoreFlow.restored}
        isUndoing={restoreFlow.isPending}
        onUndo={(versionId) => void restoreFlow.undo(versionId)}
        onDismiss={restoreFlow.dismiss}
      />
      {stopReason ? (
        <CollaborationStopped
          reason={stopReason}
          projectId={projectId}
          editingRegion={editingRegion}
          deviceCopy={deviceCopy}
          archived={archived}
        />
      ) : null}
      {archived ? (
        <p className="alert alert--info">
          <Icon name="archive" />
          <span>This document is archived. You can read it, but nobody can change it.</span>
        </p>
      ) : serverReadOnly && !stopReason ? (
        <p className="alert alert--info">
          <Icon name="lock" />
          <span>You can read this document, but not change it.</span>
        </p>
      ) : null}
    </>
  );
}
