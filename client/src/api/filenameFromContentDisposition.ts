/**
 * The file name a Content-Disposition header gives, or null if it gives none. The exact
 * name (`filename*`, RFC 8187) comes first: the plain `filename` is only an ASCII
 * stand-in for old browsers, with accents and dashes flattened.
 */
export function filenameFromContentDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2] && /^utf-8$/i.test(extended[1]?.trim() ?? '')) {
    try {
      const name = decodeURIComponent(extended[2].trim());
      if (name !== '') return name;
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted?.[1]) return quoted[1].replace(/\\(.)/g, '$1');
  const bare = /filename\s*=\s*([^;\s]+)/i.exec(header);
  return bare?.[1] ?? null;
}
