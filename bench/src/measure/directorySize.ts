import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes of every file under a directory: what a server keeps on disk. */
export function directorySize(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    total += entry.isDirectory() ? directorySize(full) : statSync(full).size;
  }
  return total;
}
