import type { ScenarioResult } from '../runBenchmark.ts';

/** Everything one run produced: what the JSON file holds and the table and chart are drawn from. */
export interface BenchmarkReport {
  startedAt: string;
  finishedAt: string;
  machine: { cpus: number; cpuModel: string; node: string; platform: string; pinned: boolean };
  scale: string;
  repeats: number;
  storage: Record<string, string>;
  scenarios: ScenarioResult[];
}
