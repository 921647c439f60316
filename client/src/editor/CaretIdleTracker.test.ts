import { Mapping, StepMap } from '@tiptap/pm/transform';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARET_IDLE_ATTRIBUTE, CaretIdleTracker } from './CaretIdleTracker.ts';

const IDLE_MS = 3000;
const noChanges = new Mapping();
/** Text inserted at `at`, `length` characters long. */
const inserted = (at: number, length: number) => new Mapping([new StepMap([at, 0, length])]);

function caret(): HTMLElement {
  return document.createElement('span');
}

const isIdle = (element: HTMLElement) => element.hasAttribute(CARET_IDLE_ATTRIBUTE);

describe('CaretIdleTracker', () => {
  let tracker: CaretIdleTracker;
  beforeEach(() => {
    vi.useFakeTimers();
    tracker = new CaretIdleTracker({ idleAfterMs: IDLE_MS });
  });
  afterEach(() => {
    tracker.destroy();
    vi.useRealTimers();
  });

  it('lets a label step back once its caret has been still for a while', () => {
    const sam = caret();
    tracker.update([{ key: 'sam', element: sam, position: 10 }], noChanges);
    expect(isIdle(sam)).toBe(false);
    vi.advanceTimersByTime(IDLE_MS - 1);
    tracker.update([{ key: 'sam', element: sam, position: 10 }], noChanges);
    expect(isIdle(sam)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(isIdle(sam)).toBe(true);
  });

  it('brings the full label back when the caret moves, or its owner types', () => {
    const sam = caret();
    tracker.update([{ key: 'sam', element: sam, position: 10 }], noChanges);
    vi.advanceTimersByTime(IDLE_MS);
    tracker.update([{ key: 'sam', element: sam, position: 14 }], noChanges);
    expect(isIdle(sam)).toBe(false);

    vi.advanceTimersByTime(IDLE_MS);
    tracker.update([{ key: 'sam', element: sam, position: 17 }], inserted(14, 3));
    expect(isIdle(sam)).toBe(false);
  });

  it('leaves a still caret idle when someone else’s typing before it shifts it along', () => {
    const sam = caret();
    tracker.update([{ key: 'sam', element: sam, position: 10 }], noChanges);
    vi.advanceTimersByTime(IDLE_MS);
    tracker.update([{ key: 'sam', element: sam, position: 15 }], inserted(2, 5));
    expect(isIdle(sam)).toBe(true);
  });

  it('keeps the idle look when a still caret is drawn afresh', () => {
    tracker.update([{ key: 'sam', element: caret(), position: 10 }], noChanges);
    vi.advanceTimersByTime(IDLE_MS);
    const redrawn = caret();
    tracker.update([{ key: 'sam', element: redrawn, position: 10 }], noChanges);
    expect(isIdle(redrawn)).toBe(true);
  });

  it('forgets people who have left, and starts afresh if they come back', () => {
    tracker.update([{ key: 'sam', element: caret(), position: 10 }], noChanges);
    vi.advanceTimersByTime(IDLE_MS);
    tracker.update([], noChanges);
    const back = caret();
    tracker.update([{ key: 'sam', element: back, position: 10 }], noChanges);
    expect(isIdle(back)).toBe(false);
  });
});
