import { isIP } from 'node:net';
import { isLoopbackName } from './http/isLoopbackName.ts';
import type { TrustedProxies } from './http/TrustedProxies.ts';

/** Where Roundtable listens, the address people use, and which proxies it believes. */
export interface NetworkSettings {
  host: string;
  /** e.g. https://roundtable.example.gov.uk — the only origin allowed to call the API and connect. */
  publicOrigin: string | undefined;
  trustProxy: TrustedProxies;
  /** Said once at start-up: settings that work but should be written differently. */
  warnings: string[];
}

const EXAMPLE_ORIGIN = 'https://roundtable.example.gov.uk';
/** The names proxy-addr (under Fastify) knows for whole ranges. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** HOST, PUBLIC_ORIGIN and TRUST_PROXY, checked together: each says something about the others. */
export function readNetworkSettings(env: NodeJS.ProcessEnv): NetworkSettings {
  const host = env.HOST || '127.0.0.1';
  const publicOrigin = readPublicOrigin(env.PUBLIC_ORIGIN);
  if (!publicOrigin && !isLoopbackName(host)) {
    throw new Error(
      `HOST=${host} lets other machines reach Roundtable, so set PUBLIC_ORIGIN to the address people open it at, for example PUBLIC_ORIGIN=${EXAMPLE_ORIGIN}. Roundtable answers only requests for that address, so that other sites cannot reach it under names of their own, and builds the links it sends people from it.`,
    );
  }
  const warnings: string[] = [];
  const trustProxy = readTrustProxy(env.TRUST_PROXY, warnings);
  return { host, publicOrigin, trustProxy, warnings };
}

function readPublicOrigin(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') {
    throw new Error(
      `PUBLIC_ORIGIN must be the web address people open Roundtable at, like ${EXAMPLE_ORIGIN}, not "${value}".`,
    );
  }
  return url.origin;
}

/**
 * How many proxies stand in front (believed from the nearest), or their addresses and
 * ranges. Believing every X-Forwarded-For entry, as `true` once did, would let anyone
 * write any address there and slip past the sign-in limit per address.
 */
function readTrustProxy(value: string | undefined, warnings: string[]): TrustedProxies {
  const setting = (value ?? '').trim();
  if (setting === '' || setting === 'false' || setting === '0') return false;
  if (setting === 'true') {
    warnings.push(
      'TRUST_PROXY=true is taken as one proxy in front of Roundtable. Write TRUST_PROXY=1, or the address of your proxy (for example TRUST_PROXY=10.0.0.5), to say so.',
    );
    return 1;
  }
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    if (hops <= 100) return hops;
  }
  const entries = setting.split(',').map((entry) => entry.trim());
  if (entries.every(isAddressOrRange)) return entries;
  throw new Error(
    `TRUST_PROXY must be the number of proxies in front of Roundtable (for example 1), or a comma-separated list of their addresses or ranges (for example 10.0.0.5,192.168.0.0/16), not "${value}".`,
  );
}

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}
