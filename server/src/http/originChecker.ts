import { isLoopbackName } from './isLoopbackName.ts';

/**
 * Where a request says it is going (Host) and which page sent it (Origin), judged:
 * - `ours`: carry on;
 * - `unknown-host`: addressed to a name this server does not answer to;
 * - `other-origin`: sent by a page from another site.
 */
export type RequestSource = 'ours' | 'unknown-host' | 'other-origin';

/** Host header values: a name or address, in brackets for IPv6, and perhaps a port. */
const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i;

/**
 * Whether a browser request comes from Roundtable's own pages.
 *
 * With a configured public origin, a page must come from that origin. Host is not
 * checked: a reverse proxy may pass on a name of its own.
 *
 * Without one, Roundtable listens on this machine only, and both the Host it is asked
 * for and the page's Origin must be loopback names (any port, so a development server
 * in front works). A page from another site whose name was pointed at this machine (DNS
 * rebinding) would otherwise pass as same-origin and could, say, create the first account.
 *
 * Requests without an Origin header are not from a cross-site page (browsers always send
 * it on websockets and cross-site writes), so they pass the origin check.
 */
export function originChecker(publicOrigin: string | undefined) {
  return (origin: string | undefined, host: string | undefined): RequestSource => {
    if (publicOrigin) return origin === undefined || origin === publicOrigin ? 'ours' : 'other-origin';
    const hostname = host === undefined ? undefined : HOST_HEADER.exec(host)?.[1];
    if (hostname === undefined || !isLoopbackName(hostname)) return 'unknown-host';
    if (origin === undefined) return 'ours';
    return isLoopbackOrigin(origin) ? 'ours' : 'other-origin';
  };
}

function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === origin && isLoopbackName(url.hostname)
    );
  } catch {
    return false;
  }
}
