/**
 * Which proxies in front of Roundtable are believed about the address they forward
 * (X-Forwarded-For), so that limits per address see the real client rather than the
 * proxy: none, the nearest `hops` of them, or those at these addresses and ranges.
 */
export type TrustedProxies = false | number | readonly string[];

type TrustProxyFunction = (address: string, hop: number) => boolean;

/**
 * Fastify's own setting for it. A count becomes a function of our own: Fastify takes a
 * bare count to mean "trust nobody" (a direct client could claim any number of hops),
 * whereas here it means the nearest proxies, as operators expect. Hop 0 is the address
 * the connection comes from; the address seen is the first one not trusted.
 */
export function trustProxyOption(trusted: TrustedProxies): false | TrustProxyFunction | string[] {
  if (trusted === false) return false;
  if (typeof trusted === 'number') return (_address, hop) => hop < trusted;
  return [...trusted];
}
