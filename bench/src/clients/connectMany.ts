import { withTimeout } from '../measure/withTimeout.ts';
import type { Workspace } from '../setup/prepareWorkspace.ts';
import type { BenchClient } from './BenchClient.ts';

export interface Seat {
  document: number;
  person: number;
}

/**
 * Opens many clients a batch at a time, each batch synced before the next, as people
 * arriving over a minute would rather than all in one instant (mass joins are S3's job).
 */
export async function connectMany(workspace: Workspace, seats: Seat[], batchSize = 50): Promise<BenchClient[]> {
  const clients: BenchClient[] = [];
  for (let start = 0; start < seats.length; start += batchSize) {
    const batch = seats.slice(start, start + batchSize).map((seat) => workspace.connect(seat.document, seat.person));
    clients.push(...batch);
    await withTimeout(
      Promise.all(batch.map((client) => client.synced)),
      30_000,
      `clients ${start + 1}–${start + batch.length} did not sync`,
    );
  }
  return clients;
}
