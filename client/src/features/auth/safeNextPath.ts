/**
 * Where to go after signing in. Only paths on this site are followed, so a crafted
 * sign-in link cannot send someone to another site that looks like Roundtable.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f]/.test(next)) return fallback;
  if (next.startsWith('/sign-in')) return fallback;
  return next;
}

export function signInPathFor(next: string): string {
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}
