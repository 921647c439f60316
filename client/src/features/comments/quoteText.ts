/** Long quotes are cut short in titles and announcements; the whole quote is kept with the thread. */
const SHORT_QUOTE = 80;

/** The words a thread is on, in curly quotes, shortened for a title or a spoken line. */
export function quoteText(quote: string): string {
  const clean = quote.replace(/\s+/g, ' ').trim();
  const short = clean.length > SHORT_QUOTE ? `${clean.slice(0, SHORT_QUOTE - 1).trimEnd()}…` : clean;
  return `“${short}”`;
}

/** A section as comments name it: '' is the text before the first heading. */
export function commentSectionName(section: string): string {
  return section === '' ? 'the opening text' : `‘${section}’`;
}
