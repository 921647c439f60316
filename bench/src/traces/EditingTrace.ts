import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** [position, characters deleted, text inserted] */
export type TracePatch = [number, number, string];

/** A recorded editing history (the josephg/editing-traces format). */
export interface EditingTrace {
  name: string;
  startContent: string;
  endContent: string;
  txns: { patches: TracePatch[] }[];
}

export function loadEditingTrace(file: string): EditingTrace {
  const raw = file.endsWith('.gz') ? gunzipSync(readFileSync(file)) : readFileSync(file);
  const parsed = JSON.parse(raw.toString('utf8')) as Omit<EditingTrace, 'name'>;
  return { ...parsed, name: basename(file).replace(/\.json(\.gz)?$/, '') };
}

/** A few seconds of someone writing and correcting a sentence, for the smoke run (no data files needed). */
export function tinyTrace(): EditingTrace {
  const txns: { patches: TracePatch[] }[] = [];
  const draft = 'We will meet in the libary every month.';
  for (const [index, letter] of [...draft].entries()) txns.push({ patches: [[index, 0, letter]] });
  // Fix the typo, then add a second sentence.
  txns.push({ patches: [[20, 6, 'library']] });
  const more = ' Everyone is welcome.';
  const base = draft.length + 1;
  for (const [index, letter] of [...more].entries()) txns.push({ patches: [[base + index, 0, letter]] });
  return {
    name: 'built-in-tiny',
    startContent: '',
    endContent: 'We will meet in the library every month. Everyone is welcome.',
    txns,
  };
}
