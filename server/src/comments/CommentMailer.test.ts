import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { MembershipResponse } from '@roundtable/shared';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../testing/connectDocument.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { projectWithTwoMembers, TestPerson } from '../testing/TestPerson.ts';

interface ReceivedMail {
  to: string[];
  raw: string;
  mail: ParsedMail;
}

/** A real SMTP server on port 0 that keeps what it is sent. */
async function startMailServer() {
  const received: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then((mail) => {
          received.push({ to: session.envelope.rcptTo.map((recipient) => recipient.address), raw, mail });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  const { port } = smtp.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

const publicOrigin = 'https://roundtable.example.gov.uk';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('emails about mentions and replies', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setUp(env: NodeJS.ProcessEnv) {
    const server: TestServer = await startTestServer({ env: { PUBLIC_ORIGIN: publicOrigin, ...env } });
    cleanups.push(() => server.destroy());
    const { ada, sam, projectId } = await projectWithTwoMembers(server.url);
    const bea = new TestPerson(server.url, 'Bea');
    const token = await ada.invite(projectId);
    await bea.signUp(token);
    await bea.join(token);
    const { document } = await ada.createDocument(projectId, 'blank', 'Older People’s Strategy');
    const base = `/api/projects/${projectId}/documents/${document.id}/comments`;
    const askForEmails = async (person: TestPerson) => {
      const { membership } = await person.expectOk<MembershipResponse>('PATCH', `/api/projects/${projectId}/me`, {
        emailNotifications: true,
      });
      expect(membership.emailNotifications).toBe(true);
    };
    return { ada, sam, bea, projectId, documentId: document.id, base, askForEmails };
  }

  async function mailServer() {
    const mail = await startMailServer();
    cleanups.push(mail.close);
    return mail;
  }

  it('emails, in plain text, only the people who asked', async () => {
    const mail = await mailServer();
    const { ada, sam, bea, projectId, documentId, base, askForEmails } = await setUp({ SMTP_URL: mail.url });
    await askForEmails(sam);

    const threadId = randomUUID();
    const body = 'Over to you, @Bea and @Sam:\n<b>warm</b> homes & <script>alert(1)</script>';
    await ada.expectOk('POST', `${base}/threads`, { id: threadId, anchor: 'document', section: 'Housing', body });
    await eventually(() => mail.received.length > 0, 'an email arrives');
    const [email] = mail.received;
    expect(email?.to).toEqual([sam.email]);
    expect(email?.mail.subject).toBe('Ada mentioned you in “Older People’s Strategy”');
    expect(email?.mail.from?.value).toEqual([{ name: 'Roundtable', address: 'roundtable@localhost' }]);
    expect(email?.mail.html).toBe(false);
    expect(email?.raw).not.toMatch(/text\/html/i);
    expect(email?.mail.text).toContain('<b>warm</b> homes & <script>alert(1)</script>');
    expect(email?.mail.text).toContain(
      `${publicOrigin}/projects/${projectId}/documents/${documentId}?thread=${threadId}`,
    );

    // Bea's reply tells Ada (who began the thread), but Ada has not asked for emails yet.
    await bea.expectOk('POST', `${base}/threads/${threadId}/replies`, { body: 'Happy to.' });
    await askForEmails(ada);
    await sam.expectOk('POST', `${base}/threads/${threadId}/replies`, { body: 'Me too.' });
    await eventually(() => mail.received.length > 1, 'a second email arrives');
    await pause(200);
    expect(mail.received.map((received) => [received.to, received.mail.subject])).toEqual([
      [[sam.email], 'Ada mentioned you in “Older People’s Strategy”'],
      [[ada.email], 'Sam replied in “Older People’s Strategy”'],
    ]);
    expect(mail.received[1]?.mail.text).toContain('Me too.');
  });

  it('sends nothing when no mail server is set, and a failing mail server fails no comment', async () => {
    const mail = await mailServer();
    const quiet = await setUp({});
    await quiet.askForEmails(quiet.sam);
    const mention = { id: randomUUID(), anchor: 'document', section: '', body: 'Hello @Sam' };
    expect((await quiet.ada.request('POST', `${quiet.base}/threads`, mention)).status).toBe(201);

    const closed = await startMailServer();
    await closed.close();
    const failing = await setUp({ SMTP_URL: closed.url });
    await failing.askForEmails(failing.sam);
    const started = Date.now();
    const response = await failing.ada.request('POST', `${failing.base}/threads`, { ...mention, id: randomUUID() });
    expect(response.status).toBe(201);
    expect(Date.now() - started).toBeLessThan(1000);

    await pause(300);
    expect(mail.received).toEqual([]);
  });
});
