/** Whether this device plays a sound near the end of the timer: off unless the person switches it on. */
const STORAGE_KEY = 'roundtable:workshop-timer-sound';

export function readTimerSoundChoice(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

export function storeTimerSoundChoice(on: boolean): void {
  try {
    if (on) localStorage.setItem(STORAGE_KEY, 'on');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be switched off; the choice then lasts until the page closes.
  }
}

let context: AudioContext | null = null;

/**
 * A short, soft chime made on the spot (nothing to download): one note at a minute left,
 * two falling notes when time is up. Quiet rather than alarming, and silent where the
 * browser has no audio.
 */
export function playTimerChime(kind: 'nearly-up' | 'up'): void {
  if (typeof AudioContext === 'undefined') return;
  try {
    context ??= new AudioContext();
    void context.resume();
    const notes = kind === 'up' ? [784, 587] : [659];
    notes.forEach((frequency, index) => {
      if (!context) return;
      const start = context.currentTime + index * 0.35;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      // Rising and falling gently, so the note neither clicks nor startles.
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(0.2, start + 0.04);
      gain.gain.exponentialRampToValueAtTime(0.001, start + 0.6);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.65);
    });
  } catch {
    // A browser that refuses audio just stays quiet: the sound is an extra, never the only sign.
  }
}
