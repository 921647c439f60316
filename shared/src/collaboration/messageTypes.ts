/**
 * The first fields of every collaboration frame: Hocuspocus's message types, and the
 * y-protocols sync steps inside a sync message. The server reads them to inspect
 * frames before they reach a document.
 */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  SyncReply: 4,
  Stateless: 5,
  BroadcastStateless: 6,
  Close: 7,
  SyncStatus: 8,
  Ping: 9,
  Pong: 10,
} as const;

export const HIGHEST_MESSAGE_TYPE = MessageType.Pong;

export const SyncStep = {
  StateVector: 0,
  Update: 1,
  IncrementalUpdate: 2,
} as const;

/**
 * Stateless messages the server sends to everyone with a document open. The payload is
 * this JSON; clients ignore events they do not know.
 */
export const ServerEvent = {
  /** The document's details (such as its title) changed: fetch them again. */
  DocumentDetailsChanged: 'document-details-changed',
  /** Someone commented, replied, edited, deleted, resolved or reopened: see commentsChangedEvent. */
  CommentsChanged: 'comments-changed',
  /** A workshop on this document started, moved to another item, changed its timer or ended: see workshopRunChangedEvent. */
  WorkshopRunChanged: 'workshop-run-changed',
  /** Hands went up or down in a running workshop on this document: see handsChangedEvent. */
  WorkshopHandsChanged: 'workshop-hands-changed',
  /** A lead or facilitator brought everyone to a section: see everyoneBroughtEvent. */
  WorkshopEveryoneBrought: 'workshop-everyone-brought',
} as const;

export type ServerEventName = (typeof ServerEvent)[keyof typeof ServerEvent];
