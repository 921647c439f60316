import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server';
import { updateMisfit } from '../../documents/updateMisfit.ts';
import type { CollaborationContext } from '../CollaborationContext.ts';
import { IncomingFrame } from '../IncomingFrame.ts';
import type { LiveSockets } from '../LiveSockets.ts';

export interface SchemaGuardLogger {
  warn(details: object, message: string): void;
}

/**
 * The schema guard: an update whose result would not fit the shared document schema —
 * unknown nodes or marks, content the editor never writes, text where blocks belong,
 * elements where the schema does not allow them, attribute values out of range, links
 * that could run script — is refused before it is logged, applied or sent to anyone.
 * The editor cannot build such content, so one person could otherwise break the
 * document for everyone. Runs before persistence, so nothing refused is ever logged.
 */
export class SchemaGuardExtension implements Extension {
  extensionName = 'schema-guard';

  constructor(
    private readonly sockets: LiveSockets,
    private readonly logger: SchemaGuardLogger,
  ) {}

  async beforeHandleMessage({
    update: message,
    document,
    documentName,
    context,
    connection,
  }: beforeHandleMessagePayload<CollaborationContext>): Promise<void> {
    const frame = IncomingFrame.of(message);
    // A read-only connection's updates are never applied.
    if (!frame?.update || connection.readOnly) return;
    let misfit: string | null;
    try {
      misfit = updateMisfit(frame.structs.structs, document);
    } catch {
      throw this.sockets.refuse(context.socketId, 'MalformedMessage');
    }
    if (misfit === null) return;
    this.logger.warn(
      { documentName, userId: context.user.id, misfit },
      'refused an update that does not fit the document schema',
    );
    throw this.sockets.refuse(context.socketId, 'DoesNotFitDocument');
  }
}
