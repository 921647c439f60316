import { describe, expect, it } from 'vitest';
import { TypingPause } from './TypingPause.ts';

/** A clock and timers the test moves by hand. */
function manualTime() {
  let now = 0;
  let timers: { at: number; callback: () => void; handle: number }[] = [];
  let next = 1;
  return {
    now: () => now,
    schedule: (callback: () => void, delayMs: number) => {
      const handle = next++;
      timers.push({ at: now + delayMs, callback, handle });
      return handle;
    },
    cancel: (handle: unknown) => {
      timers = timers.filter((timer) => timer.handle !== handle);
    },
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((timer) => timer !== due);
        now = due.at;
        due.callback();
      }
      now = until;
    },
  };
}

describe('TypingPause', () => {
  function setUp() {
    const time = manualTime();
    let lastTypedAt = Number.NEGATIVE_INFINITY;
    const pause = new TypingPause({ pauseMs: 2000, lastTypedAt: () => lastTypedAt, ...time });
    const moves: string[] = [];
    return {
      time,
      pause,
      moves,
      type: () => {
        lastTypedAt = time.now();
      },
    };
  }

  it('moves someone who is not typing at once', () => {
    const { pause, moves } = setUp();
    pause.whenPaused(() => moves.push('transport'));
    expect(moves).toEqual(['transport']);
    expect(pause.waiting).toBe(false);
  });

  it('waits while someone keeps typing, and moves them once they pause', () => {
    const { time, pause, moves, type } = setUp();
    type();
    time.advance(500);
    pause.whenPaused(() => moves.push('transport'));
    expect(moves).toEqual([]);
    expect(pause.waiting).toBe(true);
    // Still typing every second: never a two-second pause.
    for (let n = 0; n < 5; n++) {
      time.advance(1000);
      type();
    }
    expect(moves).toEqual([]);
    time.advance(1999);
    expect(moves).toEqual([]);
    time.advance(1);
    expect(moves).toEqual(['transport']);
    expect(pause.waiting).toBe(false);
  });

  it('takes someone only to the latest place, and can forget it', () => {
    const { time, pause, moves, type } = setUp();
    type();
    pause.whenPaused(() => moves.push('transport'));
    time.advance(1000);
    pause.whenPaused(() => moves.push('housing'));
    time.advance(5000);
    expect(moves).toEqual(['housing']);

    type();
    pause.whenPaused(() => moves.push('health'));
    pause.drop();
    time.advance(5000);
    expect(moves).toEqual(['housing']);
  });
});
