import type { AgendaItemChanges, NewAgendaItem } from '@roundtable/shared';

/** An agenda item as the editor shows it, whether saved already or still a draft of a new workshop. */
export interface AgendaEntry {
  id: string;
  title: string;
  durationMinutes: number;
  sectionId: string | null;
}

/** What the agenda editor asks for; each resolves once done, or rejects with what to tell the person. */
export interface AgendaActions {
  add: (item: NewAgendaItem) => Promise<void>;
  update: (itemId: string, change: AgendaItemChanges) => Promise<void>;
  remove: (itemId: string) => Promise<void>;
  /** Moves the item to `toIndex` (0 for the top). */
  move: (itemId: string, toIndex: number) => Promise<void>;
}

/** The ids in their new order once the item at `fromIndex` moves to `toIndex`. */
export function movedOrder(ids: readonly string[], fromIndex: number, toIndex: number): string[] {
  const order = [...ids];
  const [moved] = order.splice(fromIndex, 1);
  if (moved !== undefined) order.splice(toIndex, 0, moved);
  return order;
}
