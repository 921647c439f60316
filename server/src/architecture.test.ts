import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The server's layers, lowest first. A module may import from its own layer or any
 * layer below, never above; between modules there is no cycle. Tests and test helpers
 * (`testing/`) may reach anywhere.
 */
const layers: { name: string; holds: (path: string) => boolean }[] = [
  { name: 'foundations', holds: (path) => path === 'Clock.ts' || path.startsWith('errors/') },
  { name: 'store', holds: (path) => path.startsWith('store/') },
  {
    name: 'domain services',
    holds: (path) =>
      /^(auth|projects|documents|history|comments|export|mail|events|personal-data|workshops|time-given)\//.test(path),
  },
  { name: 'collaboration and HTTP', holds: (path) => /^(collaboration|http)\//.test(path) },
  { name: 'composition root', holds: (path) => !path.includes('/') },
];

const sourceDir = import.meta.dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Relative imports (values and types alike) of one file, as paths under server/src. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s+'(\.[^']+)'/g)];
  return specifiers.map((match) => relative(sourceDir, resolve(dirname(file), match[1] ?? '')));
}

function layerOf(path: string): number {
  const index = layers.findIndex((layer) => layer.holds(path));
  if (index < 0) throw new Error(`${path} belongs to no layer: add its folder to architecture.test.ts`);
  return index;
}

const graph = new Map(sourceFiles(sourceDir).map((file) => [relative(sourceDir, file), importsOf(file)]));

describe('the server’s shape', () => {
  it('has no module importing from a layer above its own', () => {
    const upward = [...graph].flatMap(([from, imports]) =>
      imports
        .filter((to) => layerOf(to) > layerOf(from))
        .map((to) => `${from} (${layers[layerOf(from)]?.name}) imports ${to} (${layers[layerOf(to)]?.name})`),
    );
    expect(upward).toEqual([]);
  });

  it('has no import cycle', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (path: string, trail: string[]) => {
      if (state.get(path) === 'done') return;
      if (state.get(path) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(path)), path].join(' → '));
        return;
      }
      state.set(path, 'visiting');
      for (const next of graph.get(path) ?? []) visit(next, [...trail, path]);
      state.set(path, 'done');
    };
    for (const path of graph.keys()) visit(path, []);
    expect(cycles).toEqual([]);
  });

  it('reads imports the way this test assumes', () => {
    // A guard for the check itself: the composition root imports from every layer.
    const root = graph.get('createRoundtable.ts') ?? [];
    expect(new Set(root.map(layerOf)).size).toBeGreaterThanOrEqual(3);
  });
});
