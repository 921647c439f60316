import { WorkshopRunLimits } from '@roundtable/shared';
import { useEffect, useRef } from 'react';
import { useAnnouncer } from '../../../a11y/useAnnouncer.ts';
import { playTimerChime } from './timerSound.ts';

/**
 * Says so, politely, as the running timer passes one minute left and as it reaches zero,
 * with a chime too where the person switched sound on. Only on passing: someone arriving
 * with 30 seconds left is not told it is one minute.
 */
export function useTimerCues(remainingMs: number | null, running: boolean, soundOn: boolean): void {
  const { announce } = useAnnouncer();
  const before = useRef<number | null>(null);
  useEffect(() => {
    const previous = before.current;
    before.current = running ? remainingMs : null;
    if (!running || previous === null || remainingMs === null) return;
    const nearlyUp = WorkshopRunLimits.nearlyUpMs;
    if (previous > nearlyUp && remainingMs <= nearlyUp && remainingMs > 0) {
      announce('One minute left on the timer.');
      if (soundOn) playTimerChime('nearly-up');
    }
    if (previous > 0 && remainingMs === 0) {
      announce('Time is up.');
      if (soundOn) playTimerChime('up');
    }
  }, [remainingMs, running, soundOn, announce]);
}
