const SPACE = /\s/;

/**
 * How many words begin in `text`, given the character before it (null at the start
 * of a block). Counting where words begin makes keystroke-by-keystroke typing and
 * pasting the same sentence count the same.
 */
export function countWordStarts(text: string, before: string | null): number {
  let count = 0;
  let previous = before;
  for (const character of text) {
    if (!SPACE.test(character) && (previous === null || SPACE.test(previous))) count += 1;
    previous = character;
  }
  return count;
}
