import { useMemo } from 'react';
import type { Collaboration } from '../../collaboration/Collaboration.ts';
import { saveFile } from '../export/saveFile.ts';
import type { DeviceCopyHandlers } from './CollaborationStopped.tsx';
import { deviceCopyFile } from './deviceCopyFile.ts';

type DeviceCopy = Pick<Collaboration, 'readDeviceCopy' | 'discardOfflineCopy' | 'releaseKeptChanges'>;

/** Saving, clearing and sending this device's copy of the open document, each from the page. */
export function useDeviceCopyHandlers(
  collaboration: DeviceCopy,
  title: string,
  projectName: string,
): DeviceCopyHandlers {
  const { readDeviceCopy, discardOfflineCopy, releaseKeptChanges } = collaboration;
  return useMemo(
    () => ({
      save: () => {
        const file = deviceCopyFile(title, projectName, readDeviceCopy(), new Date());
        saveFile(new Blob([file.html], { type: 'text/html;charset=utf-8' }), file.filename);
        return file.filename;
      },
      clear: async () => {
        await discardOfflineCopy();
        window.location.reload();
      },
      sendKept: () => {
        releaseKeptChanges();
        window.location.reload();
      },
    }),
    [readDeviceCopy, discardOfflineCopy, releaseKeptChanges, title, projectName],
  );
}
