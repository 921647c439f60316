import * as Y from 'yjs';
import type { BenchClient } from '../clients/BenchClient.ts';
import { appendParagraph } from '../content/documentText.ts';
import type { EditTracker } from '../measure/EditTracker.ts';

const letters = 'etaoinshrdlu etaoinshrdlu ';

/**
 * One person typing at random moments (a Poisson process) into their own paragraph,
 * optionally moving their cursor in presence with every keystroke as an editor does.
 * Counts what it was scheduled to send and what it actually sent, and how late.
 */
export class PoissonTypist {
  scheduled = 0;
  sent = 0;
  /** How late each keystroke went out compared with its schedule, in ms. */
  readonly lateness: number[] = [];
  private seq = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly text: Y.XmlText;

  constructor(
    private readonly client: BenchClient,
    private readonly typist: number,
    private readonly tracker: EditTracker,
    private readonly options: { keystrokesPerSecond: number; withCursor: boolean; random?: () => number },
  ) {
    this.text = appendParagraph(client.ydoc, tracker.marker(typist));
  }

  /** Types from now until `untilMs` (performance.now() time); resolves when done. */
  run(untilMs: number): Promise<void> {
    return new Promise((resolve) => {
      let due = performance.now() + this.gap();
      const step = () => {
        const now = performance.now();
        if (now >= untilMs || due >= untilMs) {
          // Keystrokes due before the end but not sent by then were scheduled, not sent.
          while (due < untilMs) {
            this.scheduled += 1;
            due += this.gap();
          }
          resolve();
          return;
        }
        this.scheduled += 1;
        this.lateness.push(now - due);
        this.type(now);
        due += this.gap();
        // A busy generator sends late rather than skipping, so lateness shows it too.
        this.timer = setTimeout(step, Math.max(0, due - performance.now()));
      };
      this.timer = setTimeout(step, Math.max(0, due - performance.now()));
    });
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private gap(): number {
    const random = this.options.random ?? Math.random;
    return (-Math.log(1 - random()) / this.options.keystrokesPerSecond) * 1000;
  }

  private type(now: number): void {
    this.seq += 1;
    this.tracker.sent(this.typist, this.seq, now);
    const letter = letters[this.seq % letters.length] as string;
    this.client.ydoc.transact(() => this.text.insert(this.text.length, letter));
    this.sent += 1;
    if (this.options.withCursor) {
      const at = Y.createRelativePositionFromTypeIndex(this.text, this.text.length);
      const position = Y.relativePositionToJSON(at);
      this.client.awareness.setLocalStateField('cursor', { anchor: position, head: position });
    }
  }
}
