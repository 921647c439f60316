import { CloseCode, type CloseCodeName, closeReasons } from '@roundtable/shared';
import type { AccessEvents } from '../events/AccessEvents.ts';

interface ClosableSocket {
  close(code: number, reason: string): void;
}

interface LiveSocket {
  socket: ClosableSocket;
  userId: string;
  sessionTokenHash: string;
  projectIds: Set<string>;
  documentNames: Set<string>;
}

/**
 * Every open collaboration websocket and whose it is, so that losing access (removal
 * from a project, signing out) closes the person's connections at once.
 */
export class LiveSockets {
  private readonly sockets = new Map<string, LiveSocket>();

  constructor(events: AccessEvents) {
    events.on('membershipEnded', ({ projectId, userId }) => {
      for (const [socketId, live] of this.sockets) {
        if (live.userId === userId && live.projectIds.has(projectId)) {
          this.close(socketId, CloseCode.AccessRevoked, closeReasons.AccessRevoked);
        }
      }
    });
    events.on('sessionEnded', ({ tokenHash }) => {
      for (const [socketId, live] of this.sockets) {
        if (live.sessionTokenHash === tokenHash) this.close(socketId, CloseCode.NotSignedIn, closeReasons.NotSignedIn);
      }
    });
    // Presence is derived from the membership read at connection: reconnect to show the new label.
    events.on('perspectiveChanged', ({ projectId, userId }) => {
      for (const [socketId, live] of this.sockets) {
        if (live.userId === userId && live.projectIds.has(projectId)) {
          this.close(socketId, CloseCode.AccessChanged, closeReasons.AccessChanged);
        }
      }
    });
    // Reconnecting tells everyone their new rights (read-only once archived).
    events.on('documentAccessChanged', ({ documentName }) => {
      this.closeDocument(documentName, CloseCode.AccessChanged, closeReasons.AccessChanged);
    });
  }

  add(socketId: string, live: Omit<LiveSocket, 'projectIds' | 'documentNames'>): void {
    this.sockets.set(socketId, { ...live, projectIds: new Set(), documentNames: new Set() });
  }

  /** Records that this socket has a document of this project open. */
  noteDocument(socketId: string, projectId: string, documentName: string): void {
    const live = this.sockets.get(socketId);
    live?.projectIds.add(projectId);
    live?.documentNames.add(documentName);
  }

  /** Closes every socket that has this document open. */
  closeDocument(documentName: string, code: number, reason: string): void {
    for (const [socketId, live] of this.sockets) {
      if (live.documentNames.has(documentName)) this.close(socketId, code, reason);
    }
  }

  remove(socketId: string): void {
    this.sockets.delete(socketId);
  }

  /**
   * Closes the whole socket with a named code and returns the error for a Hocuspocus hook
   * to throw. Closing only the document would leave the browser connected to nothing.
   */
  refuse(socketId: string, name: CloseCodeName): { code: number; reason: string } {
    const refusal = { code: CloseCode[name], reason: closeReasons[name] };
    this.close(socketId, refusal.code, refusal.reason);
    return refusal;
  }

  close(socketId: string, code: number, reason: string): void {
    this.sockets.get(socketId)?.socket.close(code, reason);
    this.sockets.delete(socketId);
  }

  closeAll(code: number, reason: string): void {
    for (const socketId of [...this.sockets.keys()]) this.close(socketId, code, reason);
  }

  get size(): number {
    return this.sockets.size;
  }
}
