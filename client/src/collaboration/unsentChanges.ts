/*
 * How many changes each open document holds that the server has not confirmed yet.
 * Module-level rather than React state: signing out clears this device's copies, and
 * the sign-out button (in the header, far from any document) must ask before that
 * throws away words that exist nowhere else.
 */

const counts = new Map<symbol, number>();

/** A handle for one open document's count; forget it when the document closes. */
export function trackUnsentChanges(): { report: (count: number) => void; forget: () => void } {
  const key = Symbol('open document');
  return {
    report: (count) => {
      if (count > 0) counts.set(key, count);
      else counts.delete(key);
    },
    forget: () => {
      counts.delete(key);
    },
  };
}

/** Whether any open document has changes that have not reached Roundtable yet. */
export function hasUnsentChanges(): boolean {
  return counts.size > 0;
}
