import type { CommentActivity } from '../comments/commentTypes.ts';
import type { Credit } from '../credit/Credit.ts';
import type { Perspective } from '../people/perspectives.ts';

/**
 * What the history API returns. Everything here is derived on the server from the
 * attributed update log; nothing is taken from what a browser says about itself.
 * Times are ISO 8601 strings.
 */

/** A person as history shows them. `perspective` is null once they have left the project. */
export interface HistoryPerson {
  id: string;
  displayName: string;
  perspective: Perspective | null;
}

/** One entry of the timeline: changes under one credit, close together in time. */
export interface EditSession {
  id: string;
  credit: Credit;
  startedAt: string;
  endedAt: string;
  /** Headings of the sections the session touched, in the order first touched; '' is the text before any heading. */
  sections: string[];
  /** Words begun and words removed (a word counts where it starts). */
  wordsAdded: number;
  wordsRemoved: number;
  /** Characters, so small corrections inside a word still show. */
  charactersAdded: number;
  charactersRemoved: number;
  /** How many updates the session is made of. */
  changeCount: number;
  /** Set when the session is a restore of an earlier version. */
  restoredVersion: { id: string; name: string } | null;
  firstUpdateId: number;
  lastUpdateId: number;
}

/** GET …/documents/:documentId/history?person=&section=&since=&until=&before=&limit= */
export interface HistoryResponse {
  sessions: EditSession[];
  /** Pass as `before` to get the next (older) page; null when there is none. */
  nextBefore: string | null;
  /** Everyone named anywhere in the document's history, for names and filters. */
  people: HistoryPerson[];
  /** Every section heading the history mentions, for the section filter. */
  sections: string[];
  /**
   * Who commented, replied, resolved… in the same stretch of time as `sessions`
   * (and with the same filters), newest first; the last page has everything older.
   */
  commentActivity: CommentActivity[];
  /** How many changes in the whole history (whatever the filters) are words devices handed back after a restore. */
  recoveredChanges: number;
  /**
   * How many of those are text of unknown writer: words nobody can be credited with,
   * for a lead to read and decide on.
   */
  unknownWriterChanges: number;
}

export const versionKinds = ['named', 'automatic', 'before-restore'] as const;
export type VersionKind = (typeof versionKinds)[number];

export interface DocumentVersion {
  id: string;
  name: string;
  kind: VersionKind;
  /** Null for versions the server made by itself. */
  createdById: string | null;
  createdAt: string;
  /** The version is the document as it was after this update in the log. */
  upToUpdateId: number;
}

/** GET …/versions */
export interface VersionsResponse {
  versions: DocumentVersion[];
  people: HistoryPerson[];
}
/** POST …/versions; POST …/versions/:versionId/restore answers with the version saved just before restoring, which undoes it. */
export interface VersionResponse {
  version: DocumentVersion;
}

/**
 * A document as read-only content: ProseMirror-style JSON in the shared schema
 * (doc, paragraph, heading, bulletList, orderedList, listItem, blockquote, codeBlock,
 * horizontalRule, hardBreak, text) plus three marks that only history views use.
 */
export interface RenderedNode {
  type: string;
  attrs?: Record<string, string | number | boolean | null>;
  content?: RenderedNode[];
  text?: string;
  marks?: RenderedMark[];
}

export type RenderedMark =
  | { type: 'bold' | 'italic' | 'strike' | 'code' }
  | { type: 'link'; attrs: { href: string } }
  /** Who wrote this text. */
  | { type: 'authorship'; attrs: { credit: Credit } }
  /** Text added between the two compared versions, and by whom. */
  | { type: 'insertion'; attrs: { credit: Credit } }
  /** Text removed between the two compared versions, and by whom. */
  | { type: 'deletion'; attrs: { credit: Credit } };

/** GET …/versions/:versionId */
export interface VersionContentResponse {
  version: DocumentVersion;
  content: RenderedNode;
}

/** GET …/authorship: the current text with an authorship mark on every passage. */
export interface AuthorshipResponse {
  content: RenderedNode;
  people: HistoryPerson[];
}

export interface ChangeTally {
  wordsAdded: number;
  wordsRemoved: number;
}

/** GET …/compare?from=<versionId>&to=<versionId|current> */
export interface CompareResponse {
  from: { versionId: string; name: string; createdAt: string };
  /** versionId 'current' means the document as it is now. */
  to: { versionId: string; name: string; createdAt: string };
  content: RenderedNode;
  bySection: Array<ChangeTally & { section: string }>;
  /** One line per credit: a scribe's recording for someone is listed apart from their own words. */
  byPerson: Array<ChangeTally & { credit: Credit }>;
  people: HistoryPerson[];
}

/** GET …/since-last-visit */
export interface SinceLastVisitResponse {
  /** Null on a person's first visit: nothing is summarised then. */
  lastVisitAt: string | null;
  /** Others' sessions since the last visit, newest first. */
  sessions: EditSession[];
  people: HistoryPerson[];
}

export interface ContributionShare {
  /** Characters of the current text. */
  characters: number;
  /** characters / the characters people wrote in the current text (the template's left out), 0–1. */
  share: number;
  editSessions: number;
  /** Comments written (opening comments and replies), not counting deleted ones. */
  comments: number;
}

/** GET …/contributions: the balance of voice in the current text. */
export interface ContributionsResponse {
  totalCharacters: number;
  /** Characters of the current text still as the template gave them: nobody's voice, so in no share. */
  templateCharacters: number;
  /**
   * One row per voice (see `voiceOf`): words recorded for someone count as theirs, so
   * `credit` is never 'recorded'. `recordedCharacters` are the characters of the
   * current text this person typed for others.
   */
  byPerson: Array<ContributionShare & { credit: Credit; recordedCharacters: number }>;
  byPerspective: Array<
    ContributionShare & { perspective: Perspective | 'former-member' | 'unknown-writer'; people: number }
  >;
  people: HistoryPerson[];
}

/**
 * Sent by the editor over the websocket (stateless message) to start or stop recording
 * on behalf of another member; the server checks they are a member and tells everyone.
 */
export interface RecordOnBehalfMessage {
  event: 'record-on-behalf';
  personId: string | null;
}
