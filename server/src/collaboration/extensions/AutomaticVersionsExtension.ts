import type {
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  Extension,
  onChangePayload,
  onDisconnectPayload,
} from '@hocuspocus/server';
import type { VersionService } from '../../history/VersionService.ts';
import type { CollaborationContext } from '../CollaborationContext.ts';
import type { LoadedDocuments } from '../LoadedDocuments.ts';

export interface AutomaticVersionsLogger {
  error(details: object, message: string): void;
}

/** A session with at least this many changes is kept as a version when the last person leaves. */
const BUSY_SESSION_CHANGES = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Saves versions nobody has to remember to save: when the last person leaves after a
 * busy session, and once a day while a document keeps changing.
 */
export class AutomaticVersionsExtension implements Extension {
  extensionName = 'automatic-versions';
  private readonly state = new Map<string, { latestVersionAt: number; changesSinceVersion: number }>();

  constructor(
    private readonly versions: VersionService,
    private readonly loaded: LoadedDocuments,
    private readonly logger: AutomaticVersionsLogger,
    private readonly now: () => number = Date.now,
  ) {}

  async afterLoadDocument({ documentName }: afterLoadDocumentPayload<CollaborationContext>): Promise<void> {
    const document = this.loaded.get(documentName);
    if (!document) return;
    try {
      const latest = await this.versions.latest(document.documentId);
      this.state.set(documentName, { latestVersionAt: latest?.createdAt ?? 0, changesSinceVersion: 0 });
    } catch (error) {
      // Without it this document simply gets no automatic versions until it is next loaded.
      this.logger.error({ err: error, documentName }, 'could not read the latest version');
    }
  }

  // Runs after persistence, so the log already holds the change.
  async onChange({ documentName }: onChangePayload<CollaborationContext>): Promise<void> {
    const state = this.state.get(documentName);
    if (!state) return;
    state.changesSinceVersion += 1;
    if (this.now() - state.latestVersionAt >= DAY_MS) await this.save(documentName, 'Daily version');
  }

  async onDisconnect({ document, documentName }: onDisconnectPayload<CollaborationContext>): Promise<void> {
    const state = this.state.get(documentName);
    if (!state || document.getConnectionsCount() > 0) return;
    if (state.changesSinceVersion >= BUSY_SESSION_CHANGES) await this.save(documentName, 'End of an editing session');
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.state.delete(documentName);
  }

  private async save(documentName: string, name: string): Promise<void> {
    const state = this.state.get(documentName);
    const document = this.loaded.get(documentName);
    if (!state || !document) return;
    state.latestVersionAt = this.now();
    state.changesSinceVersion = 0;
    try {
      await this.versions.saveAutomatic(document.documentId, name, document.lastUpdateId);
    } catch (error) {
      this.logger.error({ err: error, documentName }, 'could not save an automatic version');
    }
  }
}
