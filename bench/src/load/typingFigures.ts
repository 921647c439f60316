import type { Figure, LoadAchieved } from '../scenarios/Scenario.ts';
import type { TypingLoadResult } from './runTypingLoad.ts';

const MB = 1024 * 1024;

/** The figures every typing scenario reports, in the same words. */
export function typingFigures(result: TypingLoadResult): Figure[] {
  const ms = (key: string, label: string, value: number): Figure => ({
    key,
    label,
    unit: 'ms',
    better: 'lower',
    value,
  });
  return [
    ms('latencyP50', 'propagation p50', result.latency.p50),
    ms('latencyP95', 'propagation p95', result.latency.p95),
    ms('latencyP99', 'propagation p99', result.latency.p99),
    ms('latencyMax', 'propagation max', result.latency.max),
    {
      key: 'completeness',
      label: 'edits seen by every other client',
      unit: '%',
      better: 'higher',
      value: result.completeness * 100,
    },
    { key: 'cpuPercent', label: 'server CPU', unit: '% of a core', better: 'lower', value: result.server.cpuPercent },
    { key: 'rssMB', label: 'server RSS', unit: 'MB', better: 'lower', value: result.server.rssMedianBytes / MB },
    ms('eventLoopDelayP99', 'server event-loop delay p99', result.server.eventLoopDelay.p99Ms),
  ];
}

export function typingLoad(result: TypingLoadResult): LoadAchieved {
  return {
    scheduled: result.scheduled,
    sent: result.sent,
    completeness: result.completeness,
    sendLatenessP99Ms: result.sendLatenessP99Ms,
    generatorEventLoopDelayP99Ms: result.generator.eventLoopDelayP99Ms,
    generatorCpuPercent: result.generator.cpuPercent,
    otherCpuPercent: result.server.otherCpuPercent,
  };
}
