import { readFileSync } from 'node:fs';

/** CPU seconds the whole machine has been busy (all cores, all processes), from /proc/stat. */
export function readMachineCpu(ticksPerSecond = 100): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const [, ...fields] = line.trim().split(/\s+/);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields.map(Number);
  return (user + nice + system + irq + softirq + steal) / ticksPerSecond;
}
