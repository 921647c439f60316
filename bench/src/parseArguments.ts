import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fullScale, quickScale, type Scale } from './Scale.ts';
import { allScenarios } from './scenarios/allScenarios.ts';
import type { Scenario } from './scenarios/Scenario.ts';
import { defaultServerKinds, type ServerKind, serverKinds } from './servers/ServerKind.ts';

export interface BenchArguments {
  scale: Scale;
  scenarios: Scenario[];
  servers: ServerKind[];
  pin: boolean;
  outDir: string;
  cpuProfileDir?: string;
}

export const usage = `pnpm bench [options]
  --quick               a smoke run of every scenario at tiny scale (seconds)
  --scenarios=S1,S2     only these scenarios (S1 S2 S3 S4 S4b S5 S6 T)
  --servers=roundtable,hocuspocus,y-websocket (the default; roundtable-source adds
                        Roundtable run from its TypeScript source through tsx)
  --repeats=N           runs per scenario (default 3, quick 1)
  --seconds=N           length of the S2 and S5 measurement windows
  --traces=DIR          editing traces to replay (default ../shared/data/editing-traces)
  --no-pin              do not pin servers and generator to separate CPUs
  --cpu-prof=DIR        write V8 CPU profiles of the Roundtable server to DIR
  --out=DIR             where results go (default bench/results)`;

const benchDir = resolve(import.meta.dirname, '..');

export function parseArguments(argv: string[]): BenchArguments {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    if (arg === '--') continue;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) throw new Error(`Unknown argument ${arg}\n\n${usage}`);
    flags.set(match[1], match[2] ?? 'true');
  }
  const known = ['quick', 'scenarios', 'servers', 'repeats', 'seconds', 'traces', 'no-pin', 'cpu-prof', 'out', 'help'];
  for (const flag of flags.keys()) if (!known.includes(flag)) throw new Error(`Unknown option --${flag}\n\n${usage}`);

  const base = flags.has('quick') ? quickScale : fullScale;
  const scale: Scale = structuredClone(base);
  if (flags.has('repeats')) scale.repeats = Number(flags.get('repeats'));
  if (flags.has('seconds')) {
    scale.workshop.seconds = Number(flags.get('seconds'));
    scale.manyDocuments.seconds = Number(flags.get('seconds'));
  }
  const tracesDir = resolve(flags.get('traces') ?? join(benchDir, '../../shared/data/editing-traces'));
  if (!flags.has('quick') && existsSync(tracesDir)) {
    scale.traces = readdirSync(tracesDir)
      .filter((name) => /\.json(\.gz)?$/.test(name))
      .map((name) => join(tracesDir, name));
  }

  const wantedScenarios = flags.get('scenarios')?.split(',');
  const scenarios = wantedScenarios
    ? allScenarios.filter((scenario) => wantedScenarios.includes(scenario.id))
    : allScenarios;
  const wantedServers = flags.get('servers')?.split(',');
  for (const name of wantedServers ?? []) {
    if (!(serverKinds as readonly string[]).includes(name)) throw new Error(`Unknown server ${name}\n\n${usage}`);
  }
  const servers = serverKinds.filter((kind) =>
    wantedServers ? wantedServers.includes(kind) : defaultServerKinds.includes(kind),
  );
  const cpuProfile = flags.get('cpu-prof');
  return {
    scale,
    scenarios,
    servers,
    pin: !flags.has('no-pin'),
    outDir: resolve(flags.get('out') ?? join(benchDir, 'results')),
    cpuProfileDir: cpuProfile ? resolve(cpuProfile) : undefined,
  };
}
