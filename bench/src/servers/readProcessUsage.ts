import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ProcessUsage {
  /** User plus system CPU time used so far. */
  cpuSeconds: number;
  rssBytes: number;
  /** performance.now() when read. */
  at: number;
}

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/**
 * Reads a process's CPU time and resident memory from /proc, from outside, so every
 * server is measured alike whatever it runs.
 */
export function readProcessUsage(pid: number): ProcessUsage {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces; the numbered fields start after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const userTicks = Number(fields[11]);
  const systemTicks = Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  return {
    cpuSeconds: (userTicks + systemTicks) / clockTicks(),
    rssBytes: rssKb * 1024,
    at: performance.now(),
  };
}

/** CPU used between two readings, as a percentage of one core. */
export function cpuPercentBetween(before: ProcessUsage, after: ProcessUsage): number {
  const seconds = (after.at - before.at) / 1000;
  return seconds > 0 ? ((after.cpuSeconds - before.cpuSeconds) / seconds) * 100 : 0;
}
