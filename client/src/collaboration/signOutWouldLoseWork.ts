import { copiesWithUnsentEdits } from './unsentEditFlags.ts';

/*
 * Whether signing out would throw away words that exist nowhere else. Module-level
 * rather than React state: the sign-out button sits in the header, far from any
 * document, and signing out deletes every copy on this device.
 */

/** How many changes each open document in this tab has sent that the server has not confirmed. */
const counts = new Map<symbol, number>();

/** A handle for one open document's count; forget it when the document closes. */
export function trackUnconfirmedChanges(): { report: (count: number) => void; forget: () => void } {
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

/**
 * Whether any document holds changes that have not reached Roundtable yet: sent from an
 * open document in this tab, or kept in a copy on this device by any page or tab, now
 * or before (the live count alone would miss work written offline in a document that
 * has since been closed). The live count still matters where storage is blocked.
 */
export function signOutWouldLoseWork(): boolean {
  return counts.size > 0 || copiesWithUnsentEdits().length > 0;
}
