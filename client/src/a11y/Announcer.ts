/**
 * Coalesces messages about other people's activity so a screen reader hears a calm
 * summary instead of a stream: at most one announcement per interval, repeats dropped,
 * and a long burst collapsed into a count.
 */
export interface AnnouncerOptions {
  /** Shortest gap between two announcements. */
  minIntervalMs: number;
  /** How many separate messages one announcement may list before summarising the rest. */
  maxMessagesPerAnnouncement: number;
  speak: (text: string) => void;
  now?: () => number;
  schedule?: (callback: () => void, delayMs: number) => unknown;
  cancel?: (handle: unknown) => void;
}

export class Announcer {
  private readonly queue: string[] = [];
  private lastSpokenAt = Number.NEGATIVE_INFINITY;
  private pending: unknown = null;
  private readonly now: () => number;
  private readonly schedule: (callback: () => void, delayMs: number) => unknown;
  private readonly cancel: (handle: unknown) => void;

  constructor(private readonly options: AnnouncerOptions) {
    this.now = options.now ?? (() => Date.now());
    this.schedule = options.schedule ?? ((callback, delayMs) => setTimeout(callback, delayMs));
    this.cancel = options.cancel ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  announce(message: string): void {
    const text = message.trim();
    if (text === '' || this.queue.includes(text)) return;
    this.queue.push(text);
    if (this.pending !== null) return;
    const wait = this.lastSpokenAt + this.options.minIntervalMs - this.now();
    // Even with no wait, defer a tick so messages raised together arrive as one.
    this.pending = this.schedule(() => this.flush(), Math.max(wait, 0));
  }

  /** Drops anything not yet spoken, e.g. when the page that raised it goes away. */
  dispose(): void {
    if (this.pending !== null) this.cancel(this.pending);
    this.pending = null;
    this.queue.length = 0;
  }

  private flush(): void {
    this.pending = null;
    if (this.queue.length === 0) return;
    const max = this.options.maxMessagesPerAnnouncement;
    const shown = this.queue.slice(0, max);
    const rest = this.queue.length - shown.length;
    this.queue.length = 0;
    const sentences = shown.map((text) => (/[.!?…]$/.test(text) ? text : `${text}.`));
    if (rest > 0) sentences.push(rest === 1 ? 'And 1 more update.' : `And ${rest} more updates.`);
    this.lastSpokenAt = this.now();
    this.options.speak(sentences.join(' '));
  }
}
