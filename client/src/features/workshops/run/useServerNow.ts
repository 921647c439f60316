import { useEffect, useState } from 'react';

const TICK_MS = 250;

/**
 * The server's clock as this page reckons it (this device's clock plus the offset),
 * read afresh several times a second while `ticking`, so a countdown moves smoothly
 * and every screen reaches zero together.
 */
export function useServerNow(offsetMs: number, ticking: boolean): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setTick((tick) => tick + 1), TICK_MS);
    return () => clearInterval(timer);
  }, [ticking]);
  return Date.now() + offsetMs;
}
