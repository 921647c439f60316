import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRovingFocus } from './useRovingFocus.ts';

function Bar() {
  const { containerRef, containerProps, tabIndexFor } = useRovingFocus<HTMLDivElement>();
  return (
    <div role="toolbar" aria-label="Formatting" ref={containerRef} {...containerProps}>
      {['Bold', 'Italic', 'Quote'].map((label, index) => (
        <button key={label} type="button" data-roving-item tabIndex={tabIndexFor(index)}>
          {label}
        </button>
      ))}
    </div>
  );
}

describe('useRovingFocus', () => {
  it('keeps one tab stop and moves it with the arrow keys, Home and End', () => {
    render(<Bar />);
    const [bold, italic, quote] = screen.getAllByRole('button') as [HTMLElement, HTMLElement, HTMLElement];
    expect([bold.tabIndex, italic.tabIndex, quote.tabIndex]).toEqual([0, -1, -1]);

    act(() => bold.focus());
    fireEvent.keyDown(bold, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(italic);
    expect([bold.tabIndex, italic.tabIndex, quote.tabIndex]).toEqual([-1, 0, -1]);

    fireEvent.keyDown(italic, { key: 'End' });
    expect(document.activeElement).toBe(quote);
    fireEvent.keyDown(quote, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(bold);
    fireEvent.keyDown(bold, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(quote);
    fireEvent.keyDown(quote, { key: 'Home' });
    expect(document.activeElement).toBe(bold);
  });
});
