import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyLinkField } from './CopyLinkField.tsx';

const URL_TO_SHARE = 'https://roundtable.example/join/abc';

function renderField(key = URL_TO_SHARE) {
  return render(
    <>
      <label htmlFor="share">Link</label>
      <p id="share-hint">Anyone with it can ask to join.</p>
      <CopyLinkField key={key} id="share" url={key} hintId="share-hint" />
    </>,
  );
}

describe('CopyLinkField', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('copies the link and says so, and says what to do when the device will not copy', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    vi.stubGlobal('isSecureContext', true);
    const { rerender } = renderField();
    const field = screen.getByRole('textbox', { name: 'Link' });
    expect(field.getAttribute('aria-describedby')).toBe('share-hint');
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(URL_TO_SHARE);

    // A new link: what was said about the last one goes.
    rerender(
      <>
        <label htmlFor="share">Link</label>
        <p id="share-hint">Anyone with it can ask to join.</p>
        <CopyLinkField key="new" id="share" url="https://roundtable.example/join/new" hintId="share-hint" />
      </>,
    );
    expect(screen.queryByText('Link copied.')).toBeNull();

    writeText.mockRejectedValueOnce(new Error('denied'));
    document.execCommand = vi.fn(() => false);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Could not copy. Select the link and copy it yourself.')).toBeTruthy();
  });
});
