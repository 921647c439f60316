import { type ChangeFacts, peopleNamedIn } from '@roundtable/shared';

/**
 * Everyone an export credits for the text up to a point in its log: people who wrote,
 * edited or restored a version (each is a change under their name), and people who
 * recorded words on behalf of someone else. People who commented are added by the
 * export (see exportCommentThreads).
 */
export function exportContributors(changes: readonly ChangeFacts[], upToUpdateId: number): Set<string> {
  const ids = new Set<string>();
  for (const change of changes) {
    if (change.updateId > upToUpdateId) break;
    // Placing a comment's anchor is not writing: commenters are credited for their comments.
    if (change.commentAnchorsOnly) continue;
    for (const id of peopleNamedIn(change.credit)) ids.add(id);
  }
  return ids;
}
