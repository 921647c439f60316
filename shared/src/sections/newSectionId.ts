/** The attribute of a heading that names its section, in the schema and in the shared document. */
export const SECTION_ID_ATTRIBUTE = 'sectionId';

/** The longest section id the schema accepts; the ids Roundtable makes are much shorter. */
export const MAX_SECTION_ID_LENGTH = 64;

/** Letters, digits, "-" and "_": safe in addresses, element ids and CSS selectors as they are. */
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const NEW_ID_LENGTH = 12;
const SECTION_ID = new RegExp(`^[A-Za-z0-9_-]{1,${MAX_SECTION_ID_LENGTH}}$`);

/**
 * A new id for a section: 12 random url-safe characters (72 bits), so ids made on
 * different devices at the same moment do not collide. Headings keep their id when
 * renamed or moved, so workshops, ideas and proposals can point at a section by it.
 */
export function newSectionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(NEW_ID_LENGTH));
  let id = '';
  // 256 is a multiple of 64, so every character is equally likely.
  for (const byte of bytes) id += URL_SAFE[byte % URL_SAFE.length];
  return id;
}

/** Whether a value is a section id the schema accepts: 1–64 letters, digits, "-" or "_". */
export function isSectionId(value: unknown): value is string {
  return typeof value === 'string' && SECTION_ID.test(value);
}
