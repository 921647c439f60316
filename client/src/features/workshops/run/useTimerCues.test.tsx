import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AnnouncerContext } from '../../../a11y/AnnouncerContext.ts';
import { useTimerCues } from './useTimerCues.ts';

function setUp(initial: { remaining: number | null; running: boolean }) {
  const announce = vi.fn();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AnnouncerContext.Provider value={{ announce }}>{children}</AnnouncerContext.Provider>
  );
  const hook = renderHook(({ remaining, running }) => useTimerCues(remaining, running, false), {
    wrapper,
    initialProps: initial,
  });
  return { announce, ...hook };
}

describe('the timer’s cues for screen readers', () => {
  it('says one minute left and time is up once each, as the running timer passes them', () => {
    const { announce, rerender } = setUp({ remaining: 62_000, running: true });
    rerender({ remaining: 61_000, running: true });
    expect(announce).not.toHaveBeenCalled();
    rerender({ remaining: 60_000, running: true });
    rerender({ remaining: 59_750, running: true });
    expect(announce).toHaveBeenCalledTimes(1);
    expect(announce).toHaveBeenLastCalledWith('One minute left on the timer.');
    rerender({ remaining: 250, running: true });
    rerender({ remaining: 0, running: true });
    rerender({ remaining: 0, running: true });
    expect(announce).toHaveBeenCalledTimes(2);
    expect(announce).toHaveBeenLastCalledWith('Time is up.');
  });

  it('says nothing on arriving late, or while the timer is paused', () => {
    const { announce, rerender } = setUp({ remaining: 30_000, running: true });
    rerender({ remaining: 29_000, running: true });
    rerender({ remaining: 90_000, running: false });
    rerender({ remaining: 50_000, running: false });
    // Started again under a minute: it was not running a moment ago, so no "one minute left".
    rerender({ remaining: 50_000, running: true });
    rerender({ remaining: 49_000, running: true });
    expect(announce).not.toHaveBeenCalled();
  });

  it('says time is up when it jumps straight there', () => {
    const { announce, rerender } = setUp({ remaining: 120_000, running: true });
    rerender({ remaining: 0, running: true });
    expect(announce).toHaveBeenCalledWith('Time is up.');
  });
});
