import { randomUUID } from 'node:crypto';
import type { CommentEffects, CommentRecord, CommentThreadRecord } from '../store/CommentStore.ts';
import type { NewInboxItemRecord } from '../store/InboxStore.ts';
import type { Stores } from '../store/Stores.ts';

/** The time the store contract tests start from. */
export const contractNow = 1_700_000_000_000;
const now = contractNow;

/** Records what the contract tests need around the slice they test. */
export async function addPerson(
  stores: Stores,
  displayName: string,
  email = `${randomUUID()}@example.org`,
): Promise<string> {
  const id = randomUUID();
  await stores.users.createUser({ id, email, displayName, passwordHash: 'x', createdAt: now });
  return id;
}

/** A workshop on the place's document, planned (or running, from `contractNow`), with no agenda. */
export async function addWorkshop(
  stores: Stores,
  place: { projectId: string; documentId: string; lead: string },
  state: 'planned' | 'running',
): Promise<string> {
  const workshopId = randomUUID();
  await stores.workshops.createWorkshop(
    {
      id: workshopId,
      projectId: place.projectId,
      documentId: place.documentId,
      title: 'Strategy day',
      startsAt: now,
      timeZone: 'Europe/London',
      place: null,
      meetingLink: null,
      createdBy: place.lead,
      createdAt: now,
      state,
      startedAt: state === 'running' ? now : null,
      endedAt: null,
      currentItemId: null,
      timerDeadline: null,
      timerPausedRemainingMs: null,
    },
    [],
  );
  return workshopId;
}

/** A project led by `leadId`. */
export async function addProject(stores: Stores, leadId: string, name = 'P'): Promise<string> {
  const projectId = randomUUID();
  await stores.projects.createProject(
    { id: projectId, name, purpose: '', createdBy: leadId, createdAt: now },
    { projectId, userId: leadId, role: 'lead', perspective: 'unsaid', joinedAt: now },
  );
  return projectId;
}

/** A new person who is a member of the project. */
export async function addMember(stores: Stores, projectId: string, displayName: string): Promise<string> {
  const userId = await addPerson(stores, displayName);
  await stores.projects.addMember({ projectId, userId, role: 'member', perspective: 'both', joinedAt: now });
  return userId;
}

/** A document whose log starts with one template update [1, 2] written by client id 1, bound to nobody. */
export async function addDocument(stores: Stores, projectId: string, createdBy: string, title = 'D'): Promise<string> {
  const documentId = randomUUID();
  await stores.documents.createDocument(
    { id: documentId, projectId, title, template: 'blank', createdBy, createdAt: now, archivedAt: null },
    {
      documentId,
      userId: null,
      onBehalfOf: null,
      clientIds: [1],
      update: new Uint8Array([1, 2]),
      createdAt: now,
      restoredVersionId: null,
    },
    [{ clientId: 1, userId: null }],
  );
  return documentId;
}

/** A lead's project with one document. */
export async function addProjectWithDocument(stores: Stores, leadName = 'Lead') {
  const lead = await addPerson(stores, leadName);
  const projectId = await addProject(stores, lead, 'Older People’s Strategy group');
  const documentId = await addDocument(stores, projectId, lead, 'Strategy');
  return { lead, projectId, documentId };
}

/** Where a comment fixture goes, and who writes it unless told otherwise. */
export interface CommentPlace {
  projectId: string;
  documentId: string;
  lead: string;
}

export function threadRecord(place: CommentPlace, fields: Partial<CommentThreadRecord> = {}): CommentThreadRecord {
  return {
    id: randomUUID(),
    projectId: place.projectId,
    documentId: place.documentId,
    anchor: 'text',
    quote: 'warm homes',
    section: 'Housing',
    createdBy: place.lead,
    createdAt: now,
    resolvedAt: null,
    resolvedBy: null,
    ...fields,
  };
}

export function commentRecord(
  place: CommentPlace,
  threadId: string,
  fields: Partial<CommentRecord> = {},
): CommentRecord {
  return {
    id: randomUUID(),
    threadId,
    documentId: place.documentId,
    authorId: place.lead,
    body: 'Should we say more about heating?',
    createdAt: now,
    editedAt: null,
    deletedAt: null,
    mentionedIds: [],
    ...fields,
  };
}

/** An inbox item telling `userId` about the comment. */
export function inboxItemAbout(
  place: CommentPlace,
  comment: CommentRecord,
  userId: string,
  kind: NewInboxItemRecord['kind'],
): NewInboxItemRecord {
  return {
    id: randomUUID(),
    userId,
    projectId: place.projectId,
    documentId: comment.documentId,
    threadId: comment.threadId,
    commentId: comment.id,
    kind,
    fromUserId: comment.authorId,
    createdAt: comment.editedAt ?? comment.createdAt,
  };
}

/** What writing the comment records: its activity, and whom it tells. */
export function commentEffects(
  comment: CommentRecord,
  kind: CommentEffects['activity']['kind'],
  inbox: NewInboxItemRecord[] = [],
): CommentEffects {
  const createdAt = comment.deletedAt ?? comment.editedAt ?? comment.createdAt;
  return {
    activity: {
      documentId: comment.documentId,
      threadId: comment.threadId,
      commentId: comment.id,
      userId: comment.authorId,
      kind,
      createdAt,
    },
    inbox,
  };
}
