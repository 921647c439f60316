import { rmSync } from 'node:fs';
import { median } from './measure/summarize.ts';
import type { Scale } from './Scale.ts';
import type { Figure, LoadAchieved, Scenario, ScenarioContext, ScenarioMeasurement } from './scenarios/Scenario.ts';
import { isRoundtable, type ServerKind } from './servers/ServerKind.ts';
import { type RunningServer, startServer } from './servers/startServer.ts';

export interface RunOptions {
  scale: Scale;
  scenarios: Scenario[];
  servers: readonly ServerKind[];
  /** taskset CPU list for the servers, e.g. "0". */
  serverCpus?: string;
  /** Write V8 CPU profiles of Roundtable here. */
  cpuProfileDir?: string;
  /**
   * One server per kind for every scenario, keeping documents, instead of a fresh one
   * per run: quicker to start, for the smoke run, at the price of isolation.
   */
  shareServers?: boolean;
  log(message: string): void;
}

export interface ServerResult {
  /** Medians over the repeats. */
  figures: Figure[];
  load?: LoadAchieved;
  repeats: ScenarioMeasurement[];
  error?: string;
  /** Why this server has nothing to measure here (the feature does not exist in it). */
  notApplicable?: string;
}

export interface ScenarioResult {
  id: string;
  title: string;
  description: string;
  notMeasuredYet?: string;
  targets: { figure: string; text: string; met: boolean | null }[];
  servers: Partial<Record<ServerKind, ServerResult>>;
}

/**
 * Runs every scenario against each server in turn, each repeat on a freshly started
 * server, and keeps the medians.
 */
export async function runBenchmark(options: RunOptions): Promise<ScenarioResult[]> {
  const shared = options.shareServers ? new Map<ServerKind, RunningServer>() : undefined;
  try {
    return await runScenarios(options, shared);
  } finally {
    for (const server of shared?.values() ?? []) {
      await server.stop();
      rmSync(server.dataDir, { recursive: true, force: true });
    }
  }
}

async function runScenarios(
  options: RunOptions,
  shared: Map<ServerKind, RunningServer> | undefined,
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const scenario of options.scenarios) {
    const result: ScenarioResult = {
      id: scenario.id,
      title: scenario.title,
      description: scenario.description,
      notMeasuredYet: scenario.notMeasuredYet,
      targets: [],
      servers: {},
    };
    results.push(result);
    if (!scenario.run) continue;
    for (const kind of options.servers) {
      if (scenario.appliesTo && !scenario.appliesTo.servers.includes(kind)) {
        result.servers[kind] = { figures: [], repeats: [], notApplicable: scenario.appliesTo.otherwise };
        continue;
      }
      const repeats: ScenarioMeasurement[] = [];
      const total = scenario.repeats?.(options.scale) ?? options.scale.repeats;
      try {
        for (let repeat = 0; repeat < total; repeat += 1) {
          options.log(`${scenario.id} ${scenario.title} · ${kind} · run ${repeat + 1} of ${total}`);
          repeats.push(await runOnce(scenario, kind, options, shared));
        }
        result.servers[kind] = { figures: medianFigures(repeats), load: medianLoad(repeats), repeats };
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        options.log(`${scenario.id} failed on ${kind}: ${message}`);
        result.servers[kind] = { figures: medianFigures(repeats), repeats, error: message.split('\n')[0] };
      }
    }
    result.targets = (scenario.targets ?? []).map((target) => {
      const value = (kind: ServerKind) => result.servers[kind]?.figures.find((f) => f.key === target.figure)?.value;
      const roundtable = value('roundtable');
      return {
        figure: target.figure,
        text: target.text,
        met: roundtable === undefined ? null : target.isMet(roundtable, value('hocuspocus')),
      };
    });
  }
  return results;
}

async function runOnce(
  scenario: Scenario,
  kind: ServerKind,
  options: RunOptions,
  shared: Map<ServerKind, RunningServer> | undefined,
): Promise<ScenarioMeasurement> {
  const serverOptions = {
    persist: scenario.needsStorage || shared !== undefined,
    cpus: options.serverCpus,
    cpuProfileDir: isRoundtable(kind) ? options.cpuProfileDir : undefined,
  };
  let server: RunningServer = shared?.get(kind) ?? (await startServer(kind, serverOptions));
  shared?.set(kind, server);
  const context: ScenarioContext = {
    get server() {
      return server;
    },
    async restartServer() {
      await server.stop();
      server = await startServer(kind, server.options);
      shared?.set(kind, server);
      return server;
    },
    scale: options.scale,
    log: options.log,
  };
  try {
    return await (scenario.run as NonNullable<Scenario['run']>)(context);
  } finally {
    if (!shared) {
      await server.stop();
      rmSync(server.dataDir, { recursive: true, force: true });
    } else if (!server.isRunning()) {
      // A scenario that stopped the server to read its storage leaves it stopped: the
      // next scenario starts a fresh one (none is started if this was the last).
      shared.delete(kind);
      rmSync(server.dataDir, { recursive: true, force: true });
    }
  }
}

function medianFigures(repeats: ScenarioMeasurement[]): Figure[] {
  const first = repeats[0];
  if (!first) return [];
  return first.figures.map((figure) => ({
    ...figure,
    value: median(repeats.map((repeat) => repeat.figures.find((f) => f.key === figure.key)?.value ?? Number.NaN)),
  }));
}

function medianLoad(repeats: ScenarioMeasurement[]): LoadAchieved | undefined {
  const loads = repeats.flatMap((repeat) => (repeat.load ? [repeat.load] : []));
  const first = loads[0];
  if (!first) return undefined;
  const of = (pick: (load: LoadAchieved) => number | undefined) => {
    const values = loads.flatMap((load) => {
      const value = pick(load);
      return value === undefined ? [] : [value];
    });
    return values.length ? median(values) : undefined;
  };
  return {
    scheduled: of((load) => load.scheduled) ?? 0,
    sent: of((load) => load.sent) ?? 0,
    completeness: of((load) => load.completeness),
    sendLatenessP99Ms: of((load) => load.sendLatenessP99Ms),
    generatorEventLoopDelayP99Ms: of((load) => load.generatorEventLoopDelayP99Ms) ?? 0,
    generatorCpuPercent: of((load) => load.generatorCpuPercent) ?? 0,
    otherCpuPercent: of((load) => load.otherCpuPercent),
  };
}
