import type { ExportFormat } from '@roundtable/shared';
import { ApiRequestError } from './ApiRequestError.ts';
import { NETWORK_MESSAGE } from './apiRequest.ts';
import { filenameFromContentDisposition } from './filenameFromContentDisposition.ts';
import { parseApiError } from './parseApiError.ts';

/** What a lead asked to export; the same fields as the server's exportQuery. */
export interface ExportRequest {
  format: ExportFormat;
  /** A version id, or 'current' for the text as it is now. */
  version: string;
  /** Adds a summary of the changes since this version. */
  changesSince?: string | undefined;
  /** Adds the comment threads and their outcomes. */
  comments?: boolean | undefined;
}

export interface ExportProgress {
  received: number;
  /** Null when the server did not say how large the file is. */
  total: number | null;
}

export interface DownloadedExport {
  blob: Blob;
  /** The name the server gave the file, or null if it gave none. */
  filename: string | null;
}

interface DownloadOptions {
  signal: AbortSignal;
  /** The server has made the file and started sending it: from here its size is known. */
  onProgress: (progress: ExportProgress) => void;
}

export function exportPath(projectId: string, documentId: string, request: ExportRequest): string {
  const search = new URLSearchParams({ format: request.format, version: request.version });
  if (request.changesSince) search.set('changesSince', request.changesSince);
  if (request.comments) search.set('comments', '1');
  return `/api/projects/${encodeURIComponent(projectId)}/documents/${encodeURIComponent(documentId)}/export?${search}`;
}

/**
 * Fetches an export as a file, reporting how much of it has arrived. Not through
 * apiRequest: the answer is a file, not JSON, and a long document is worth showing
 * progress for. Rejects with an ApiRequestError to show, or the AbortError of `signal`.
 */
export async function downloadExport(path: string, { signal, onProgress }: DownloadOptions): Promise<DownloadedExport> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', signal });
  } catch (error) {
    throw signal.aborted ? error : new ApiRequestError(0, 'network', NETWORK_MESSAGE);
  }
  if (!response.ok) throw parseApiError(response.status, await jsonOrNull(response));

  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const type = response.headers.get('content-type') ?? '';
  const filename = filenameFromContentDisposition(response.headers.get('content-disposition'));
  onProgress({ received: 0, total });

  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  try {
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        // A compressing proxy can make the body longer than the length it was sent with.
        onProgress({ received: total === null ? received : Math.min(received, total), total });
      }
    } else {
      const buffer = new Uint8Array(await response.arrayBuffer());
      chunks.push(buffer);
      received = buffer.byteLength;
      onProgress({ received, total });
    }
  } catch (error) {
    throw signal.aborted ? error : new ApiRequestError(0, 'network', NETWORK_MESSAGE);
  }
  return { blob: new Blob(chunks, { type }), filename };
}

async function jsonOrNull(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text());
  } catch {
    return null;
  }
}
