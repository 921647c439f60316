/**
 * Tests run the workspace's TypeScript source: the `roundtable-source` condition picks
 * `@roundtable/shared`'s source over the compiled copy the production server runs.
 * The rest are Vite's default conditions (not importable here: `vite` is not a root
 * dependency).
 */
export const sourceConditions = {
  resolve: { conditions: ['roundtable-source', 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: ['roundtable-source', 'module', 'node', 'development|production'] } },
};
