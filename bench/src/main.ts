import { cpus } from 'node:os';
import { parseArguments, usage } from './parseArguments.ts';
import type { BenchmarkReport } from './report/BenchmarkReport.ts';
import { writeReport } from './report/writeReport.ts';
import { runBenchmark } from './runBenchmark.ts';
import { serverStorage } from './servers/ServerKind.ts';
import { pinThisProcess } from './servers/startServer.ts';

if (process.argv.includes('--help')) {
  console.log(usage);
  process.exit(0);
}
const options = parseArguments(process.argv.slice(2));
// Every y-websocket client adds a process exit listener; hundreds of them are expected here.
process.setMaxListeners(0);
// The generator gets CPU 1 and each server CPU 0, so neither steals the other's time.
const pinned = options.pin && cpus().length >= 2 && pinThisProcess('1');
const startedAt = new Date().toISOString();
const log = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
const scenarios = await runBenchmark({
  scale: options.scale,
  scenarios: options.scenarios,
  servers: options.servers,
  serverCpus: pinned ? '0' : undefined,
  cpuProfileDir: options.cpuProfileDir,
  log,
});
const report: BenchmarkReport = {
  startedAt,
  finishedAt: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    pinned,
  },
  scale: options.scale.name,
  repeats: options.scale.repeats,
  storage: serverStorage,
  scenarios,
};
for (const file of writeReport(report, options.outDir)) log(`wrote ${file}`);
// Providers and timers of finished scenarios must not keep the process alive.
process.exit(0);
