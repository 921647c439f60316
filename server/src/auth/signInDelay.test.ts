import type { ApiError } from '@roundtable/shared';
import { AccountLimits } from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrowserLikeClient } from '../testing/BrowserLikeClient.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { TestPerson } from '../testing/TestPerson.ts';

describe('sign-in limits that cannot be turned against the owner', () => {
  let now = 1_750_000_000_000;
  let server: TestServer;
  let ada: TestPerson;
  beforeEach(async () => {
    // Trusting a proxy lets the test speak from many addresses through X-Forwarded-For.
    server = await startTestServer({ now: () => now, env: { TRUST_PROXY: 'true' } });
    ada = new TestPerson(server.url, 'Ada');
    await ada.signUp();
  });
  afterEach(async () => {
    await server.destroy();
  });

  /** An attacker's guess from an address, answered with its status and any wait. */
  async function guess(address: string) {
    const attacker = new BrowserLikeClient(server.url, 'python-requests/2.32', address);
    const answer = await attacker.request<ApiError>('POST', '/api/auth/signin', {
      email: ada.email,
      password: 'password123',
    });
    return { status: answer.status, retryAfter: Number(answer.headers.get('retry-after') ?? 0), answer };
  }

  /** Guesses as fast as allowed (moving the clock through each wait), answering the waits met. */
  async function guessAsFastAsAllowed(times: number, address: (i: number) => string) {
    const waits: number[] = [];
    for (let i = 0; i < times; i++) {
      const first = await guess(address(i));
      if (first.status === 429) {
        waits.push(first.retryAfter);
        now += first.retryAfter * 1000;
        expect((await guess(address(i))).status).toBe(401);
      } else {
        expect(first.status).toBe(401);
        waits.push(0);
      }
    }
    return waits;
  }

  it('lets the owner in from a browser that signed in before while an attacker guesses, and slows the attacker', async () => {
    const laptop = new BrowserLikeClient(server.url, undefined, '198.51.100.7');
    expect((await laptop.signIn(ada.email, ada.password)).status).toBe(200);
    expect(laptop.cookies.has('rt_device')).toBe(true);
    await laptop.expectOk('POST', '/api/auth/signout');

    const waits = await guessAsFastAsAllowed(8, () => '203.0.113.9');
    const free = AccountLimits.signInFreeFailuresPerAccount;
    expect(waits.slice(free + 1)).toEqual([1, 2, 4, 8]);
    const refused = await guess('203.0.113.9');
    expect(refused.status).toBe(429);
    expect(refused.answer.body.error.message).toBe(
      'There have been too many attempts to sign in. Try again in 16 seconds.',
    );

    // The owner, on the browser that signed in before, is not held back at all.
    expect((await laptop.signIn(ada.email, ada.password)).status).toBe(200);
    // A browser that never signed in to this account waits like everyone else, even with the right password.
    const libraryComputer = new BrowserLikeClient(server.url, undefined, '198.51.100.8');
    expect((await libraryComputer.signIn(ada.email, ada.password)).status).toBe(429);
    // And the attacker's run is not cleared by the owner's sign-in.
    expect((await guess('203.0.113.9')).status).toBe(429);
  });

  it('does not reset the wait for unknown browsers when the attacker changes address', async () => {
    const waits = await guessAsFastAsAllowed(8, (i) => `203.0.113.${i + 1}`);
    expect(waits.slice(-3)).toEqual([2, 4, 8]);
    expect((await guess('192.0.2.77')).retryAfter).toBe(16);
  });

  it('does not count a device cookie made up by an attacker, or one from another account', async () => {
    const sam = new TestPerson(server.url, 'Sam');
    const projectId = await ada.createProject();
    const invite = await ada.invite(projectId);
    await sam.signUp(invite);
    // The attacker signs in to their own account (Sam's) and keeps that browser's cookie.
    const attacker = new BrowserLikeClient(server.url, undefined, '203.0.113.50');
    expect((await attacker.signIn(sam.email, sam.password)).status).toBe(200);
    let limited = false;
    for (let i = 0; i < 6 && !limited; i++) {
      limited = (await attacker.signIn(ada.email, `guess ${i}`)).status === 429;
    }
    expect(limited).toBe(true);
    attacker.cookies.set('rt_device', 'x'.repeat(43));
    expect((await attacker.signIn(ada.email, 'one more guess')).status).toBe(429);
  });
});
