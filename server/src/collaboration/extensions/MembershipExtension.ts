import type { beforeHandleMessagePayload, Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { CloseCode, closeReasons, parseDocumentName } from '@roundtable/shared';
import type { AuthService } from '../../auth/AuthService.ts';
import type { DocumentService } from '../../documents/DocumentService.ts';
import type { ProjectService } from '../../projects/ProjectService.ts';
import type { CollaborationContext } from '../CollaborationContext.ts';
import type { LiveSockets } from '../LiveSockets.ts';

/**
 * Authentication and membership: a person reaches a document only if they are a member
 * of its project. Archived documents open read-only. Every role edits alike.
 */
export class MembershipExtension implements Extension {
  extensionName = 'membership';

  constructor(
    private readonly auth: AuthService,
    private readonly projects: ProjectService,
    private readonly documents: DocumentService,
    private readonly sockets: LiveSockets,
  ) {}

  async onAuthenticate(payload: onAuthenticatePayload<CollaborationContext>): Promise<Partial<CollaborationContext>> {
    const { context, documentName } = payload;
    const address = parseDocumentName(documentName);
    const refusal = { code: CloseCode.NotAMember, reason: closeReasons.NotAMember };
    if (!address) throw refusal;
    try {
      const { me } = await this.projects.requireMember(address.projectId, context.user.id);
      const document = await this.documents.requireInProject(address.projectId, address.documentId);
      if (document.archivedAt !== null) payload.connectionConfig.readOnly = true;
      this.sockets.noteProject(context.socketId, address.projectId);
      return { membership: me, documentId: document.id };
    } catch {
      throw refusal;
    }
  }

  /**
   * A session can expire while its websocket stays open. Once the expiry known at
   * connection time has passed, check the session again (it may have been renewed).
   */
  async beforeHandleMessage({ context }: beforeHandleMessagePayload<CollaborationContext>): Promise<void> {
    if (Date.now() < context.sessionExpiresAt) return;
    const session = await this.auth.findLiveSession(context.sessionTokenHash);
    if (session) {
      context.sessionExpiresAt = session.expiresAt;
      return;
    }
    this.sockets.close(context.socketId, CloseCode.NotSignedIn, closeReasons.NotSignedIn);
    throw { code: CloseCode.NotSignedIn, reason: closeReasons.NotSignedIn };
  }
}
