import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionState } from '../../collaboration/connectionState.ts';
import { useSettledConnectionState } from './useSettledConnectionState.ts';

describe('useSettledConnectionState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps showing "saved" through the brief unconfirmed moment of each keystroke', () => {
    const { result, rerender } = renderHook(({ state }) => useSettledConnectionState(state), {
      initialProps: { state: 'saved' as ConnectionState },
    });
    rerender({ state: 'connected' });
    act(() => vi.advanceTimersByTime(500));
    expect(result.current).toBe('saved');
    rerender({ state: 'saved' });
    act(() => vi.advanceTimersByTime(2000));
    expect(result.current).toBe('saved');
  });

  it('shows "connected" when changes stay unconfirmed, and bad news at once', () => {
    const { result, rerender } = renderHook(({ state }) => useSettledConnectionState(state), {
      initialProps: { state: 'saved' as ConnectionState },
    });
    rerender({ state: 'connected' });
    act(() => vi.advanceTimersByTime(1600));
    expect(result.current).toBe('connected');
    rerender({ state: 'offline' });
    expect(result.current).toBe('offline');
  });
});
