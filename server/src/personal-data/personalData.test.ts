import { type PersonalDataExportResponse, type PersonalDataExportStatus, SESSION_COOKIE } from '@roundtable/shared';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { typeParagraph, useCollaborationServer } from '../testing/collaborationTestKit.ts';
import { eventually } from '../testing/connectDocument.ts';
import type { TestPerson } from '../testing/TestPerson.ts';

const EXPORT = '/api/account/data-export';

async function download(person: TestPerson): Promise<Response> {
  return fetch(`${person.baseUrl}${EXPORT}/download`, { headers: { cookie: `${SESSION_COOKIE}=${person.cookie}` } });
}

async function readyArchive(person: TestPerson): Promise<Record<string, string>> {
  const seen: Array<PersonalDataExportStatus['state'] | undefined> = [];
  for (let tries = 0; seen.at(-1) !== 'ready'; tries++) {
    if (tries > 200) throw new Error(`The archive was never ready: ${seen.join(', ')}`);
    seen.push((await person.expectOk<PersonalDataExportResponse>('GET', EXPORT)).export?.state);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const response = await download(person);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/zip');
  expect(response.headers.get('content-disposition')).toContain('attachment');
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('a person’s copy of their own data', () => {
  const kit = useCollaborationServer();

  it('gathers their words, edit sessions and comments into a zip, and nobody else’s', async () => {
    const { ada, sam, projectId, documentId, name } = await kit.sharedDocument();
    const base = `/api/projects/${projectId}/documents/${documentId}`;
    const adaTab = kit.connect(name, ada.cookie);
    const samTab = kit.connect(name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);
    typeParagraph(samTab.ydoc, 'Sam says the 42 bus matters.');
    typeParagraph(adaTab.ydoc, 'Ada says warm homes come first.');
    await eventually(() => kit.serverText(name).includes('warm homes'), 'both are saved');
    const thread = crypto.randomUUID();
    await sam.expectOk('POST', `${base}/comments/threads`, {
      id: thread,
      anchor: 'document',
      body: 'Can we add <script>alert(1)</script> the timetable?',
    });
    await ada.expectOk('POST', `${base}/comments/threads/${thread}/replies`, { body: 'Ada’s private thought' });

    const before = await sam.expectOk<PersonalDataExportResponse>('GET', EXPORT);
    expect(before.export).toBeNull();
    expect((await download(sam)).status).toBe(404);

    const started = await sam.request<PersonalDataExportResponse>('POST', EXPORT);
    expect(started.status).toBe(202);
    expect(started.body?.export?.state).toBe('working');

    const files = await readyArchive(sam);
    expect(Object.keys(files).sort()).toEqual([
      'Older People’s Strategy group/Our strategy.txt',
      'Older People’s Strategy group/Time given.txt',
      'README.txt',
      'account.txt',
      'your-data.json',
    ]);
    const text = files['Older People’s Strategy group/Our strategy.txt'] ?? '';
    expect(text).toContain('Sam says the 42 bus matters.');
    expect(text).toContain('Can we add <script>alert(1)</script> the timetable?');
    expect(text).toMatch(/YOUR EDIT SESSIONS\n- \d+ \w+ \d{4}: 6 words added/);
    const everything = Object.values(files).join('\n');
    expect(everything).not.toContain('warm homes');
    expect(everything).not.toContain('Ada’s private thought');
    expect(files['account.txt']).toContain('Email: sam@example.org');
    expect(files['Older People’s Strategy group/Time given.txt']).toContain('Time given by Sam');
    const data = JSON.parse(files['your-data.json'] ?? '{}');
    expect(data.account.displayName).toBe('Sam');
    expect(data.projects[0].documents[0].comments.map((comment: { body: string }) => comment.body)).toEqual([
      'Can we add <script>alert(1)</script> the timetable?',
    ]);
    const status = (await sam.expectOk<PersonalDataExportResponse>('GET', EXPORT)).export;
    expect(status).toMatchObject({ documentsDone: 1, documentsTotal: 1 });

    // Each person only ever reaches their own archive.
    expect((await download(ada)).status).toBe(404);
    expect((await fetch(`${sam.baseUrl}${EXPORT}/download`)).status).toBe(401);
  });
});
