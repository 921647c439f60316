import type { WhatsNewItem } from '@roundtable/shared';

const names = (item: WhatsNewItem) => {
  const [first, second, ...rest] = item.people.map((person) => person.displayName);
  if (!first) return 'Someone';
  if (!second) return first;
  if (rest.length === 0) return `${first} and ${second}`;
  return `${first}, ${second} and ${rest.length === 1 ? '1 other' : `${rest.length} others`}`;
};

/** "Ada Lovelace replied in “Draft strategy”", as a line of the project's "what's new". */
export function describeWhatsNew(item: WhatsNewItem): string {
  const who = names(item);
  const where = `“${item.documentTitle}”`;
  switch (item.kind) {
    case 'document-changed':
      return `${who} changed ${where}`;
    case 'thread':
      return `${who} commented in ${where}`;
    case 'reply':
      return `${who} replied in ${where}`;
    case 'mention':
      return `${who} mentioned you in ${where}`;
  }
}
