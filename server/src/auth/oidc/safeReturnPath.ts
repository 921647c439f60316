const THIS_SITE = 'https://roundtable.invalid';

/**
 * Where to go after signing in: a path on this site and nothing else. It must start
 * with a single "/" (never "//" or "/\", which browsers take as another site), hold no
 * control characters (which can hide a second address) and stay on this site once
 * read as a URL. API addresses and the sign-in page lead to the home page instead.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (Array.from(value).some((char) => char.charCodeAt(0) < 0x20 || char === '\u007f' || char === '\\')) return '/';
  let url: URL;
  try {
    url = new URL(value, THIS_SITE);
  } catch {
    return '/';
  }
  if (url.origin !== THIS_SITE) return '/';
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/sign-in')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
