import { useCallback, useState } from 'react';
import { playTimerChime, readTimerSoundChoice, storeTimerSoundChoice } from './timerSound.ts';

/** Whether the timer's chime plays on this device, kept through reloads; off until the person switches it on. */
export function useTimerSoundChoice(): [boolean, (on: boolean) => void] {
  const [soundOn, setSoundOn] = useState(readTimerSoundChoice);
  const choose = useCallback((on: boolean) => {
    setSoundOn(on);
    storeTimerSoundChoice(on);
    // Heard once on switching on, so the person knows what to listen for and how loud it is.
    if (on) playTimerChime('nearly-up');
  }, []);
  return [soundOn, choose];
}
