import type { Extension, onDisconnectPayload } from '@hocuspocus/server';
import type { HistoryService } from '../../history/HistoryService.ts';
import type { CollaborationContext } from '../CollaborationContext.ts';
import type { LoadedDocuments } from '../LoadedDocuments.ts';

export interface VisitsLogger {
  error(details: object, message: string): void;
}

/**
 * Remembers how far each person had seen a document when they left it, so next time
 * they are told what others changed since ("since your last visit").
 */
export class VisitsExtension implements Extension {
  extensionName = 'visits';

  constructor(
    private readonly history: HistoryService,
    private readonly loaded: LoadedDocuments,
    private readonly logger: VisitsLogger,
  ) {}

  async onDisconnect({ context, documentName }: onDisconnectPayload<CollaborationContext>): Promise<void> {
    const document = this.loaded.get(documentName);
    if (!context?.user || context.serverEdit || !context.membership || !document) return;
    try {
      await this.history.recordVisit(document.documentId, context.user.id, document.lastUpdateId);
    } catch (error) {
      this.logger.error({ err: error, documentName }, 'could not record a visit');
    }
  }
}
