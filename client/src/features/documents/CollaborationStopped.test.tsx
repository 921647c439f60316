import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { createRef, type ReactNode, type RefObject } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnnouncerProvider } from '../../a11y/AnnouncerProvider.tsx';
import type { StopReason } from '../../collaboration/stopReason.ts';
import { CollaborationStopped, type DeviceCopyHandlers } from './CollaborationStopped.tsx';

function Page({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={new QueryClient()}>
      <AnnouncerProvider>
        <MemoryRouter>{children}</MemoryRouter>
      </AnnouncerProvider>
    </QueryClientProvider>
  );
}

function deviceCopyHandlers() {
  return {
    save: vi.fn(() => 'Our strategy – copy from this device, 7 December 2026.html'),
    clear: vi.fn(async () => {}),
    sendKept: vi.fn(),
  } satisfies DeviceCopyHandlers;
}

function renderStopped(reason: StopReason, archived = false) {
  const editingRegion = createRef<HTMLDivElement>();
  const deviceCopy = deviceCopyHandlers();
  const view = render(
    <Page>
      <CollaborationStopped
        reason={reason}
        projectId="p1"
        editingRegion={editingRegion}
        deviceCopy={deviceCopy}
        archived={archived}
      />
    </Page>,
  );
  return { ...view, deviceCopy };
}

/** A page whose editor stays in place while the explanation appears above it. */
function StoppingDocument({
  stopped,
  editingRegion,
}: {
  stopped: boolean;
  editingRegion: RefObject<HTMLDivElement | null>;
}) {
  return (
    <Page>
      {stopped ? (
        <CollaborationStopped
          reason="NotSignedIn"
          projectId="p1"
          editingRegion={editingRegion}
          deviceCopy={deviceCopyHandlers()}
          archived={false}
        />
      ) : null}
      <div ref={editingRegion}>
        <textarea aria-label="Document text" />
      </div>
    </Page>
  );
}

describe('CollaborationStopped', () => {
  afterEach(() => vi.useRealTimers());

  it('offers a copy of the document first when the server refuses a change, and says so politely once saved', async () => {
    vi.useFakeTimers();
    const { deviceCopy } = renderStopped('DocumentTooLarge');
    expect(screen.queryByRole('button', { name: 'Reload the page' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Discard/ })).toBeNull();

    const saveButton = screen.getByRole('button', { name: 'Save a copy of this document' });
    saveButton.focus();
    fireEvent.click(saveButton);
    expect(deviceCopy.save).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/Saved to your downloads as/).textContent).toContain(
      'Our strategy – copy from this device, 7 December 2026.html',
    );
    // Focus stays where the person was; the news is read out politely, not as an alert.
    expect(document.activeElement).toBe(saveButton);
    await act(async () => vi.advanceTimersByTimeAsync(200));
    expect(screen.getByTestId('announcer').textContent).toMatch(/A copy of the document was saved to your downloads/);
    expect(screen.getByRole('alert').textContent).not.toMatch(/Saved to your downloads/);
  });

  it('clears this device’s copy only after saying plainly what would be lost without a copy', async () => {
    const { deviceCopy } = renderStopped('DocumentTooLarge');
    fireEvent.click(screen.getByRole('button', { name: 'Clear this device’s copy' }));
    const warning = screen.getByRole('alertdialog', { name: 'Clear this device’s copy without saving it?' });
    expect(warning.textContent).toMatch(/No copy has been saved from this page/);
    expect(warning.textContent).toMatch(/Some may be other people’s, kept only on this device/);
    expect(warning.textContent).toMatch(/cannot be undone/);
    expect(deviceCopy.clear).not.toHaveBeenCalled();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Clear without a copy' })));
    expect(deviceCopy.clear).toHaveBeenCalledTimes(1);
  });

  it('asks more simply once a copy was saved', async () => {
    const { deviceCopy } = renderStopped('MessageTooBig');
    fireEvent.click(screen.getByRole('button', { name: 'Save a copy of this document' }));
    fireEvent.click(screen.getByRole('button', { name: 'Clear this device’s copy' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Clear this device’s copy?' });
    expect(dialog.textContent).toMatch(/You saved a copy as Our strategy/);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Clear and reload' })));
    expect(deviceCopy.clear).toHaveBeenCalledTimes(1);
  });

  it.each(['MessageTooBig', 'ForgedClientId', 'MalformedMessage'] as const)(
    'offers the same way out after %s, which refuses a change this device would send again',
    (reason) => {
      renderStopped(reason);
      expect(screen.getByRole('button', { name: 'Save a copy of this document' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Clear this device’s copy' })).toBeTruthy();
    },
  );

  it('does not offer to clear anything when the stop has nothing to do with this device', () => {
    renderStopped('OriginRefused');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Clear/ })).toBeNull();
  });

  it('tells a page that is out of date to reload, keeping its changes', () => {
    renderStopped('ReloadNeeded');
    expect(screen.getByRole('alert').textContent).toContain(
      'Roundtable has been updated. Reload the page to keep editing; your changes are kept on this device.',
    );
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Clear/ })).toBeNull();
  });

  it('says plainly that the last changes were not saved because the document was archived, and keeps them', () => {
    renderStopped('KeptWhileArchived', true);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/Your last changes could not be saved/);
    expect(alert.textContent).toMatch(/This document was archived, so Roundtable could not save your last changes/);
    expect(alert.textContent).toMatch(/kept on this device/);
    expect(screen.getByRole('button', { name: 'Save a copy of this document' })).toBeTruthy();
    // Sending them to an archived document would only be refused again.
    expect(screen.queryByRole('button', { name: 'Send my changes to the document' })).toBeNull();
  });

  it('lets the person send the kept changes once the document is restored', () => {
    const { deviceCopy } = renderStopped('KeptWhileArchived', false);
    expect(screen.getByRole('alert').textContent).toMatch(/restored since/);
    fireEvent.click(screen.getByRole('button', { name: 'Send my changes to the document' }));
    expect(deviceCopy.sendKept).toHaveBeenCalledTimes(1);
  });

  it('takes focus from the editor that has just stopped', () => {
    const editingRegion = createRef<HTMLDivElement>();
    const { rerender } = render(<StoppingDocument stopped={false} editingRegion={editingRegion} />);
    const editor = screen.getByRole('textbox', { name: 'Document text' });
    editor.focus();
    rerender(<StoppingDocument stopped editingRegion={editingRegion} />);
    // Still the same editor, now behind the explanation.
    expect(screen.getByRole('textbox', { name: 'Document text' })).toBe(editor);
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Editing has stopped' }));
  });

  it('leaves focus alone when the person is busy elsewhere on the page', () => {
    const editingRegion = createRef<HTMLDivElement>();
    const elsewhere = document.createElement('textarea');
    document.body.append(elsewhere);
    elsewhere.focus();
    render(
      <Page>
        <CollaborationStopped
          reason="AccessRevoked"
          projectId="p1"
          editingRegion={editingRegion}
          deviceCopy={deviceCopyHandlers()}
          archived={false}
        />
        <div ref={editingRegion} />
      </Page>,
    );
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });
});
