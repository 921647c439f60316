import { coldLoad } from './coldLoad.ts';
import { exportFormats } from './exportFormats.ts';
import { historyReconstruction } from './historyReconstruction.ts';
import { idleConnections } from './idleConnections.ts';
import { manyDocuments } from './manyDocuments.ts';
import { massJoin } from './massJoin.ts';
import type { Scenario } from './Scenario.ts';
import { traceReplay } from './traceReplay.ts';
import { workshop } from './workshop.ts';

/** Every scenario, in report order. Adding one is one file plus one line here. */
export const allScenarios: Scenario[] = [
  idleConnections,
  workshop,
  massJoin,
  coldLoad,
  historyReconstruction,
  manyDocuments,
  exportFormats,
  traceReplay,
];
