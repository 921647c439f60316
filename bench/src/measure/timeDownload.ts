import type { RoundtablePerson } from '../setup/RoundtablePerson.ts';

/** Milliseconds from sending a GET to having the last byte of its answer, and the answer. */
export async function timeDownload(
  person: RoundtablePerson,
  path: string,
): Promise<{ ms: number; bytes: Uint8Array; contentType: string }> {
  const startedAt = performance.now();
  const answer = await person.download(path);
  return { ms: performance.now() - startedAt, ...answer };
}
