/**
 * Where to go after signing in. Only paths on this site are followed, so a crafted
 * sign-in link cannot send someone to another site that looks like Roundtable.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  // Control characters can hide a second address inside what looks like a path.
  if (Array.from(next).some((char) => char.charCodeAt(0) < 0x20)) return fallback;
  if (next.startsWith('/sign-in')) return fallback;
  return next;
}

export function signInPathFor(next: string): string {
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}
