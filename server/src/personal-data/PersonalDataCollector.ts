import {
  type AccessNeed,
  type Credit,
  type EditSession,
  historyQuery,
  type Perspective,
  type RenderedNode,
  type Role,
  sameCredit,
  type TimeStatementResponse,
  voiceOf,
} from '@roundtable/shared';
import type { HistoryService } from '../history/HistoryService.ts';
import type { AccessNeedsStore } from '../store/AccessNeedsStore.ts';
import type { CommentStore } from '../store/CommentStore.ts';
import type { DocumentStore } from '../store/DocumentStore.ts';
import type { ProjectStore } from '../store/ProjectStore.ts';
import type { UserStore } from '../store/UserStore.ts';
import type { TimeGivenService } from '../time-given/TimeGivenService.ts';

/** One run of someone's words in a document's current text, with the section it is in. */
export interface Passage {
  section: string;
  text: string;
}

export interface PersonalComment {
  threadQuote: string | null;
  section: string;
  body: string;
  /** True for the comment that started its thread. */
  startedThread: boolean;
  createdAt: string;
  editedAt: string | null;
}

export interface PersonalDocumentData {
  documentId: string;
  title: string;
  archived: boolean;
  /** The person's own words in the current text, recorded for them by a scribe or not. */
  ownWords: Passage[];
  /** Words the person typed for someone else while recording for them. */
  recordedForOthers: Passage[];
  editSessions: EditSession[];
  comments: PersonalComment[];
  threadsResolved: number;
}

export interface PersonalProjectData {
  projectId: string;
  name: string;
  role: Role;
  perspective: Perspective;
  joinedAt: string;
  /** The time the person gave to the project, as their statement shows it. */
  timeGiven: TimeStatementResponse;
  documents: PersonalDocumentData[];
}

export interface PersonalAccountData {
  displayName: string;
  email: string;
  createdAt: string;
}

/** What the person told Roundtable helps them take part, with their choices about it. */
export interface PersonalAccessNeeds {
  needs: AccessNeed[];
  otherNeeds: string;
  showName: boolean;
  consentedAt: string;
}

/** Where one document sits, so work can be counted before it is read. */
export interface DocumentToRead {
  projectId: string;
  documentId: string;
}

const iso = (time: number) => new Date(time).toISOString();

/**
 * Reads what one person wrote and did, document by document, only ever from projects
 * they are a member of and only their own part of each: their words, their edit
 * sessions, their comments. Never anyone else's comments or words.
 */
export class PersonalDataCollector {
  constructor(
    private readonly users: UserStore,
    private readonly projects: ProjectStore,
    private readonly documents: DocumentStore,
    private readonly comments: CommentStore,
    private readonly history: HistoryService,
    private readonly accessNeedsStore: AccessNeedsStore,
    private readonly timeGiven: Pick<TimeGivenService, 'statement'>,
  ) {}

  async account(userId: string): Promise<PersonalAccountData> {
    const user = await this.users.findUserById(userId);
    if (!user) throw new Error('No such account');
    return { displayName: user.displayName, email: user.email, createdAt: iso(user.createdAt) };
  }

  async accessNeeds(userId: string): Promise<PersonalAccessNeeds | null> {
    const record = await this.accessNeedsStore.findAccessNeeds(userId);
    if (!record) return null;
    return {
      needs: record.needs,
      otherNeeds: record.otherNeeds ?? '',
      showName: record.showName,
      consentedAt: iso(record.consentedAt),
    };
  }

  /** The person's projects, each with its documents not yet read. */
  async projectsOf(
    userId: string,
  ): Promise<Array<Omit<PersonalProjectData, 'documents'> & { toRead: DocumentToRead[] }>> {
    const summaries = await this.projects.listProjectsForUser(userId);
    return Promise.all(
      summaries.map(async (project) => {
        const membership = await this.projects.findMembership(project.id, userId);
        if (!membership) throw new Error('The person left a project while their data was being read');
        const documents = await this.documents.listDocuments(project.id);
        return {
          projectId: project.id,
          name: project.name,
          role: membership.role,
          perspective: membership.perspective,
          joinedAt: iso(membership.joinedAt),
          timeGiven: await this.timeGiven.statement(project.id, userId),
          toRead: documents.map((document) => ({ projectId: project.id, documentId: document.id })),
        };
      }),
    );
  }

  async document(userId: string, { projectId, documentId }: DocumentToRead): Promise<PersonalDocumentData> {
    const document = await this.documents.findDocument(documentId);
    if (!document) throw new Error('No such document');
    const authorship = await this.history.authorship(projectId, documentId, userId);
    const passages = passagesOf(authorship.content);
    const threads = new Map((await this.comments.listThreads(documentId)).map((thread) => [thread.id, thread]));
    const ownComments = (await this.comments.listComments(documentId)).filter(
      (comment) => comment.authorId === userId && comment.deletedAt === null,
    );
    return {
      documentId,
      title: document.title,
      archived: document.archivedAt !== null,
      ownWords: passages
        .filter((passage) => sameVoice(passage.credit, userId))
        .map(({ section, text }) => ({ section, text })),
      recordedForOthers: passages
        .filter((passage) => passage.credit.kind === 'recorded' && passage.credit.recordedById === userId)
        .map(({ section, text }) => ({ section, text })),
      editSessions: await this.editSessions(projectId, documentId, userId),
      comments: ownComments.map((comment) => {
        const thread = threads.get(comment.threadId);
        return {
          threadQuote: thread?.quote ?? null,
          section: thread?.section ?? '',
          body: comment.body,
          startedThread: thread?.createdBy === userId && thread.createdAt === comment.createdAt,
          createdAt: iso(comment.createdAt),
          editedAt: comment.editedAt === null ? null : iso(comment.editedAt),
        };
      }),
      threadsResolved: [...threads.values()].filter((thread) => thread.resolvedBy === userId).length,
    };
  }

  /** Every edit session that names the person, oldest first, read a page at a time. */
  private async editSessions(projectId: string, documentId: string, userId: string): Promise<EditSession[]> {
    const sessions: EditSession[] = [];
    let before: string | undefined;
    do {
      const page = await this.history.timeline(
        projectId,
        documentId,
        userId,
        historyQuery.parse({ person: userId, limit: 100, before }),
      );
      sessions.push(...page.sessions);
      before = page.nextBefore ?? undefined;
    } while (before);
    return sessions.reverse();
  }
}

function sameVoice(credit: Credit, userId: string): boolean {
  const voice = voiceOf(credit);
  return voice.kind === 'written' && voice.personId === userId;
}

/**
 * The runs of text in a rendered document that share one credit, block by block, with
 * the heading each is under. A run never spans two blocks, so a passage reads as it
 * does in the document.
 */
function passagesOf(root: RenderedNode): Array<Passage & { credit: Credit }> {
  const passages: Array<Passage & { credit: Credit }> = [];
  let section = '';
  const visitBlock = (block: RenderedNode) => {
    const text = collectText(block);
    if (block.type === 'heading') {
      section = text.map((run) => run.text).join('');
      return;
    }
    let current: (Passage & { credit: Credit }) | undefined;
    for (const run of text) {
      if (current && run.credit && sameCredit(current.credit, run.credit)) {
        current.text += run.text;
        continue;
      }
      current = run.credit ? { section, text: run.text, credit: run.credit } : undefined;
      if (current) passages.push(current);
    }
  };
  const walk = (node: RenderedNode) => {
    const holdsText = node.content?.some((child) => child.text !== undefined);
    if (holdsText || node.type === 'heading') visitBlock(node);
    else for (const child of node.content ?? []) walk(child);
  };
  walk(root);
  return passages.filter((passage) => passage.text.trim() !== '');
}

function collectText(block: RenderedNode): Array<{ text: string; credit: Credit | undefined }> {
  return (block.content ?? []).flatMap((child) => {
    if (child.text === undefined) return collectText(child);
    const mark = child.marks?.find((candidate) => candidate.type === 'authorship');
    return [
      { text: child.text, credit: mark && 'attrs' in mark && 'credit' in mark.attrs ? mark.attrs.credit : undefined },
    ];
  });
}
