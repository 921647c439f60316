import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { TestPerson } from '../testing/TestPerson.ts';

/** Failed sign-ins to different accounts (so only the limit per address can stop them), through a proxy. */
async function failedSignIns(server: TestServer, count: number, forwardedFor: (attempt: number) => string) {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < count; attempt++) {
    const guesser = new TestPerson(server.url, `Guess ${attempt}`);
    const result = await guesser.request(
      'POST',
      '/api/auth/signin',
      { email: guesser.email, password: 'wrong password!!' },
      { 'x-forwarded-for': forwardedFor(attempt) },
    );
    statuses.push(result.status);
  }
  return statuses;
}

describe('sign-in limits behind a reverse proxy', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.destroy();
    server = undefined;
  });

  it('with one proxy trusted, counts the address the proxy saw, whatever the client wrote before it', async () => {
    server = await startTestServer({ env: { TRUST_PROXY: '1' } });
    // The client writes a new address each time; the proxy appends the one it really saw.
    const statuses = await failedSignIns(server, 25, (attempt) => `203.0.113.${attempt + 1}, 198.51.100.7`);
    expect(statuses[0]).toBe(401);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(5);

    // Another client of the same proxy is not held back.
    const [other] = await failedSignIns(server, 1, () => '203.0.113.200, 198.51.100.8');
    expect(other).toBe(401);
  });

  it('with the proxy named by its address, believes it and nobody else', async () => {
    server = await startTestServer({ env: { TRUST_PROXY: '127.0.0.1/8, ::1' } });
    const statuses = await failedSignIns(server, 25, (attempt) => `203.0.113.${attempt + 1}, 198.51.100.7`);
    expect(statuses.at(-1)).toBe(429);
    const [other] = await failedSignIns(server, 1, () => '198.51.100.8');
    expect(other).toBe(401);
  });

  it('takes the old TRUST_PROXY=true as one proxy, so writing addresses does not get round the limit', async () => {
    server = await startTestServer({ env: { TRUST_PROXY: 'true' } });
    expect(server.roundtable).toBeDefined();
    const statuses = await failedSignIns(server, 25, (attempt) => `203.0.113.${attempt + 1}, 198.51.100.7`);
    expect(statuses.at(-1)).toBe(429);
  });
});
