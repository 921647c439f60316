import {
  type AccessNeedsResponse,
  type ApiError,
  type PersonalDataExportResponse,
  SESSION_COOKIE,
} from '@roundtable/shared';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite/SqliteStore.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { projectWithTwoMembers, TestPerson } from '../testing/TestPerson.ts';

const PATH = '/api/account/access-needs';
const NOW = Date.parse('2026-03-02T09:00:00Z');

describe('what helps a person take part, as they keep it themselves', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ now: () => NOW });
  });
  afterEach(async () => {
    await server.destroy();
  });

  async function storedFor(userId: string) {
    const stores = SqliteStore.open(server.databaseFile);
    try {
      return await stores.accessNeeds.findAccessNeeds(userId);
    } finally {
      await stores.close();
    }
  }

  it('keeps nothing until the person consents, then keeps what they said with the time they agreed', async () => {
    const { sam } = await projectWithTwoMembers(server.url);
    expect(await sam.expectOk<AccessNeedsResponse>('GET', PATH)).toEqual({ accessNeeds: null });

    const refused = await sam.request<ApiError>('PUT', PATH, { needs: ['large-print'], otherNeeds: 'Quiet room' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields?.consent).toBe(
      'Tick the box to say Roundtable may keep this and show it to leads and facilitators.',
    );
    expect(await storedFor(sam.id)).toBeUndefined();

    const saved = await sam.expectOk<AccessNeedsResponse>('PUT', PATH, {
      needs: ['large-print', 'breaks'],
      otherNeeds: '  A seat near the door  ',
      consent: true,
      showName: true,
    });
    expect(saved.accessNeeds).toEqual({
      needs: ['large-print', 'breaks'],
      otherNeeds: 'A seat near the door',
      showName: true,
      consentedAt: new Date(NOW).toISOString(),
    });
    expect(await sam.expectOk<AccessNeedsResponse>('GET', PATH)).toEqual(saved);
    const read = await fetch(`${server.url}${PATH}`, { headers: { cookie: `${SESSION_COOKIE}=${sam.cookie}` } });
    expect(read.headers.get('cache-control')).toBe('private, no-store');
  });

  it('answers bad input with a clear 400 and changes nothing', async () => {
    const { sam } = await projectWithTwoMembers(server.url);
    await sam.expectOk('PUT', PATH, { needs: ['breaks'], consent: true });
    const cases: Array<[unknown, string, string]> = [
      [{ needs: ['breaks'], otherNeeds: 'x'.repeat(501), consent: true }, 'otherNeeds', 'at most 500 characters'],
      [{ needs: ['breaks'], otherNeeds: 7, consent: true }, 'otherNeeds', 'as text'],
      [{ needs: 'breaks', consent: true }, 'needs', 'Choose from the list'],
      [{ needs: ['<script>alert(1)</script>'], consent: true }, 'needs.0', 'Choose from the list'],
      [{ needs: ['breaks'], consent: 'yes' }, 'consent', 'Tick the box'],
      [{ needs: ['breaks'], consent: true, showName: 'yes' }, 'showName', 'may see your name'],
      [{ needs: [], otherNeeds: ' ', consent: true }, 'needs', 'Tick at least one thing'],
    ];
    for (const [body, field, message] of cases) {
      const result = await sam.request<ApiError>('PUT', PATH, body);
      expect(result.status, JSON.stringify(body)).toBe(400);
      expect(result.body.error.fields?.[field], JSON.stringify(body)).toContain(message);
    }
    const notJson = await sam.request<ApiError>('PUT', PATH, 'needs=breaks', { 'content-type': 'text/plain' });
    expect(notJson.status).toBe(400);
    expect((await sam.expectOk<AccessNeedsResponse>('GET', PATH)).accessNeeds?.needs).toEqual(['breaks']);
  });

  it('deletes the record whole when the person asks, and only theirs', async () => {
    const { ada, sam } = await projectWithTwoMembers(server.url);
    await sam.expectOk('PUT', PATH, { needs: ['breaks'], otherNeeds: 'Mornings', consent: true });
    await ada.expectOk('PUT', PATH, { needs: ['step-free'], consent: true });
    expect((await sam.request('DELETE', PATH)).status).toBe(204);
    expect(await storedFor(sam.id)).toBeUndefined();
    expect(await sam.expectOk<AccessNeedsResponse>('GET', PATH)).toEqual({ accessNeeds: null });
    expect((await ada.expectOk<AccessNeedsResponse>('GET', PATH)).accessNeeds?.needs).toEqual(['step-free']);
    expect((await sam.request('DELETE', PATH)).status).toBe(204);
  });

  it('needs someone signed in', async () => {
    const nobody = new TestPerson(server.url, 'Nobody');
    expect((await nobody.request('GET', PATH)).status).toBe(401);
    expect((await nobody.request('PUT', PATH, { needs: ['breaks'], consent: true })).status).toBe(401);
    expect((await nobody.request('DELETE', PATH)).status).toBe(401);
  });

  it('is in the person’s copy of their data, and goes when they delete their account', async () => {
    const { sam } = await projectWithTwoMembers(server.url);
    await sam.expectOk('PUT', PATH, {
      needs: ['hearing-loop'],
      otherNeeds: 'Papers in Easy Read',
      consent: true,
      showName: false,
    });
    await sam.expectOk('POST', '/api/account/data-export');
    const files = await readyArchive(sam);
    expect(files['account.txt']).toContain(
      'What helps you take part:\n- A hearing loop\n- In your words: Papers in Easy Read',
    );
    expect(files['account.txt']).toContain('Leads and facilitators see these only as counts, without your name.');
    expect(JSON.parse(files['your-data.json'] ?? '{}').accessNeeds).toEqual({
      needs: ['hearing-loop'],
      otherNeeds: 'Papers in Easy Read',
      showName: false,
      consentedAt: new Date(NOW).toISOString(),
    });

    const id = sam.id;
    expect((await sam.request('POST', '/api/account/delete', { password: sam.password })).status).toBe(204);
    expect(await storedFor(id)).toBeUndefined();
  });
});

async function readyArchive(person: TestPerson): Promise<Record<string, string>> {
  for (let tries = 0; ; tries++) {
    const status = (await person.expectOk<PersonalDataExportResponse>('GET', '/api/account/data-export')).export;
    if (status?.state === 'ready') break;
    if (tries > 200) throw new Error('The archive was never ready');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const response = await fetch(`${person.baseUrl}/api/account/data-export/download`, {
    headers: { cookie: `${SESSION_COOKIE}=${person.cookie}` },
  });
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}
