import type { Scenario } from './Scenario.ts';

/**
 * Scenarios whose features are still being built. They appear in the report as "not
 * measured yet"; each becomes a file like the others once its feature exists.
 */
export const historyReconstruction: Scenario = {
  id: 'S4b',
  title: 'History reconstruction',
  description: 'Rebuilding a named version of a document with 100,000 logged updates.',
  needsStorage: true,
  notMeasuredYet: 'versions and history are not in the server yet',
};

export const exportFormats: Scenario = {
  id: 'S6',
  title: 'Export',
  description: 'Exporting a 50-page document to each format (docx, pdf, html, markdown).',
  needsStorage: true,
  notMeasuredYet: 'export is not in the server yet',
};
