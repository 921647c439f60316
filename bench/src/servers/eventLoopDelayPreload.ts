import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Loaded with --import into every server under test, so event-loop delay is measured
 * the same way in all three without changing their code. The harness asks for it over
 * the IPC channel it opened when it started the process.
 */
const histogram = monitorEventLoopDelay({ resolution: 2 });
histogram.enable();

const toMs = (nanoseconds: number) => nanoseconds / 1e6;

process.on('message', (message: unknown) => {
  if (typeof message !== 'object' || message === null || !('benchProbe' in message)) return;
  if (message.benchProbe === 'resetEventLoopDelay') {
    histogram.reset();
    process.send?.({ benchProbe: 'eventLoopDelayReset' });
  } else if (message.benchProbe === 'readEventLoopDelay') {
    process.send?.({
      benchProbe: 'eventLoopDelay',
      p50Ms: toMs(histogram.percentile(50)),
      p99Ms: toMs(histogram.percentile(99)),
      maxMs: toMs(histogram.max),
    });
  }
});
// The channel must not keep a server alive that would otherwise exit.
process.channel?.unref();
