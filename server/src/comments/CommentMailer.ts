import type { CommentEvents } from '../events/CommentEvents.ts';
import type { MailTransport } from '../mail/createMailTransport.ts';
import type { CommentStore } from '../store/CommentStore.ts';
import type { DocumentStore } from '../store/DocumentStore.ts';
import type { NewInboxItemRecord } from '../store/InboxStore.ts';
import type { ProjectStore } from '../store/ProjectStore.ts';
import type { UserStore } from '../store/UserStore.ts';
import { commentEmail } from './commentEmail.ts';

export interface MailLogger {
  error(details: object, message: string): void;
}

export interface CommentMailerOptions {
  /** e.g. "Roundtable <roundtable@council.example>" */
  from: string;
  /** Where people open Roundtable, for links: https://roundtable.example.gov.uk */
  origin: string;
}

/**
 * Emails members who asked for them about their new mentions and replies. Sending
 * happens after the change is stored and answered, one email at a time; a mail
 * server that is slow or down never holds up or fails a comment, it is only logged.
 */
export class CommentMailer {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly projectStore: ProjectStore,
    private readonly userStore: UserStore,
    private readonly documentStore: DocumentStore,
    private readonly commentStore: CommentStore,
    private readonly transport: MailTransport,
    private readonly options: CommentMailerOptions,
    private readonly logger: MailLogger,
  ) {}

  listenTo(events: CommentEvents): void {
    events.on('inboxItemsAdded', ({ items }) => this.notify(items));
  }

  notify(items: readonly NewInboxItemRecord[]): void {
    for (const item of items) {
      this.queue = this.queue.then(() =>
        this.send(item).catch((error: unknown) => {
          this.logger.error({ err: error, inboxItemId: item.id }, 'could not send an email about a comment');
        }),
      );
    }
  }

  /** Resolves once every email asked for so far has been tried. */
  idle(): Promise<void> {
    return this.queue;
  }

  close(): void {
    this.transport.close();
  }

  private async send(item: NewInboxItemRecord): Promise<void> {
    const membership = await this.projectStore.findMembership(item.projectId, item.userId);
    if (!membership?.emailNotifications) return;
    const [recipient, sender, project, document, comment, thread] = await Promise.all([
      this.userStore.findUserById(item.userId),
      this.userStore.findUserById(item.fromUserId),
      this.projectStore.findProject(item.projectId),
      this.documentStore.findDocument(item.documentId),
      this.commentStore.findComment(item.commentId),
      this.commentStore.findThread(item.threadId),
    ]);
    // Deleted before the email went: there is nothing left to tell.
    if (!recipient || !project || !document || !comment || !thread || comment.deletedAt !== null) return;
    const link = new URL(`/projects/${item.projectId}/documents/${item.documentId}`, this.options.origin);
    link.searchParams.set('thread', item.threadId);
    const { subject, text } = commentEmail({
      kind: item.kind,
      fromName: sender?.displayName ?? 'A former member',
      projectName: project.name,
      documentTitle: document.title,
      section: thread.section,
      body: comment.body,
      link: link.toString(),
    });
    await this.transport.sendMail({ from: this.options.from, to: recipient.email, subject, text });
  }
}
