import type { InboxItem } from '@roundtable/shared';

/** "Ada Lovelace mentioned you", "Ada Lovelace replied" or "Ada Lovelace resolved a conversation you took part in". */
export function describeInboxItem(item: InboxItem): string {
  const who = item.from.displayName;
  switch (item.kind) {
    case 'mention':
      return `${who} mentioned you`;
    case 'reply':
      return `${who} replied`;
    case 'resolved':
      return `${who} resolved a conversation you took part in`;
  }
}
