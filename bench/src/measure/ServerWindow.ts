import { cpuPercentBetween, type ProcessUsage } from '../servers/readProcessUsage.ts';
import type { EventLoopDelay, RunningServer } from '../servers/startServer.ts';
import { readMachineCpu } from './readMachineCpu.ts';
import { median } from './summarize.ts';

export interface ServerWindowResult {
  cpuPercent: number;
  cpuSeconds: number;
  rssMedianBytes: number;
  rssPeakBytes: number;
  eventLoopDelay: EventLoopDelay;
  /**
   * CPU used by everything else on the machine during the window (% of a core):
   * anything well above zero means the figures were disturbed.
   */
  otherCpuPercent: number;
}

/** The server's CPU, memory and event-loop delay over a measurement window, read from outside. */
export class ServerWindow {
  private before: ProcessUsage | undefined;
  private readonly rss: number[] = [];
  private sampler: NodeJS.Timeout | undefined;
  private machineBefore = 0;
  private generatorBefore = process.cpuUsage();

  constructor(private readonly server: RunningServer) {}

  async start(): Promise<void> {
    await this.server.resetEventLoopDelay();
    this.before = this.server.usage();
    this.machineBefore = readMachineCpu();
    this.generatorBefore = process.cpuUsage();
    this.rss.push(this.before.rssBytes);
    this.sampler = setInterval(() => this.rss.push(this.server.usage().rssBytes), 250);
  }

  async stop(): Promise<ServerWindowResult> {
    clearInterval(this.sampler);
    const after = this.server.usage();
    this.rss.push(after.rssBytes);
    const before = this.before ?? after;
    const generator = process.cpuUsage(this.generatorBefore);
    const others =
      readMachineCpu() -
      this.machineBefore -
      (after.cpuSeconds - before.cpuSeconds) -
      (generator.user + generator.system) / 1e6;
    const seconds = (after.at - before.at) / 1000;
    return {
      otherCpuPercent: seconds > 0 ? Math.max(0, (others / seconds) * 100) : 0,
      cpuPercent: cpuPercentBetween(before, after),
      cpuSeconds: after.cpuSeconds - before.cpuSeconds,
      rssMedianBytes: median(this.rss),
      rssPeakBytes: Math.max(...this.rss),
      eventLoopDelay: await this.server.readEventLoopDelay(),
    };
  }
}
