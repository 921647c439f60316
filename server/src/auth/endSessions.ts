import type { AccessEvents } from '../events/AccessEvents.ts';
import type { UserStore } from '../store/UserStore.ts';

/** Ends a person's sessions (all but `keep`) and closes the connections they had open. */
export async function endSessions(
  userStore: UserStore,
  events: AccessEvents,
  userId: string,
  keep?: string,
): Promise<void> {
  const ended = await userStore.deleteSessionsOfUser(userId, keep);
  for (const tokenHash of ended) events.emit('sessionEnded', { tokenHash });
}
