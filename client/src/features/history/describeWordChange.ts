const words = (count: number) => (count === 1 ? '1 word' : `${count.toLocaleString('en-GB')} words`);

interface Tally {
  wordsAdded: number;
  wordsRemoved: number;
  /** Where given, a change inside words still shows as a correction rather than as nothing. */
  charactersAdded?: number;
  charactersRemoved?: number;
}

/** "12 words added, 3 removed", in words rather than +/− signs a screen reader may skip. */
export function describeWordChange({
  wordsAdded,
  wordsRemoved,
  charactersAdded = 0,
  charactersRemoved = 0,
}: Tally): string {
  if (wordsAdded > 0 && wordsRemoved > 0)
    return `${words(wordsAdded)} added, ${wordsRemoved.toLocaleString('en-GB')} removed`;
  if (wordsAdded > 0) return `${words(wordsAdded)} added`;
  if (wordsRemoved > 0) return `${words(wordsRemoved)} removed`;
  if (charactersAdded + charactersRemoved > 0) return 'Small corrections';
  return 'Formatting only';
}
