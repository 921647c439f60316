import { describe, expect, it } from 'vitest';
import { Announcer } from './Announcer.ts';

function fakeClock() {
  let time = 0;
  const timers: { at: number; callback: () => void; id: number }[] = [];
  let nextId = 1;
  return {
    now: () => time,
    schedule: (callback: () => void, delayMs: number) => {
      const id = nextId++;
      timers.push({ at: time + delayMs, callback, id });
      return id;
    },
    cancel: (handle: unknown) => {
      const index = timers.findIndex((timer) => timer.id === handle);
      if (index >= 0) timers.splice(index, 1);
    },
    advance(ms: number) {
      time += ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const due = timers[0];
        if (!due || due.at > time) break;
        timers.shift();
        due.callback();
      }
    },
  };
}

function setup(maxMessagesPerAnnouncement = 3) {
  const clock = fakeClock();
  const spoken: string[] = [];
  const announcer = new Announcer({
    minIntervalMs: 2000,
    maxMessagesPerAnnouncement,
    speak: (text) => spoken.push(text),
    now: clock.now,
    schedule: clock.schedule,
    cancel: clock.cancel,
  });
  return { clock, spoken, announcer };
}

describe('Announcer', () => {
  it('speaks messages raised together as one announcement', () => {
    const { clock, spoken, announcer } = setup();
    announcer.announce('Sam joined');
    announcer.announce('Priya left');
    expect(spoken).toEqual([]);
    clock.advance(0);
    expect(spoken).toEqual(['Sam joined. Priya left.']);
  });

  it('waits out the interval before speaking again, then coalesces the backlog', () => {
    const { clock, spoken, announcer } = setup();
    announcer.announce('Sam joined');
    clock.advance(0);
    announcer.announce('Priya joined');
    clock.advance(500);
    announcer.announce('Alex joined');
    clock.advance(1000);
    expect(spoken).toEqual(['Sam joined.']);
    clock.advance(500);
    expect(spoken).toEqual(['Sam joined.', 'Priya joined. Alex joined.']);
  });

  it('drops a repeated message that is still waiting', () => {
    const { clock, spoken, announcer } = setup();
    announcer.announce('Sam joined');
    announcer.announce('Sam joined');
    clock.advance(0);
    expect(spoken).toEqual(['Sam joined.']);
  });

  it('summarises a long burst as a count', () => {
    const { clock, spoken, announcer } = setup(2);
    for (const name of ['A', 'B', 'C', 'D']) announcer.announce(`${name} joined`);
    clock.advance(0);
    expect(spoken).toEqual(['A joined. B joined. And 2 more updates.']);
  });

  it('ignores empty messages and says nothing after dispose', () => {
    const { clock, spoken, announcer } = setup();
    announcer.announce('   ');
    announcer.announce('Sam joined');
    announcer.dispose();
    clock.advance(5000);
    expect(spoken).toEqual([]);
  });
});
