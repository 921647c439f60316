const MAX_LENGTH = 60;

/** Long headings are shortened so "who is here" stays one glanceable line. */
export function shortenSection(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_LENGTH ? `${clean.slice(0, MAX_LENGTH - 1).trimEnd()}…` : clean;
}
