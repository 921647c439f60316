import type { Mappable } from '@tiptap/pm/transform';

/** One of other people's carets, as drawn in the text just now. */
export interface DrawnCaret {
  /** Who it belongs to, stable while the element showing it may be drawn afresh. */
  key: string;
  element: HTMLElement;
  position: number;
}

interface CaretState {
  element: HTMLElement;
  position: number;
  idle: boolean;
  timer: unknown;
}

export interface CaretIdleTrackerOptions {
  idleAfterMs: number;
  schedule?: (callback: () => void, delayMs: number) => unknown;
  cancel?: (handle: unknown) => void;
}

/** Set on a caret whose owner has not moved it for a while; its label then shrinks to a small tab. */
export const CARET_IDLE_ATTRIBUTE = 'data-idle';

/**
 * Knows which of other people's carets have stood still long enough for their name
 * labels to step back. A caret has moved when it is somewhere other than where the
 * changes to the text since last time would have carried it: text typed before it
 * shifts it without its owner doing anything.
 */
export class CaretIdleTracker {
  private readonly carets = new Map<string, CaretState>();
  private readonly schedule: (callback: () => void, delayMs: number) => unknown;
  private readonly cancel: (handle: unknown) => void;

  constructor(private readonly options: CaretIdleTrackerOptions) {
    this.schedule = options.schedule ?? ((callback, delayMs) => setTimeout(callback, delayMs));
    this.cancel = options.cancel ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  /** Call after every redraw, with the changes to the text since the last call. */
  update(drawn: readonly DrawnCaret[], changes: Mappable): void {
    const present = new Set<string>();
    for (const { key, element, position } of drawn) {
      present.add(key);
      const state = this.carets.get(key);
      // Mapped to the left: typing at the caret is its owner writing, so it counts as moving.
      if (!state || changes.map(state.position, -1) !== position) {
        this.wake(key, element, position, state);
        continue;
      }
      state.position = position;
      state.element = element;
      // A caret drawn afresh where it stood keeps the look it had.
      element.toggleAttribute(CARET_IDLE_ATTRIBUTE, state.idle);
    }
    for (const [key, state] of this.carets) {
      if (present.has(key)) continue;
      this.cancel(state.timer);
      this.carets.delete(key);
    }
  }

  destroy(): void {
    for (const state of this.carets.values()) this.cancel(state.timer);
    this.carets.clear();
  }

  private wake(key: string, element: HTMLElement, position: number, previous: CaretState | undefined): void {
    if (previous) this.cancel(previous.timer);
    element.removeAttribute(CARET_IDLE_ATTRIBUTE);
    const state: CaretState = { element, position, idle: false, timer: null };
    state.timer = this.schedule(() => {
      state.idle = true;
      state.element.setAttribute(CARET_IDLE_ATTRIBUTE, '');
    }, this.options.idleAfterMs);
    this.carets.set(key, state);
  }
}
