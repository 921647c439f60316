import type { AccountNoticesResponse, ApiError, ForgotPasswordResponse, SetupResponse } from '@roundtable/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../testing/connectDocument.ts';
import { startMailServer } from '../testing/startMailServer.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { projectWithTwoMembers, TestPerson } from '../testing/TestPerson.ts';

const publicOrigin = 'https://roundtable.example.gov.uk';
const NEW_PASSWORD = 'remembered at last, I hope';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('forgot your password?', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setUp(env: NodeJS.ProcessEnv) {
    const server: TestServer = await startTestServer({
      env: { PUBLIC_ORIGIN: publicOrigin, ...env },
      config: { logLevel: 'error' },
    });
    cleanups.push(() => server.destroy());
    return { server, ...(await projectWithTwoMembers(server.url)) };
  }

  async function mailServer() {
    const mail = await startMailServer();
    cleanups.push(mail.close);
    return mail;
  }

  it('emails a single-use link, answering the same whether or not an account uses the address', async () => {
    const mail = await mailServer();
    const { server, sam } = await setUp({ SMTP_URL: mail.url });
    const visitor = new TestPerson(server.url, 'Visitor');
    expect((await visitor.request<SetupResponse>('GET', '/api/setup')).body.passwordResetByEmail).toBe(true);

    const timed = async (email: string) => {
      const started = performance.now();
      const answer = await visitor.request<ForgotPasswordResponse>('POST', '/api/auth/forgot-password', { email });
      return { ...answer, ms: performance.now() - started };
    };
    const unknown = await timed('nobody@example.org');
    const known = await timed(sam.email.toUpperCase());
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    expect(known.status).toBe(unknown.status);
    expect(known.body.message).toMatch(/If an account uses that address, we have sent a link/);
    // Answered before anything is looked up or sent: no slower for a real account.
    expect(known.ms).toBeLessThan(unknown.ms + 200);

    await eventually(() => mail.received.length >= 1, 'the email arrives');
    const [email] = mail.received;
    expect(email?.to).toEqual([sam.email]);
    const text = email?.mail.text ?? '';
    const link = text.match(/https:\/\/roundtable\.example\.gov\.uk\/reset-password#(\S+)/);
    expect(link, text).not.toBeNull();
    const token = link?.[1] ?? '';

    await visitor.expectOk('POST', '/api/password-reset', { token, newPassword: NEW_PASSWORD });
    expect((await sam.request('GET', '/api/me')).status).toBe(401);
    const again = await visitor.request<ApiError>('POST', '/api/password-reset', { token, newPassword: NEW_PASSWORD });
    expect(again.body.error.message).toMatch(/already been used/);

    const samNow = new TestPerson(server.url, 'Sam', sam.email, NEW_PASSWORD);
    await samNow.signIn();
    const { notices } = await samNow.expectOk<AccountNoticesResponse>('GET', '/api/account/notices');
    expect(notices.map((notice) => notice.kind)).toEqual(['password-reset-by-email']);
    await eventually(() => mail.received.length >= 2, 'the email arrives');
    expect(mail.received[1]?.mail.subject).toBe('Your Roundtable password was changed');
  });

  it('sends only a few emails to one account in an hour', async () => {
    const mail = await mailServer();
    const { server, sam } = await setUp({ SMTP_URL: mail.url });
    const visitor = new TestPerson(server.url, 'Visitor');
    for (let i = 0; i < 5; i++) {
      expect((await visitor.request('POST', '/api/auth/forgot-password', { email: sam.email })).status).toBe(202);
    }
    await eventually(() => mail.received.length >= 3, 'the email arrives');
    await pause(300);
    expect(mail.received).toHaveLength(3);
  });

  it('is not offered where the server cannot send email', async () => {
    const { server, sam } = await setUp({});
    const visitor = new TestPerson(server.url, 'Visitor');
    expect((await visitor.request<SetupResponse>('GET', '/api/setup')).body.passwordResetByEmail).toBe(false);
    const refused = await visitor.request<ApiError>('POST', '/api/auth/forgot-password', { email: sam.email });
    expect(refused.status).toBe(404);
    expect(refused.body.error.message).toMatch(/cannot send emails/);
  });
});
