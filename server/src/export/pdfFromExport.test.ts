import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeExport } from '@roundtable/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { exportFixture, SCRIPT_TEXT } from '../testing/exportFixture.ts';
import { runTool } from '../testing/runTool.ts';
import { pdfFromExport } from './pdfFromExport.ts';

describe('pdfFromExport, read by poppler', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function writeFixture(): Promise<{ file: string; bytes: Buffer }> {
    const bytes = await pdfFromExport(composeExport(exportFixture()));
    const file = join(dir, `strategy-${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, bytes);
    return { file, bytes };
  }

  it('is tagged, with its title shown and its language set', async () => {
    const { file, bytes } = await writeFixture();
    const info = await runTool('pdfinfo', [file]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Joint Older People’s Strategy$/m);
    expect(info).toMatch(/^JavaScript:\s+no$/m);
    const raw = bytes.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/Lang \(en-GB\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).not.toContain('javascript:');
  });

  it('has a structure tree in reading order: headings, nested lists, links, quotes and credits', async () => {
    const { file } = await writeFixture();
    const structure = await runTool('pdfinfo', ['-struct-text', file]);
    const lines = structure.split('\n');
    const indexOf = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line));
    expect(structure).toMatch(/H1[^\n]*\n\s*"Joint Older People’s Strategy"/);
    expect(structure).toMatch(/H2[^\n]*\n\s*"Our priorities"/);
    expect(structure).toMatch(/H3[^\n]*\n\s*"Being physically and emotionally healthy"/);
    // The link's text and its clickable area (an object reference) are one Link element.
    expect(structure).toMatch(/Link \(inline\)\n\s*Object \d+ \d+\n\s*"read the handbook"/);
    expect(structure).toMatch(/BlockQuote/);
    // The nested list sits inside the body of the item it belongs to.
    const warmHomes = indexOf(/"Warm homes"/);
    const grants = indexOf(/"Insulation grants"/);
    const depth = (index: number) => (lines[index] ?? '').search(/\S/);
    expect(grants).toBeGreaterThan(warmHomes);
    expect(depth(grants)).toBeGreaterThan(depth(warmHomes));
    expect(indexOf(/"Acknowledgements"/)).toBeGreaterThan(indexOf(/"click me"/));
  });

  it('has real text that can be selected and searched, with script kept as words', async () => {
    const { file } = await writeFixture();
    const text = await runTool('pdftotext', ['-layout', file, '-']);
    for (const words of [
      'Joint Older People’s Strategy',
      'Project: Older People’s Strategy group',
      'Version: Draft for workshop 2',
      'Date: 3 March 2026',
      'We agreed on four priorities, read the handbook.',
      'Insulation grants',
      'Report back',
      SCRIPT_TEXT,
      'Ada Lovelace',
      'A member of the group who preferred not to be named',
      'Thread 1 in “Our priorities”',
      'Which grants?',
      'The council’s or the government’s?',
      'Resolved by Ada Lovelace on 4 March 2026',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toMatch(/Page 1 of \d+/);
  });

  it('links only to the safe address', async () => {
    const { bytes } = await writeFixture();
    const raw = bytes.toString('latin1');
    expect(raw).toContain('/URI (https://example.org/handbook)');
    expect(raw.match(/\/URI /g)).toHaveLength(1);
  });
});
