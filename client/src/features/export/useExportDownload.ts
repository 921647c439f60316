import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiRequestError, isApiRequestError } from '../../api/ApiRequestError.ts';
import { downloadExport, type ExportRequest, exportPath } from '../../api/downloadExport.ts';
import { saveFile } from './saveFile.ts';

export type ExportState =
  | { phase: 'idle' }
  /** Asked for; the server is still writing the file, which for a long document takes a while. */
  | { phase: 'preparing' }
  | { phase: 'receiving'; received: number; total: number | null }
  | { phase: 'failed'; error: ApiRequestError };

/**
 * Fetches an export, follows its progress and saves the file. Only one export at a
 * time: starting again, stopping, or leaving (the dialog closing) aborts the one in flight.
 */
export function useExportDownload(projectId: string, documentId: string) {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const inFlight = useRef<AbortController | null>(null);
  useEffect(() => () => inFlight.current?.abort(), []);

  /** Resolves with the saved file's name, or null if it failed or was stopped. */
  const start = useCallback(
    async (request: ExportRequest, fallbackName: string): Promise<string | null> => {
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      setState({ phase: 'preparing' });
      try {
        const file = await downloadExport(exportPath(projectId, documentId, request), {
          signal: controller.signal,
          onProgress: ({ received, total }) => setState({ phase: 'receiving', received, total }),
        });
        const filename = file.filename ?? fallbackName;
        saveFile(file.blob, filename);
        setState({ phase: 'idle' });
        return filename;
      } catch (error) {
        if (controller.signal.aborted) return null;
        setState({
          phase: 'failed',
          error: isApiRequestError(error)
            ? error
            : new ApiRequestError(0, 'internal', 'Something went wrong. Please try again.'),
        });
        return null;
      } finally {
        if (inFlight.current === controller) inFlight.current = null;
      }
    },
    [projectId, documentId],
  );

  const stop = useCallback(() => {
    inFlight.current?.abort();
    inFlight.current = null;
    setState({ phase: 'idle' });
  }, []);

  return { state, start, stop };
}
