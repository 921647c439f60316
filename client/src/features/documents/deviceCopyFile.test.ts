import { describe, expect, it } from 'vitest';
import { deviceCopyFile } from './deviceCopyFile.ts';

const content = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Priority 1: being healthy' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Written on the bus ' },
        { type: 'text', text: '<script>alert(1)</script>', marks: [{ type: 'bold' as const }] },
      ],
    },
  ],
};

describe('deviceCopyFile', () => {
  it('is named after the document and the day it was saved', () => {
    const file = deviceCopyFile('Our strategy: draft', 'Older People', content, new Date(2026, 11, 7, 9, 30));
    expect(file.filename).toBe('Our strategy draft – copy from this device, 7 December 2026.html');
  });

  it('is a page anyone can open, with the words as this device holds them and their headings in order', () => {
    const { html } = deviceCopyFile('Our strategy', 'Older People', content, new Date(2026, 11, 7, 9, 30));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<h1>Our strategy</h1>');
    expect(html).toContain('<h3>Priority 1: being healthy</h3>');
    expect(html).toContain('Written on the bus');
    expect(html).toContain('Saved from this device: </strong>7 December 2026 at 09:30');
    expect(html).toMatch(/may hold changes that Roundtable has not saved/);
    // Words are words, never markup: the page runs nothing.
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
  });
});
