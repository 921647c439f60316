/**
 * Which version of the document schema (documentExtensions) a page's editor was built
 * with. Raise it whenever the schema gains a node, mark or attribute that an older
 * editor could not show: the editor's binding deletes from the shared document whatever
 * it cannot build, so the server refuses pages built for an older schema (ReloadNeeded).
 *
 * 2: headings carry a section id (`sectionId`).
 */
export const DOCUMENT_SCHEMA_VERSION = 2;

const TOKEN_PREFIX = 'schema-version:';

/**
 * What a page sends as the collaboration provider's token. The session cookie
 * authenticates; the token only says which schema the page's editor knows.
 */
export function collaborationToken(version: number = DOCUMENT_SCHEMA_VERSION): string {
  return `${TOKEN_PREFIX}${version}`;
}

/** The schema version a collaboration token names, or null when it names none. */
export function schemaVersionOfToken(token: string | null | undefined): number | null {
  if (typeof token !== 'string' || !token.startsWith(TOKEN_PREFIX)) return null;
  const digits = token.slice(TOKEN_PREFIX.length);
  if (!/^\d{1,9}$/.test(digits)) return null;
  return Number(digits);
}
