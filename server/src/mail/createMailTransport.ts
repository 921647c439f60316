import nodemailer from 'nodemailer';

/** A plain-text email; Roundtable sends no HTML, so nothing in a comment can become markup. */
export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  sendMail(message: MailMessage): Promise<unknown>;
  close(): void;
}

/** Sends through the SMTP server at `smtpUrl` (smtp://host:port, or smtps://user:password@host). */
export function createMailTransport(smtpUrl: string): MailTransport {
  return nodemailer.createTransport(smtpUrl);
}
