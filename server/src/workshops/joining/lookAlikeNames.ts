import unhomoglyph from 'unhomoglyph';

/** Spaces and characters that show nothing, which only hide a difference or its absence. */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const SPACES = /\s+/gu;
/** Accents and other marks joined to a letter. */
const MARKS = /\p{M}/gu;

/** The name without accents, invisible characters or doubled spaces; letters that look alike are kept for now. */
function bare(name: string): string {
  return name.normalize('NFKD').replace(MARKS, '').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/**
 * A name's skeleton (Unicode's confusables, as in UTS #39): letters that look alike
 * (Latin a and Cyrillic а, capital I and small l, rn and m) become one, accents go.
 */
function skeleton(name: string): string {
  return unhomoglyph(bare(name)).normalize('NFKD').replace(MARKS, '');
}

/**
 * What two names are compared by: as written, and in small letters. Comparing the
 * small-letter forms catches "ADA" beside "ada"; comparing as written catches "Ian"
 * beside "lan" without also taking "Lan" for "Ian".
 */
function keys(name: string): [string, string] {
  return [skeleton(name), skeleton(bare(name).toLowerCase())];
}

/**
 * Whether two display names are the same, or could be taken for each other on screen:
 * case, accents, spacing, invisible characters and look-alike letters from other
 * alphabets make no difference.
 */
export function namesLookAlike(a: string, b: string): boolean {
  const [aWritten, aSmall] = keys(a);
  const [bWritten, bSmall] = keys(b);
  return aWritten === bWritten || aSmall === bSmall;
}

/** The first of `others` that `name` looks like, if any. */
export function lookAlikeOf(name: string, others: Iterable<string>): string | undefined {
  for (const other of others) if (namesLookAlike(name, other)) return other;
  return undefined;
}
