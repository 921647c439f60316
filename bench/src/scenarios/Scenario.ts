import type { Scale } from '../Scale.ts';
import type { ServerKind } from '../servers/ServerKind.ts';
import type { RunningServer } from '../servers/startServer.ts';

/** One measured number. */
export interface Figure {
  key: string;
  label: string;
  unit: string;
  better: 'lower' | 'higher';
  value: number;
}

/** What the load generator actually achieved, so a saturated generator is never read as a slow server. */
export interface LoadAchieved {
  scheduled: number;
  sent: number;
  /** Share of expected receipts that arrived (every edit at every other client), 0–1. */
  completeness?: number;
  /** How late the generator sent, p99, in ms. */
  sendLatenessP99Ms?: number;
  generatorEventLoopDelayP99Ms: number;
  generatorCpuPercent: number;
  /** CPU used by other processes on the machine during the window, % of a core. */
  otherCpuPercent?: number;
}

export interface ScenarioMeasurement {
  figures: Figure[];
  load?: LoadAchieved;
}

export interface ScenarioContext {
  /** The server under test; replaced by restartServer(). */
  readonly server: RunningServer;
  /** Stops the server and starts the same kind again on the same data (a cold start). */
  restartServer(): Promise<RunningServer>;
  scale: Scale;
  log(message: string): void;
}

/** A bar a figure must clear on Roundtable, given all three servers' values. */
export interface Target {
  figure: string;
  text: string;
  isMet(roundtable: number, hocuspocus: number | undefined): boolean;
}

/**
 * One scenario of the benchmark, in its own file. A scenario that cannot be measured
 * yet (its feature does not exist) says why instead of having `run`.
 */
export interface Scenario {
  id: string;
  title: string;
  /** One sentence: what load, what is measured. */
  description: string;
  /** Servers keep documents across restarts (only Roundtable always does). */
  needsStorage: boolean;
  /** Repeats, when not the scale's default (for long or self-repeating scenarios). */
  repeats?: (scale: Scale) => number;
  targets?: Target[];
  notMeasuredYet?: string;
  /**
   * The servers that have the feature measured; the others are not run and their cells
   * read "n/a", for this reason (e.g. "they keep no history").
   */
  appliesTo?: { servers: readonly ServerKind[]; otherwise: string };
  run?(context: ScenarioContext): Promise<ScenarioMeasurement>;
}
