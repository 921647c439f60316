import { type ServerKind, serverKinds, serverLabels } from '../servers/ServerKind.ts';
import type { BenchmarkReport } from './BenchmarkReport.ts';
import { formatNumber, ratio } from './formatNumber.ts';

const RT: ServerKind = 'roundtable';

/** The results as Markdown: one table per scenario with Roundtable's ratio to each other server. */
export function markdownReport(report: BenchmarkReport): string {
  const { machine } = report;
  const lines = [
    `Run of ${report.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${report.scale} scale, median of ${report.repeats} runs per figure (S4, S4b, S6 and T: one run; S4, S4b and S6 take the medians of their own repeated loads and requests).`,
    `Machine: ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}${machine.pinned ? '; each server pinned to CPU 0 and the load generator to CPU 1 (taskset)' : '; not pinned'}.`,
    'Ratios are Roundtable ÷ the other server: below 1 means Roundtable used less (or took less time); for figures where higher is better, above 1 is better.',
    '',
  ];
  for (const scenario of report.scenarios) {
    lines.push(`#### ${scenario.id} ${scenario.title}`, '', scenario.description, '');
    if (scenario.notMeasuredYet) {
      lines.push(`Not measured yet: ${scenario.notMeasuredYet}.`, '');
      continue;
    }
    const kinds = serverKinds.filter((kind) => scenario.servers[kind]);
    const others = kinds.filter((kind) => kind !== RT);
    lines.push(
      `| figure | ${kinds.map((kind) => serverLabels[kind]).join(' | ')} | ${others.map((kind) => `RT ÷ ${shortName(kind)}`).join(' | ')} |`,
      `| --- | ${kinds.map(() => '---:').join(' | ')} | ${others.map(() => '---:').join(' | ')} |`,
    );
    const first = kinds.map((kind) => scenario.servers[kind]).find((result) => result?.figures.length);
    // A server without the feature gets "n/a" and no ratio: zero or a dash would read as a result.
    const notApplicable = (kind: ServerKind) => scenario.servers[kind]?.notApplicable !== undefined;
    for (const figure of first?.figures ?? []) {
      const value = (kind: ServerKind) => scenario.servers[kind]?.figures.find((f) => f.key === figure.key)?.value;
      const cell = (kind: ServerKind) => (notApplicable(kind) ? 'n/a' : formatNumber(value(kind)));
      const ratioCell = (kind: ServerKind) => (notApplicable(kind) ? '' : formatNumber(ratio(value(RT), value(kind))));
      lines.push(
        `| ${figure.label} (${figure.unit}) | ${kinds.map(cell).join(' | ')} | ${others.map(ratioCell).join(' | ')} |`,
      );
    }
    const loadRow = (label: string, cell: (kind: ServerKind) => string) =>
      lines.push(
        `| _load:_ ${label} | ${kinds.map((kind) => (notApplicable(kind) ? 'n/a' : cell(kind))).join(' | ')} | ${others.map(() => '').join(' | ')} |`,
      );
    if (kinds.some((kind) => scenario.servers[kind]?.load)) {
      loadRow('sent / scheduled', (kind) => {
        const load = scenario.servers[kind]?.load;
        return load ? `${Math.round(load.sent)} / ${Math.round(load.scheduled)}` : '—';
      });
      loadRow('generator send lateness p99 (ms)', (kind) =>
        formatNumber(scenario.servers[kind]?.load?.sendLatenessP99Ms),
      );
      loadRow('generator event-loop delay p99 (ms)', (kind) =>
        formatNumber(scenario.servers[kind]?.load?.generatorEventLoopDelayP99Ms),
      );
      loadRow('generator CPU (% of a core)', (kind) => formatNumber(scenario.servers[kind]?.load?.generatorCpuPercent));
      loadRow('other processes on the machine, CPU (% of a core)', (kind) =>
        formatNumber(scenario.servers[kind]?.load?.otherCpuPercent),
      );
    }
    lines.push('');
    for (const kind of kinds) {
      const error = scenario.servers[kind]?.error;
      if (error) lines.push(`${serverLabels[kind]} failed: ${error}`, '');
    }
    const without = kinds.filter(notApplicable);
    if (without.length) {
      const names = without.map((kind) => serverLabels[kind]).join(' and ');
      lines.push(`n/a (${names}): ${scenario.servers[without[0] as ServerKind]?.notApplicable}.`, '');
    }
    for (const target of scenario.targets) {
      const verdict = target.met === null ? 'not measured' : target.met ? '**met**' : '**missed**';
      lines.push(`Target: ${target.text} — ${verdict}.`, '');
    }
  }
  lines.push('What each server stores:', '');
  for (const kind of serverKinds) lines.push(`- ${serverLabels[kind]}: ${report.storage[kind]}.`);
  lines.push('');
  return lines.join('\n');
}

function shortName(kind: ServerKind): string {
  switch (kind) {
    case 'hocuspocus':
      return 'HP';
    case 'y-websocket':
      return 'YW';
    case 'roundtable-source':
      return 'RT from source';
    case 'roundtable':
      return 'RT';
  }
}
