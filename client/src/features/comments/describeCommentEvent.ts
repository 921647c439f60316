import type { CommentsChangedEvent } from '@roundtable/shared';
import { commentSectionName } from './quoteText.ts';

/**
 * What to tell a screen reader user when someone else changes the comments, or null
 * for changes not worth interrupting for (an edit or a deletion).
 */
export function describeCommentEvent(event: CommentsChangedEvent): string | null {
  const who = event.by.displayName;
  const where = commentSectionName(event.section);
  switch (event.kind) {
    case 'commented':
      return `New comment from ${who} on ${where}`;
    case 'replied':
      return `${who} replied on ${where}`;
    case 'resolved':
      return `${who} resolved a comment on ${where}`;
    case 'reopened':
      return `${who} reopened a comment on ${where}`;
    default:
      return null;
  }
}
