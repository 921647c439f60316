import type { RenderedNode } from '../history/historyTypes.ts';
import type { Perspective } from '../people/perspectives.ts';

/** What the export API produces. Formats are written from one composed document, so they all say the same. */
export const exportFormats = ['docx', 'pdf', 'html', 'md'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportFormatLabels: Record<ExportFormat, string> = {
  docx: 'Word document (.docx)',
  pdf: 'PDF',
  html: 'Web page (.html)',
  md: 'Markdown (.md)',
};

export const exportContentTypes: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

/** How a contributor is credited: only what the export may show about them. */
export interface CreditedPerson {
  /** Null when they prefer not to be named: the export never learns the name. */
  name: string | null;
  /** Null for people who have left and whose perspective is not known. */
  perspective: Perspective | null;
}

/** Words added and removed, in a section or by a person, since the chosen version. */
export interface ChangeLine {
  label: string;
  wordsAdded: number;
  wordsRemoved: number;
}

export interface ChangesSummary {
  sinceVersionName: string;
  /** ISO 8601. */
  sinceDate: string;
  bySection: ChangeLine[];
  /** Names already follow each person's choice ("a member of the group"). */
  byPerson: ChangeLine[];
}

/** The comment threads appendix; `available: false` says comments could not be read for this export. */
export type CommentThreads = { available: false } | { available: true; threads: ExportCommentThread[] };

export interface ExportCommentThread {
  /** The passage the thread is about, if it is anchored to one. */
  quote: string | null;
  /** The heading of the section the passage was in ('' before any heading). */
  section?: string;
  /** How the thread ended, in plain words ("Resolved: changed the wording"), or null while open. */
  outcome: string | null;
  comments: Array<{ author: string; text: string; date: string }>;
}

/** Everything an export says, gathered on the server and written out in any format. */
export interface ExportDocument {
  projectName: string;
  title: string;
  /** "Current text" or the version's name. */
  versionName: string;
  /** ISO 8601: when the version was saved, or when the current text was exported. */
  date: string;
  /** BCP 47 language of the document. */
  lang: string;
  content: RenderedNode;
  contributors: CreditedPerson[];
  changes?: ChangesSummary;
  comments?: CommentThreads;
}
