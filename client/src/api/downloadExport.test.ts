import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadExport, type ExportProgress, exportPath } from './downloadExport.ts';

/** A response whose body arrives in the given pieces, as a slow connection delivers it. */
function streamed(pieces: string[], headers: Record<string, string>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(encoder.encode(piece));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers });
}

describe('exportPath', () => {
  it('sends only the choices that are made', () => {
    expect(exportPath('p 1', 'd1', { format: 'docx', version: 'current' })).toBe(
      '/api/projects/p%201/documents/d1/export?format=docx&version=current',
    );
    expect(exportPath('p1', 'd1', { format: 'md', version: 'v2', changesSince: 'v1', comments: true })).toBe(
      '/api/projects/p1/documents/d1/export?format=md&version=v2&changesSince=v1&comments=1',
    );
  });
});

describe('downloadExport', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports progress against the length the server gave, and keeps the file’s name and type', async () => {
    vi.stubGlobal('fetch', async () =>
      streamed(['# Our', ' strategy'], {
        'content-type': 'text/markdown; charset=utf-8',
        'content-length': '14',
        'content-disposition':
          'attachment; filename="Our strategy - Now.md"; filename*=UTF-8\'\'Our%20strategy%20%E2%80%93%20Now.md',
      }),
    );
    const progress: ExportProgress[] = [];
    const file = await downloadExport('/export', {
      signal: new AbortController().signal,
      onProgress: (step) => progress.push(step),
    });
    expect(progress).toEqual([
      { received: 0, total: 14 },
      { received: 5, total: 14 },
      { received: 14, total: 14 },
    ]);
    expect(file.filename).toBe('Our strategy – Now.md');
    expect(file.blob.type).toBe('text/markdown; charset=utf-8');
    expect(file.blob.size).toBe(14);
  });

  it('rejects with the server’s plain-English message', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json(
        { error: { code: 'forbidden', message: 'Only a lead of this project can do that.' } },
        { status: 403 },
      ),
    );
    await expect(
      downloadExport('/export', { signal: new AbortController().signal, onProgress: () => {} }),
    ).rejects.toMatchObject({ status: 403, message: 'Only a lead of this project can do that.' });
  });

  it('says the connection failed, unless the person stopped the export themselves', async () => {
    vi.stubGlobal('fetch', async (_path: string, init: RequestInit) => {
      if (init.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
      throw new TypeError('Failed to fetch');
    });
    await expect(
      downloadExport('/export', { signal: new AbortController().signal, onProgress: () => {} }),
    ).rejects.toMatchObject({ code: 'network' });
    const stopped = new AbortController();
    stopped.abort();
    await expect(downloadExport('/export', { signal: stopped.signal, onProgress: () => {} })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
