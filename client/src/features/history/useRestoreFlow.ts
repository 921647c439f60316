import type { DocumentVersion } from '@roundtable/shared';
import { useCallback, useState } from 'react';
import { isApiRequestError } from '../../api/ApiRequestError.ts';
import type { Restored } from './RestoredNotice.tsx';
import { useRestoreVersion } from './useRestoreVersion.ts';

const errorText = (error: unknown) =>
  isApiRequestError(error) ? error.message : 'Something went wrong. Please try again.';

/**
 * Restoring a version: asking first, doing it, then saying how to undo it (by restoring
 * the version the server saved just before).
 */
export function useRestoreFlow(projectId: string, documentId: string) {
  const restore = useRestoreVersion(projectId, documentId);
  const [target, setTarget] = useState<DocumentVersion | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restored, setRestored] = useState<Restored | null>(null);

  const run = useCallback(
    async (versionId: string, name: string, undone = false) => {
      // The server answers with the version it saved just before restoring: the way back.
      const { version: before } = await restore.mutateAsync(versionId);
      setRestored({ name, undo: { id: before.id, name: before.name }, undone });
    },
    [restore],
  );

  const ask = useCallback((version: DocumentVersion) => {
    setError(null);
    setTarget(version);
  }, []);

  const cancel = useCallback(() => setTarget(null), []);

  const confirm = useCallback(
    async (version: DocumentVersion): Promise<boolean> => {
      setError(null);
      try {
        await run(version.id, version.name);
        setTarget(null);
        return true;
      } catch (caught) {
        setError(errorText(caught));
        return false;
      }
    },
    [run],
  );

  const undo = useCallback(
    async (versionId: string) => {
      const name = restored?.name ?? 'a version';
      try {
        await run(versionId, name, true);
      } catch (caught) {
        setRestored(null);
        setError(errorText(caught));
      }
    },
    [run, restored],
  );

  return {
    target,
    ask,
    cancel,
    confirm,
    isPending: restore.isPending,
    error,
    restored,
    undo,
    dismiss: useCallback(() => setRestored(null), []),
  };
}

export type RestoreFlow = ReturnType<typeof useRestoreFlow>;
