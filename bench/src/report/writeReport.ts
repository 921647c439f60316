import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchmarkReport } from './BenchmarkReport.ts';
import { markdownReport } from './markdownReport.ts';
import { svgChart } from './svgChart.ts';

/** Writes <timestamp>.json, latest.json, latest.md and latest.svg; returns their paths. */
export function writeReport(report: BenchmarkReport, directory: string): string[] {
  mkdirSync(directory, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const files = {
    [`${stamp}.json`]: `${JSON.stringify(report, null, 2)}\n`,
    'latest.json': `${JSON.stringify(report, null, 2)}\n`,
    'latest.md': markdownReport(report),
    'latest.svg': svgChart(report),
  };
  return Object.entries(files).map(([name, content]) => {
    const path = join(directory, name);
    writeFileSync(path, content);
    return path;
  });
}
