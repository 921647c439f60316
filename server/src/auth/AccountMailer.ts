import type { MailTransport } from '../mail/createMailTransport.ts';

export interface AccountMailLogger {
  error(details: object, message: string): void;
}

export interface AccountMailerOptions {
  /** e.g. "Roundtable <roundtable@council.example>" */
  from: string;
  /** Where people open Roundtable, for links; known once the server listens. */
  origin: () => string;
  logger: AccountMailLogger;
}

/**
 * Sends emails about accounts (reset links, password changes) one at a time, after the
 * request that caused them has been answered: a slow or failing mail server never
 * holds up or fails a request, and how long an answer takes tells nothing about
 * whether an email went.
 */
export class AccountMailer {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly transport: MailTransport,
    private readonly options: AccountMailerOptions,
  ) {}

  /** A link to a path of this Roundtable. */
  link(path: string): string {
    return new URL(path, this.options.origin()).toString();
  }

  /** Runs `work` after everything queued before it; failures are logged, never thrown. */
  later(description: string, work: () => Promise<void>): void {
    this.queue = this.queue.then(() =>
      work().catch((error: unknown) => this.options.logger.error({ err: error }, `could not ${description}`)),
    );
  }

  send(to: string, email: { subject: string; text: string }): Promise<unknown> {
    return this.transport.sendMail({ from: this.options.from, to, ...email });
  }

  /** Resolves once everything queued so far has been tried. */
  idle(): Promise<void> {
    return this.queue;
  }

  close(): void {
    this.transport.close();
  }
}
