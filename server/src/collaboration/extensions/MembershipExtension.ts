import type { beforeHandleMessagePayload, Extension, onAuthenticatePayload } from '@hocuspocus/server';
import {
  CloseCode,
  closeReasons,
  DOCUMENT_SCHEMA_VERSION,
  parseDocumentName,
  schemaVersionOfToken,
} from '@roundtable/shared';
import type { AuthService } from '../../auth/AuthService.ts';
import { type Clock, systemClock } from '../../Clock.ts';
import type { DocumentService } from '../../documents/DocumentService.ts';
import { DomainError } from '../../errors/DomainError.ts';
import type { ProjectService } from '../../projects/ProjectService.ts';
import type { CollaborationContext } from '../CollaborationContext.ts';
import type { LiveSockets } from '../LiveSockets.ts';

export interface MembershipLogger {
  error(details: object, message: string): void;
}

/**
 * Authentication and membership: a person reaches a document only if they are a member
 * of its project, from a page that knows the current document schema. Archived documents
 * open read-only. Every role edits alike.
 */
export class MembershipExtension implements Extension {
  extensionName = 'membership';

  constructor(
    private readonly auth: AuthService,
    private readonly projects: ProjectService,
    private readonly documents: DocumentService,
    private readonly sockets: LiveSockets,
    private readonly logger: MembershipLogger,
    private readonly now: Clock = systemClock,
  ) {}

  async onAuthenticate(payload: onAuthenticatePayload<CollaborationContext>): Promise<Partial<CollaborationContext>> {
    const { context, documentName } = payload;
    const address = parseDocumentName(documentName);
    if (!address) throw this.refuseAndClose(context.socketId, 'NotAMember');
    // A page built for an older schema would delete from the document whatever it cannot
    // show. Refused before anything is loaded or sent to it; its own copy stays on its device.
    const version = schemaVersionOfToken(payload.token);
    if (version === null || version < DOCUMENT_SCHEMA_VERSION)
      throw this.refuseAndClose(context.socketId, 'ReloadNeeded');
    try {
      // Noted first, so a removal that lands while the checks run still finds this socket.
      this.sockets.noteDocument(context.socketId, address.projectId, documentName);
      const { me } = await this.projects.requireMember(address.projectId, context.user.id);
      const document = await this.documents.requireInProject(address.projectId, address.documentId);
      if (document.archivedAt !== null) payload.connectionConfig.readOnly = true;
      return { membership: me, address };
    } catch (error) {
      if (error instanceof DomainError && error.code === 'not-found') {
        throw this.refuseAndClose(context.socketId, 'NotAMember');
      }
      // Not a refusal: the person may well be a member. Closing with a retryable code
      // makes the client try again later, keeping everything on the device meanwhile.
      this.logger.error({ err: error, documentName }, 'could not check membership');
      throw this.sockets.refuse(context.socketId, 'ServerError');
    }
  }

  /**
   * A refusal that no retry can change: not a member of the project or no such document
   * (the two are not told apart, so nobody learns which documents exist), or a page
   * built for an older schema. Hocuspocus answers the refusal for this document, then
   * the whole socket closes with the same code, so the page stops instead of staying
   * connected to nothing. The close waits until that answer has been sent (it is sent as
   * soon as this hook's error reaches Hocuspocus), so a page hears both, in order.
   */
  private refuseAndClose(socketId: string, why: 'NotAMember' | 'ReloadNeeded'): { code: number; reason: string } {
    setImmediate(() => this.sockets.close(socketId, CloseCode[why], closeReasons[why]));
    return { code: CloseCode[why], reason: closeReasons[why] };
  }

  /**
   * A session can expire while its websocket stays open. Once the expiry known at
   * connection time has passed, check the session again (it may have been renewed).
   */
  async beforeHandleMessage({ context }: beforeHandleMessagePayload<CollaborationContext>): Promise<void> {
    if (this.now() < context.sessionExpiresAt) return;
    let session: Awaited<ReturnType<AuthService['findLiveSession']>>;
    try {
      session = await this.auth.findLiveSession(context.sessionTokenHash);
    } catch (error) {
      // Could not check: close the whole socket with a retryable code (closing only the
      // document would leave the browser connected to nothing).
      this.logger.error({ err: error }, 'could not check a session');
      throw this.sockets.refuse(context.socketId, 'ServerError');
    }
    if (session) {
      context.sessionExpiresAt = session.expiresAt;
      return;
    }
    throw this.sockets.refuse(context.socketId, 'NotSignedIn');
  }
}
