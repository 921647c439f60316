import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ApiError,
  CloseCode,
  COLLABORATION_FIELD,
  type MembershipResponse,
  type Perspective,
  SESSION_COOKIE,
  type VersionResponse,
  type VersionsResponse,
} from '@roundtable/shared';
import mammoth from 'mammoth';
import { lexer, parse, type Tokens } from 'marked';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { typeParagraph, useCollaborationServer } from '../testing/collaborationTestKit.ts';
import { eventually } from '../testing/connectDocument.ts';
import { SCRIPT_TEXT } from '../testing/exportFixture.ts';
import { runTool } from '../testing/runTool.ts';
import { TestPerson } from '../testing/TestPerson.ts';

interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

async function download(person: TestPerson, path: string): Promise<Download> {
  const response = await fetch(`${person.baseUrl}${path}`, {
    headers: person.cookie ? { cookie: `${SESSION_COOKIE}=${person.cookie}` } : {},
  });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

const errorOf = (result: Download) => (JSON.parse(result.bytes.toString('utf8')) as ApiError).error;

/** Names of people who chose not to be named: they must appear in no export, in no format. */
const HIDDEN_NAMES = ['Patience Hidden', 'Leland Gone'];

describe('exports over the real server', () => {
  const kit = useCollaborationServer();
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * Ada (lead, perspective unsaid) and Sam (professional) edit; Sam records words for
   * Nia (lived experience); Patience (lived experience) asks not to be named, writes
   * script as words and, as a hostile client, tries a script link, which is refused;
   * Leland (both) asks not to be named, edits, then leaves the project.
   */
  async function strategyWrittenTogether() {
    const ada = new TestPerson(kit.server.url, 'Ada');
    await ada.signUp();
    const projectId = await ada.createProject('Older People’s Strategy group');
    const join = async (name: string, perspective: Perspective) => {
      const person = new TestPerson(kit.server.url, name);
      const token = await ada.invite(projectId);
      await person.signUp(token);
      await person.join(token, perspective);
      return person;
    };
    const sam = await join('Sam', 'professional');
    const nia = await join('Nia', 'lived-experience');
    const patience = await join(HIDDEN_NAMES[0] ?? '', 'lived-experience');
    const leland = await join(HIDDEN_NAMES[1] ?? '', 'both');
    for (const person of [patience, leland]) {
      const { membership } = await person.expectOk<MembershipResponse>('PATCH', `/api/projects/${projectId}/me`, {
        creditAs: 'anonymous',
      });
      expect(membership).toMatchObject({ creditAs: 'anonymous', perspective: expect.any(String) });
    }
    const detail = await ada.createDocument(projectId, 'older-peoples-strategy', 'Stratégie “Été” 2026');
    const name = detail.collaborationName;
    const documentId = detail.document.id;
    const tabs = [ada, sam, patience, leland].map((person) => kit.connect(name, person.cookie));
    await Promise.all(tabs.map((tab) => tab.synced));
    const [adaTab, samTab, patienceTab, lelandTab] = tabs as [
      (typeof tabs)[0],
      (typeof tabs)[0],
      (typeof tabs)[0],
      (typeof tabs)[0],
    ];
    const serverHas = (text: string) => eventually(() => kit.serverText(name).includes(text), `“${text}” arrives`);

    typeParagraph(adaTab.ydoc, 'Ada opened the workshop');
    typeParagraph(samTab.ydoc, 'Sam wrote about buses');
    typeParagraph(lelandTab.ydoc, 'Written before leaving the group');
    await serverHas('Written before leaving the group');

    const answers: Array<{ personId: string | null }> = [];
    samTab.provider.on('stateless', ({ payload }: { payload: string }) => answers.push(JSON.parse(payload)));
    samTab.provider.sendStateless(JSON.stringify({ event: 'record-on-behalf', personId: nia.id }));
    await eventually(() => answers.some((answer) => answer.personId === nia.id), 'Sam records for Nia');
    typeParagraph(samTab.ydoc, 'Nia said this on the phone');
    await serverHas('Nia said this on the phone');
    samTab.provider.sendStateless(JSON.stringify({ event: 'record-on-behalf', personId: null }));
    await eventually(() => answers.at(-1)?.personId === null, 'Sam stops recording');

    // Script as words fits the document; a script link and an unknown element, written
    // straight into the shared document as a hostile client could, are refused.
    typeParagraph(patienceTab.ydoc, SCRIPT_TEXT);
    await serverHas(SCRIPT_TEXT);
    patienceTab.ydoc.transact(() => {
      const fragment = patienceTab.ydoc.getXmlFragment(COLLABORATION_FIELD);
      const linked = new Y.XmlElement('paragraph');
      const unknown = new Y.XmlElement('script');
      fragment.insert(fragment.length, [linked, unknown]);
      const linkText = new Y.XmlText();
      linked.insert(0, [linkText]);
      linkText.insert(0, 'click me', { link: { href: 'javascript:alert(1)' } });
      unknown.insert(0, [new Y.XmlText('alert(2)')]);
    });
    expect((await patienceTab.closed).code).toBe(CloseCode.DoesNotFitDocument);

    await leland.expectOk('DELETE', `/api/projects/${projectId}/members/${leland.id}`);
    const base = `/api/projects/${projectId}/documents/${documentId}`;
    return { ada, sam, nia, patience, leland, projectId, documentId, base, adaTab };
  }

  it('gives a lead every format, credited as each person chose, with script kept as words', async () => {
    const { ada, base } = await strategyWrittenTogether();

    const md = await download(ada, `${base}/export?format=md`);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(md.headers.get('cache-control')).toBe('private, no-store');
    expect(md.headers.get('content-disposition')).toBe(
      `attachment; filename="Strategie 'Ete' 2026 - Current text.md"; filename*=UTF-8''${encodeURIComponent('Stratégie “Été” 2026 – Current text.md')}`,
    );
    const markdown = md.bytes.toString('utf8');
    const headings = lexer(markdown)
      .filter((token): token is Tokens.Heading => token.type === 'heading')
      .map((token) => `${token.depth} ${token.text}`);
    expect(headings.slice(0, 3)).toEqual([
      '1 Stratégie “Été” 2026',
      "2 Older People's Strategy",
      '3 Why this strategy matters',
    ]);
    const acknowledgements = markdown.slice(markdown.indexOf('## Acknowledgements'));
    expect(acknowledgements).toContain(
      [
        '### Lived experience',
        '',
        '- Nia',
        '- A member of the group who preferred not to be named',
        '',
        '### Professional',
        '',
        '- Sam',
        '',
        '### Lived experience and professional',
        '',
        '- A member of the group who preferred not to be named',
        '',
        '### Perspective not given',
        '',
        '- Ada',
      ].join('\n'),
    );
    const rendered = parse(markdown, { async: false });
    expect(rendered).not.toMatch(/<script|<img|javascript:|<a /i);
    expect(rendered).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(rendered).not.toContain('click me');
    expect(rendered).not.toContain('alert(2)');

    const html = await download(ada, `${base}/export?format=html`);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = html.bytes.toString('utf8');
    expect(page).toContain('<h1>Stratégie “Été” 2026</h1>');
    expect(page).not.toMatch(/<script|<img|javascript:/i);

    const docx = await download(ada, `${base}/export?format=docx`);
    expect(docx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const word = await mammoth.convertToHtml({ buffer: docx.bytes });
    expect(word.value).toContain("<h1>Older People's Strategy</h1>");
    expect(word.value).toContain('<h2>Lived experience</h2><ul><li>Nia</li><li>A member of the group who preferred');
    expect(word.value).not.toMatch(/<a |javascript:/);

    const pdf = await download(ada, `${base}/export?format=pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const file = join(dir, 'current.pdf');
    writeFileSync(file, pdf.bytes);
    expect(await runTool('pdfinfo', [file])).toMatch(/^Tagged:\s+yes$/m);
    const pdfText = await runTool('pdftotext', [file, '-']);
    expect(pdfText).toContain('Nia said this on the phone');
    expect(pdfText).toContain(SCRIPT_TEXT);

    const everything = [markdown, page, word.value, pdfText].join('\n');
    for (const hidden of HIDDEN_NAMES) expect(everything).not.toContain(hidden.split(' ')[0]);
  });

  it('exports a named version with a summary of changes since an earlier one, naming no one who asked not to be', async () => {
    const { ada, patience, projectId, base, adaTab } = await strategyWrittenTogether();
    const { versions } = await ada.expectOk<VersionsResponse>('GET', `${base}/versions`);
    const starting = versions.find((version) => version.name === 'Starting text');
    expect(starting).toBeDefined();
    const { version: draft } = await ada.expectOk<VersionResponse>('POST', `${base}/versions`, {
      name: 'Draft for workshop 2',
    });
    typeParagraph(adaTab.ydoc, 'Written after the draft');
    await eventually(
      () => kit.serverText(adaTab.provider.configuration.name).includes('after the draft'),
      'it arrives',
    );

    const query = `format=md&version=${draft.id}&changesSince=${starting?.id}&comments=1`;
    const md = await download(ada, `${base}/export?${query}`);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-disposition')).toContain('Draft for workshop 2.md');
    const markdown = md.bytes.toString('utf8');
    expect(markdown).toContain('**Version:** Draft for workshop 2');
    expect(markdown).toContain('Nia said this on the phone');
    expect(markdown).not.toContain('Written after the draft');
    const changes = markdown.slice(markdown.indexOf('## Summary of changes since “Starting text”'));
    expect(changes).toContain('### By person');
    expect(changes).toMatch(/- \*\*Nia \(recorded by Sam\):\*\* 6 words added, 0 words removed/);
    expect(changes).toMatch(/- \*\*A member of the group:\*\* \d+ words added/);
    expect(changes).toContain('## Comment threads\n\nNo one has commented on this document.');
    for (const hidden of HIDDEN_NAMES) expect(markdown).not.toContain(hidden.split(' ')[0]);

    // Patience changes her mind: the next export names her.
    await patience.expectOk('PATCH', `/api/projects/${projectId}/me`, { creditAs: 'name' });
    const named = (await download(ada, `${base}/export?format=md`)).bytes.toString('utf8');
    expect(named).toContain('- Patience Hidden');

    const backwards = await download(ada, `${base}/export?format=md&version=${starting?.id}&changesSince=${draft.id}`);
    expect(backwards.status).toBe(400);
    expect(errorOf(backwards).message).toMatch(/version from before/);
  });

  it('lets only leads export, says why to members, and tells others nothing', async () => {
    const { ada, sam, base } = await strategyWrittenTogether();
    const member = await download(sam, `${base}/export?format=pdf`);
    expect(member.status).toBe(403);
    expect(errorOf(member).message).toBe('Only a lead of this project can do that.');

    const stranger = new TestPerson(kit.server.url, 'Eve');
    await stranger.signUp(await ada.invite(await ada.createProject('Elsewhere')));
    expect((await download(stranger, `${base}/export?format=pdf`)).status).toBe(404);
    expect((await download(new TestPerson(kit.server.url, 'Nobody'), `${base}/export?format=pdf`)).status).toBe(401);

    const badFormat = await download(ada, `${base}/export?format=exe`);
    expect(badFormat.status).toBe(400);
    expect(errorOf(badFormat).message).toBe('Choose a format: docx, pdf, html or md.');
    expect((await download(ada, `${base}/export?format=md&version=not-a-version`)).status).toBe(404);
  });

  it('lets each person choose how exports credit them, in plain words when the choice is not one', async () => {
    const { sam, projectId } = await strategyWrittenTogether();
    const refused = await sam.request<ApiError>('PATCH', `/api/projects/${projectId}/me`, { creditAs: 'hidden' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe(
      'Choose how exports credit you: by your name, or as “a member of the group”.',
    );
    const empty = await sam.request<ApiError>('PATCH', `/api/projects/${projectId}/me`, {});
    expect(empty.body.error.message).toBe(
      'Choose your perspective, how exports credit you, or whether you get emails.',
    );
    const { membership } = await sam.expectOk<MembershipResponse>('PATCH', `/api/projects/${projectId}/me`, {
      perspective: 'both',
    });
    expect(membership).toMatchObject({ perspective: 'both', creditAs: 'name' });
  });
});
