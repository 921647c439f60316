import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { PresenceIdentity } from '@roundtable/shared';
import { ACTIVITY_FIELD, type Activity, sameActivity } from './Activity.ts';
import { type PresentPerson, peopleFromAwareness } from './PresentPerson.ts';

/**
 * This person's presence in one live document, over the provider's awareness: who they
 * are and what they are doing, shown as away while the tab is hidden; and who else is
 * here. Lives as long as the provider.
 */
export class LivePresence {
  private lastActivity: Activity | null = null;
  private stopped = false;

  constructor(
    private readonly provider: HocuspocusProvider,
    identity: PresenceIdentity,
    private readonly userId: string,
    /** What the person is doing, as the page last said. */
    private readonly requestedActivity: () => Activity,
    private readonly onPeople: (people: PresentPerson[]) => void,
  ) {
    // Presence must be exactly the server-derived identity from the very first message.
    provider.awareness?.setLocalStateField('user', identity);
    provider.on('awarenessChange', this.refreshPeople);
    document.addEventListener('visibilitychange', this.publish);
  }

  /** Tells everyone what the person is doing now, unless that is what they were last told. */
  readonly publish = (): void => {
    const { awareness } = this.provider;
    if (!awareness || this.stopped) return;
    const activity: Activity = document.visibilityState === 'hidden' ? { kind: 'away' } : this.requestedActivity();
    if (this.lastActivity && sameActivity(this.lastActivity, activity)) return;
    this.lastActivity = activity;
    awareness.setLocalStateField(ACTIVITY_FIELD, activity);
  };

  readonly refreshPeople = (): void => {
    const { awareness, document: ydoc } = this.provider;
    if (awareness) this.onPeople(peopleFromAwareness(awareness.getStates(), ydoc.clientID, this.userId));
  };

  /** Editing has stopped for good: nothing more is published. */
  stop(): void {
    this.stopped = true;
  }

  dispose(): void {
    this.stop();
    this.provider.off('awarenessChange', this.refreshPeople);
    document.removeEventListener('visibilitychange', this.publish);
  }
}
