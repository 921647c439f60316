/** What the main column shows: the live editor, or a read-only view from the history. */
export type DocumentView =
  | { kind: 'editing' }
  | { kind: 'authorship' }
  | { kind: 'version'; versionId: string }
  /** `to` is a version id or 'current'. */
  | { kind: 'compare'; from: string; to: string };

export const EDITING: DocumentView = { kind: 'editing' };
