import { isSafeLink } from '@roundtable/shared';

export type LinkResult = { ok: true; href: string } | { ok: false; message: string };

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const EMAIL = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/;

/**
 * Turns what someone typed into a link the document may hold. People often type
 * "example.org" or an email address without a scheme; anything that is not a web page
 * or an email address is refused, because it could run script when clicked or exported.
 */
export function normaliseLink(input: string): LinkResult {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Enter a web address, like www.example.org.' };
  let href = text;
  if (!HAS_SCHEME.test(text)) {
    if (EMAIL.test(text)) href = `mailto:${text}`;
    else if (text.startsWith('/') || text.startsWith('#') || text.startsWith('.'))
      return { ok: false, message: 'Enter the full web address, like https://www.example.org/page.' };
    else href = `https://${text}`;
  }
  if (!isSafeLink(href) || !URL.canParse(href)) {
    return { ok: false, message: 'Links can only go to web pages (http or https) or email addresses.' };
  }
  return { ok: true, href };
}
