import { useSyncExternalStore } from 'react';

/** A phone or tablet used by touch alone: no mouse to point with, and most likely no keyboard. */
const TOUCH_ONLY = '(hover: none) and (pointer: coarse)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia?.(TOUCH_ONLY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const touchOnlyNow = () => window.matchMedia?.(TOUCH_ONLY).matches ?? false;

/**
 * Whether this device is used by touch alone, so help about pointing or keyboard
 * shortcuts would only confuse. Follows the device as it changes (a keyboard or mouse
 * connected to a tablet).
 */
export function useTouchOnly(): boolean {
  return useSyncExternalStore(subscribe, touchOnlyNow, () => false);
}
