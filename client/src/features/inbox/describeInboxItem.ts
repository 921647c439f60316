import type { InboxItem } from '@roundtable/shared';

/** "Ada Lovelace mentioned you" or "Ada Lovelace replied". */
export function describeInboxItem(item: InboxItem): string {
  return item.kind === 'mention' ? `${item.from.displayName} mentioned you` : `${item.from.displayName} replied`;
}
