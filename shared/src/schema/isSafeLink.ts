/**
 * Links in documents may only point to web pages or email addresses. Anything else
 * (javascript:, data:, vbscript: …) could run script when clicked or exported.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isSafeLink(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const cleaned = Array.from(url)
    .filter((char) => {
      const code = char.charCodeAt(0);
      return code > 0x20 && (code < 0x7f || code > 0x9f);
    })
    .join('');
  try {
    return ALLOWED_PROTOCOLS.has(new URL(cleaned, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}
