export interface TypingPauseOptions {
  /** How long after their last keystroke someone counts as having paused. */
  pauseMs: number;
  /** When the person last typed (a time from `now`), or -Infinity if they have not. */
  lastTypedAt: () => number;
  now?: () => number;
  schedule?: (callback: () => void, delayMs: number) => unknown;
  cancel?: (handle: unknown) => void;
}

/**
 * Holds back a change to someone's view while they are typing: it runs at once if they
 * have not typed for `pauseMs`, or else once they pause for that long. Only the latest
 * change waits: a newer one replaces it, so they are taken only where the group is now.
 */
export class TypingPause {
  private pending: { handle: unknown; action: () => void } | null = null;
  private readonly now: () => number;
  private readonly schedule: (callback: () => void, delayMs: number) => unknown;
  private readonly cancel: (handle: unknown) => void;

  constructor(private readonly options: TypingPauseOptions) {
    this.now = options.now ?? (() => Date.now());
    this.schedule = options.schedule ?? ((callback, delayMs) => setTimeout(callback, delayMs));
    this.cancel = options.cancel ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  /** Runs `action` now, or once the person pauses typing. */
  whenPaused(action: () => void): void {
    this.drop();
    this.tryRun(action);
  }

  /** Whether a change is waiting for the person to pause. */
  get waiting(): boolean {
    return this.pending !== null;
  }

  /** Forgets the waiting change, if any. */
  drop(): void {
    if (this.pending) this.cancel(this.pending.handle);
    this.pending = null;
  }

  private tryRun(action: () => void): void {
    const quietFor = this.now() - this.options.lastTypedAt();
    if (quietFor >= this.options.pauseMs) {
      this.pending = null;
      action();
      return;
    }
    // They may type again meanwhile: look again when the pause would be long enough.
    const handle = this.schedule(() => this.tryRun(action), this.options.pauseMs - quietFor);
    this.pending = { handle, action };
  }
}
