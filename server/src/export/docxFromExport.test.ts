import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeExport } from '@roundtable/shared';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { exportFixture } from '../testing/exportFixture.ts';
import { runTool } from '../testing/runTool.ts';
import { docxFromExport } from './docxFromExport.ts';

/** Word's Title is the document's h1 and its Heading 1–3 the document's own headings, one level down. */
const styleMap = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Heading 1'] => h2:fresh",
  "p[style-name='Heading 2'] => h3:fresh",
  "p[style-name='Heading 3'] => h4:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
];

describe('docxFromExport, read by mammoth and by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-docx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the title, heading styles, formatting, nested lists, links, quotes and credits', async () => {
    const buffer = await docxFromExport(composeExport(exportFixture()));
    const { value: html, messages } = await mammoth.convertToHtml({ buffer }, { styleMap });
    // Every paragraph style in the file is one mammoth knows: real styles, not formatting.
    expect(messages).toEqual([]);
    expect(html).toContain('<h1>Joint Older People’s Strategy</h1>');
    expect(html).toContain('<h2>Our priorities</h2>');
    expect(html).toContain('<h3>Being physically and emotionally healthy</h3>');
    expect(html).toContain('<h4>What people said</h4>');
    expect(html).toContain('<strong>four</strong>');
    expect(html).toMatch(/<em>\s*priorities,\s*<\/em>/);
    expect(html).toContain('<a href="https://example.org/handbook">read the handbook</a>');
    expect(html).toContain(
      '<ul><li>Warm homes<ul><li>Insulation grants</li></ul></li><li>Buses that run on Sundays</li></ul>',
    );
    expect(html).toContain('<ol><li>Listen first</li><li>Then act<ol><li>Report back</li></ol></li></ol>');
    expect(html).toContain('<blockquote><p>Nothing about us without us.<br />— a resident</p></blockquote>');
    expect(html).toContain('<h2>Acknowledgements</h2>');
    expect(html).toContain(
      '<h3>Lived experience</h3><ul><li>Ada Lovelace</li><li>A member of the group who preferred not to be named</li></ul>',
    );
    expect(html).toContain('<h3>People who have since left the group</h3><ul><li>Tom Brown</li></ul>');
    // Script stays text; a script link is no link at all.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<p>click me</p>');
  });

  // LibreOffice takes a while to start.
  it('opens in LibreOffice, which finds the title, the headings and every word', { timeout: 120_000 }, async () => {
    const file = join(dir, 'strategy.docx');
    writeFileSync(file, await docxFromExport(composeExport(exportFixture())));
    await runTool(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'html', '--outdir', dir, file],
      120_000,
    );
    const html = readFileSync(join(dir, 'strategy.html'), 'utf8').replace(/\s+/g, ' ');
    expect(html).toMatch(/<title>\s*Joint Older People’s Strategy\s*<\/title>/);
    expect(html).toMatch(/<h1[^>]*>\s*Our priorities<\/h1>/);
    expect(html).toMatch(/<h2[^>]*>\s*Being physically and emotionally healthy<\/h2>/);
    expect(html).toMatch(/<li[^>]*><p[^>]*>Then act<\/p>\s*<ol>\s*<li[^>]*><p[^>]*>\s*Report back/);
    // Headings keep their style's weight: no run says "not bold".
    expect(html).not.toMatch(/<h\d[^>]*>(<span[^>]*>)*<span style="font-weight: normal">/);
    expect(html).toMatch(/href="https:\/\/example.org\/handbook"/);

    for (const words of ['Insulation grants', 'Sam Okafor', 'A member of the group who preferred not to be named']) {
      expect(html).toContain(words);
    }
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script|<img|javascript:/i);
  });
});
