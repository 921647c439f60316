import { describe, expect, it } from 'vitest';
import { markdownReport } from './report/markdownReport.ts';
import { svgChart } from './report/svgChart.ts';
import { runBenchmark, type ScenarioResult } from './runBenchmark.ts';
import { quickScale } from './Scale.ts';
import { allScenarios } from './scenarios/allScenarios.ts';
import { defaultServerKinds, serverStorage } from './servers/ServerKind.ts';

/**
 * Keeps the harness working: every scenario at tiny scale against every server, on one
 * server per kind. Checks shape and completeness, never speed.
 */
describe('the benchmark harness', () => {
  // Every y-websocket client adds a process exit listener.
  process.setMaxListeners(0);

  it('runs every scenario against every server at tiny scale', async () => {
    // The servers run side by side here: only shape is checked, so they need not be alone.
    const perServer = await Promise.all(
      defaultServerKinds.map((kind) =>
        runBenchmark({
          scale: quickScale,
          scenarios: allScenarios,
          servers: [kind],
          shareServers: true,
          log: () => undefined,
        }),
      ),
    );
    const results: ScenarioResult[] = (perServer[0] ?? []).map((result, index) => ({
      ...result,
      servers: Object.assign({}, ...perServer.map((runs) => runs[index]?.servers)),
    }));

    expect(results.map((result) => result.id)).toEqual(allScenarios.map((scenario) => scenario.id));
    for (const result of results) {
      if (result.notMeasuredYet) {
        expect(result.servers).toEqual({});
        continue;
      }
      for (const kind of defaultServerKinds) {
        const server = result.servers[kind];
        if (server?.notApplicable) {
          // A feature only Roundtable has: the others are reported as n/a, never as zero.
          expect(kind, result.id).not.toBe('roundtable');
          expect(server.figures, `${result.id} on ${kind}`).toEqual([]);
          continue;
        }
        expect(server?.error, `${result.id} on ${kind}`).toBeUndefined();
        expect(server?.figures.length, `${result.id} on ${kind}`).toBeGreaterThan(0);
        for (const figure of server?.figures ?? []) {
          expect(Number.isFinite(figure.value), `${result.id} ${figure.key} on ${kind}`).toBe(true);
        }
        if (server?.load) {
          // Sent versus scheduled depends on how busy the machine is; it is reported, not asserted.
          expect(server.load.sent, `${result.id} on ${kind}`).toBeGreaterThan(0);
          expect(server.load.sent, `${result.id} on ${kind}`).toBeLessThanOrEqual(server.load.scheduled);
          expect(server.load.completeness, `${result.id} on ${kind}`).toBe(1);
        }
        for (const figure of server?.figures.filter((f) => f.unit === 'yes = 1') ?? []) {
          expect(figure.value, `${result.id} ${figure.key} on ${kind}`).toBe(1);
        }
      }
    }

    const report = {
      startedAt: new Date().toISOString(),
      finishedAt: new Date().toISOString(),
      machine: { cpus: 1, cpuModel: 'test', node: process.version, platform: process.platform, pinned: false },
      scale: quickScale.name,
      repeats: 1,
      storage: serverStorage,
      scenarios: results,
    };
    expect(markdownReport(report)).toContain('| propagation p99 (ms) |');
    expect(markdownReport(report)).toMatch(
      /\| rebuild the early version, cold \(ms\) \| [\d.,]+ \| n\/a \| n\/a \| {2}\| {2}\|/,
    );
    expect(markdownReport(report)).toContain('n/a (Bare Hocuspocus and y-websocket): no export to measure.');
    expect(svgChart(report)).toMatch(/<title id="title">/);
  });
});
