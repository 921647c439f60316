import { type Credit, creditKey } from '../credit/Credit.ts';
import type { EditSession } from './historyTypes.ts';

/** What the history knows about one logged update, measured on the server by replaying the log. */
export interface ChangeFacts {
  updateId: number;
  credit: Credit;
  /** Milliseconds since the epoch. */
  createdAt: number;
  restoredVersionId: string | null;
  wordsAdded: number;
  wordsRemoved: number;
  charactersAdded: number;
  charactersRemoved: number;
  /** Section headings touched, in the order first touched. */
  sections: string[];
  /**
   * Set when the update only placed or removed comment anchors (the `comment` mark):
   * commenting is comment activity, not an edit of the text.
   */
  commentAnchorsOnly?: boolean;
}

/** A person's changes this close together belong to one edit session. */
export const EDIT_SESSION_GAP_MS = 10 * 60 * 1000;

/**
 * Groups changes, in log order, into edit sessions: the changes under one credit (a
 * scribe's recording for someone stays apart from either's own words), each within the
 * gap of the one before, whatever others did in between. A restore is always a session
 * of its own. Sessions come out in order of their first change.
 */
export function groupEditSessions(
  changes: readonly ChangeFacts[],
  versionNames: ReadonlyMap<string, string> = new Map(),
  gapMs: number = EDIT_SESSION_GAP_MS,
): EditSession[] {
  const sessions: Array<EditSession & { lastAt: number }> = [];
  const open = new Map<string, EditSession & { lastAt: number }>();
  for (const change of changes) {
    if (change.commentAnchorsOnly) continue;
    const key = creditKey(change.credit);
    const current = open.get(key);
    if (
      current &&
      !current.restoredVersion &&
      !change.restoredVersionId &&
      change.createdAt - current.lastAt <= gapMs
    ) {
      current.lastAt = change.createdAt;
      current.endedAt = new Date(change.createdAt).toISOString();
      current.lastUpdateId = change.updateId;
      current.changeCount += 1;
      current.wordsAdded += change.wordsAdded;
      current.wordsRemoved += change.wordsRemoved;
      current.charactersAdded += change.charactersAdded;
      current.charactersRemoved += change.charactersRemoved;
      for (const section of change.sections) if (!current.sections.includes(section)) current.sections.push(section);
      continue;
    }
    const session = {
      id: String(change.updateId),
      credit: change.credit,
      startedAt: new Date(change.createdAt).toISOString(),
      endedAt: new Date(change.createdAt).toISOString(),
      sections: [...change.sections],
      wordsAdded: change.wordsAdded,
      wordsRemoved: change.wordsRemoved,
      charactersAdded: change.charactersAdded,
      charactersRemoved: change.charactersRemoved,
      changeCount: 1,
      restoredVersion: change.restoredVersionId
        ? { id: change.restoredVersionId, name: versionNames.get(change.restoredVersionId) ?? 'an earlier version' }
        : null,
      firstUpdateId: change.updateId,
      lastUpdateId: change.updateId,
      lastAt: change.createdAt,
    };
    open.set(key, session);
    sessions.push(session);
  }
  return sessions.map(({ lastAt: _lastAt, ...session }) => session);
}
