import type { DocumentVersion, VersionsResponse } from '@roundtable/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnnouncerContext } from '../../a11y/AnnouncerContext.ts';
import { ExportDialog } from './ExportDialog.tsx';

const version = (id: string, name: string, upToUpdateId: number): DocumentVersion => ({
  id,
  name,
  kind: 'named',
  createdById: null,
  createdAt: '2026-06-01T09:00:00.000Z',
  upToUpdateId,
});
const versions: VersionsResponse = {
  versions: [version('v2', 'Draft 2', 20), version('v1', 'Draft 1', 10)],
  people: [],
};
const versionsPath = '/api/projects/p1/documents/d1/versions';

/** Answers the versions list, and each export request with the next of `exports`. */
function fakeServer(...exports: Response[]) {
  const requests: string[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const path = String(input);
    if (path === versionsPath) return Response.json(versions);
    requests.push(path);
    return (
      exports.shift() ?? Response.json({ error: { code: 'internal', message: 'No more fakes.' } }, { status: 500 })
    );
  });
  return requests;
}

function renderDialog(onExported = vi.fn(), onClose = vi.fn()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <AnnouncerContext.Provider value={{ announce: () => {} }}>
        <ExportDialog
          projectId="p1"
          documentId="d1"
          title="Our strategy"
          version="current"
          onClose={onClose}
          onExported={onExported}
        />
      </AnnouncerContext.Provider>
    </QueryClientProvider>,
  );
  return screen.getByRole('dialog', { name: 'Export “Our strategy”' });
}

describe('ExportDialog', () => {
  let saved: HTMLAnchorElement[] = [];
  // jsdom has no object URLs: stand-ins, put back after each test.
  const { createObjectURL, revokeObjectURL } = URL;
  beforeEach(() => {
    saved = [];
    URL.createObjectURL = () => 'blob:export';
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this);
    });
  });
  afterEach(() => {
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('asks for the chosen format and summary of changes, and saves the file under the server’s name', async () => {
    const requests = fakeServer(
      new Response('# Our strategy', {
        headers: {
          'content-type': 'text/markdown; charset=utf-8',
          'content-disposition': 'attachment; filename="x.md"; filename*=UTF-8\'\'Our%20strategy%20%E2%80%93%20Now.md',
        },
      }),
    );
    const onExported = vi.fn();
    const dialog = renderDialog(onExported);
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Markdown (.md)' }));
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: /summary of changes/ }));
    expect(within(dialog).getByRole('button', { name: /Changes since/ }).textContent).toContain('Draft 2');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }));

    await vi.waitFor(() => expect(onExported).toHaveBeenCalledWith('Our strategy – Now.md'));
    expect(requests).toEqual(['/api/projects/p1/documents/d1/export?format=md&version=current&changesSince=v2']);
    expect(saved.map((link) => [link.download, link.href])).toEqual([['Our strategy – Now.md', 'blob:export']]);
  });

  it('says why an export failed, and tries again from the same choices', async () => {
    const requests = fakeServer(
      Response.json(
        { error: { code: 'forbidden', message: 'Only a lead of this project can do that.' } },
        { status: 403 },
      ),
      new Response('%PDF', { headers: { 'content-type': 'application/pdf' } }),
    );
    const onExported = vi.fn();
    const dialog = renderDialog(onExported);
    fireEvent.click(within(dialog).getByRole('radio', { name: 'PDF' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }));

    expect(await within(dialog).findByText('Only a lead of this project can do that.')).toBeTruthy();
    expect(onExported).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    // No name from the server: the same name it would have given.
    await vi.waitFor(() => expect(onExported).toHaveBeenCalledWith('Our strategy – Current text.pdf'));
    expect(requests).toHaveLength(2);
    expect(requests[1]).toBe(requests[0]);
  });
});
