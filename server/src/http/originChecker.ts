/**
 * Whether a browser request comes from Roundtable's own pages. With a configured public
 * origin, only that one; otherwise the page must come from the host it is talking to.
 * Requests without an Origin header are not from a cross-site page (browsers always send
 * it on websockets and cross-site writes), so they pass.
 */
export function originChecker(publicOrigin: string | undefined) {
  return (origin: string | undefined, host: string | undefined): boolean => {
    if (origin === undefined) return true;
    if (publicOrigin) return origin === publicOrigin;
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  };
}
