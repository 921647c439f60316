import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AnnouncerContext } from '../../a11y/AnnouncerContext.ts';
import { renameAnnouncement, useRenameAnnouncement } from './useRenameAnnouncement.ts';

describe('renameAnnouncement', () => {
  it('says what the document is called now', () => {
    expect(renameAnnouncement('Our strategy', 'Older people’s strategy', null)).toBe(
      'The document was renamed to “Older people’s strategy”.',
    );
  });

  it('says nothing when the title did not change, or when this person renamed it', () => {
    expect(renameAnnouncement('Our strategy', 'Our strategy', null)).toBeNull();
    expect(renameAnnouncement('Our strategy', 'Draft', 'Draft')).toBeNull();
  });
});

describe('useRenameAnnouncement', () => {
  function setUp() {
    const announce = vi.fn();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <AnnouncerContext.Provider value={{ announce }}>{children}</AnnouncerContext.Provider>
    );
    const hook = renderHook(({ title }) => useRenameAnnouncement(title), {
      wrapper,
      initialProps: { title: 'Our strategy' },
    });
    return { announce, ...hook };
  }

  it('announces a rename by someone else, once, and nothing on first open', () => {
    const { announce, rerender } = setUp();
    expect(announce).not.toHaveBeenCalled();
    rerender({ title: 'SEND strategy' });
    rerender({ title: 'SEND strategy' });
    expect(announce).toHaveBeenCalledTimes(1);
    expect(announce).toHaveBeenCalledWith('The document was renamed to “SEND strategy”.');
  });

  it('stays quiet about this person’s own rename, but not about a later one back to the same title', () => {
    const { announce, rerender, result } = setUp();
    result.current('Draft');
    rerender({ title: 'Draft' });
    expect(announce).not.toHaveBeenCalled();
    rerender({ title: 'Final' });
    rerender({ title: 'Draft' });
    expect(announce).toHaveBeenLastCalledWith('The document was renamed to “Draft”.');
    expect(announce).toHaveBeenCalledTimes(2);
  });
});
