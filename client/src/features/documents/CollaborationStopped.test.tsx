import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { createRef, type ReactNode, type RefObject } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { StopReason } from '../../collaboration/stopReason.ts';
import { CollaborationStopped } from './CollaborationStopped.tsx';

function Page({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>{children}</MemoryRouter>
    </QueryClientProvider>
  );
}

function renderStopped(reason: StopReason, onDiscardUnsent = vi.fn(async () => {})) {
  const editingRegion = createRef<HTMLDivElement>();
  const view = render(
    <Page>
      <CollaborationStopped
        reason={reason}
        projectId="p1"
        editingRegion={editingRegion}
        onDiscardUnsent={onDiscardUnsent}
      />
    </Page>,
  );
  return { ...view, onDiscardUnsent };
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
          onDiscardUnsent={async () => {}}
        />
      ) : null}
      <div ref={editingRegion}>
        <textarea aria-label="Document text" />
      </div>
    </Page>
  );
}

describe('CollaborationStopped', () => {
  it('offers to discard a change the server refuses, after asking', async () => {
    const { onDiscardUnsent } = renderStopped('DocumentTooLarge');
    expect(screen.queryByRole('button', { name: 'Reload the page' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Discard my unsent changes and reload' }));
    expect(screen.getByRole('alertdialog').textContent).toMatch(/cannot be undone/);
    expect(onDiscardUnsent).not.toHaveBeenCalled();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Discard and reload' })));
    expect(onDiscardUnsent).toHaveBeenCalledTimes(1);
  });

  it.each(['MessageTooBig', 'ForgedClientId', 'MalformedMessage'] as const)(
    'offers the same way out after %s, which refuses a change this device would send again',
    (reason) => {
      renderStopped(reason);
      expect(screen.getByRole('button', { name: 'Discard my unsent changes and reload' })).toBeTruthy();
    },
  );

  it('does not offer to discard anything when the stop has nothing to do with this device', () => {
    renderStopped('OriginRefused');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Discard/ })).toBeNull();
  });

  it('takes focus from the editor that has just stopped', () => {
    const editingRegion = createRef<HTMLDivElement>();
    const { rerender } = render(<StoppingDocument stopped={false} editingRegion={editingRegion} />);
    const editor = screen.getByRole('textbox', { name: 'Document text' });
    editor.focus();
    rerender(<StoppingDocument stopped editingRegion={editingRegion} />);
    // Still the same editor, now behind the explanation.
    expect(screen.getByRole('textbox', { name: 'Document text' })).toBe(editor);
    expect(document.activeElement).toBe(screen.getByRole('alert'));
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
          onDiscardUnsent={async () => {}}
        />
        <div ref={editingRegion} />
      </Page>,
    );
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });
});
