import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface GeneratorHealth {
  eventLoopDelayP99Ms: number;
  cpuPercent: number;
}

/**
 * Watches the load generator itself (this process) over a measurement window: a busy
 * generator delays its own sends and receipts, which would look like a slow server.
 */
export class GeneratorMonitor {
  private readonly histogram = monitorEventLoopDelay({ resolution: 2 });
  private startedAt = 0;
  private startCpu = process.cpuUsage();

  start(): void {
    this.histogram.reset();
    this.histogram.enable();
    this.startedAt = performance.now();
    this.startCpu = process.cpuUsage();
  }

  stop(): GeneratorHealth {
    this.histogram.disable();
    const used = process.cpuUsage(this.startCpu);
    const elapsedMs = performance.now() - this.startedAt;
    return {
      eventLoopDelayP99Ms: this.histogram.percentile(99) / 1e6,
      cpuPercent: elapsedMs > 0 ? ((used.user + used.system) / 1000 / elapsedMs) * 100 : 0,
    };
  }
}
