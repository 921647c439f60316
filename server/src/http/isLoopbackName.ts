import { isIPv4 } from 'node:net';

/**
 * Whether a host name (as in a URL: IPv6 in brackets, no port) names this machine
 * whatever any DNS says: localhost, 127.0.0.0/8 or ::1. Only a page opened at one of
 * these can be on this machine; a page from another site that had its own name point
 * here (DNS rebinding) carries its own name instead.
 */
export function isLoopbackName(hostname: string): boolean {
  const name = hostname.toLowerCase();
  if (name === 'localhost' || name === '[::1]' || name === '::1') return true;
  return isIPv4(name) && name.startsWith('127.');
}
