/** Characters of a comment shown in an inbox or "what's new" list; the rest is one click away. */
export const COMMENT_EXCERPT_LENGTH = 200;

/** The start of a comment on one line, cut at a word where it can be. */
export function commentExcerpt(body: string): string {
  const oneLine = body.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= COMMENT_EXCERPT_LENGTH) return oneLine;
  const cut = oneLine.slice(0, COMMENT_EXCERPT_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > COMMENT_EXCERPT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
