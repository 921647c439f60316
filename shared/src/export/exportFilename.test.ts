import { describe, expect, it } from 'vitest';
import { exportFilename } from './exportFilename.ts';

describe('exportFilename', () => {
  it('names the file after the document and version, keeping letters people use', () => {
    expect(exportFilename('Stratégie “Été”', 'Draft 2', 'docx')).toBe('Stratégie “Été” – Draft 2.docx');
  });

  it('replaces what could change a path or that file systems refuse', () => {
    expect(exportFilename('../../etc/passwd', 'a:b*c?"d"<e>|f\u0000g', 'md')).toBe('etc passwd – a b c d e f g.md');
    expect(exportFilename('...', '', 'pdf')).toBe('Roundtable document.pdf');
  });

  it('keeps names short enough for every file system', () => {
    expect(Array.from(exportFilename('x'.repeat(500), 'v', 'html')).length).toBe(125);
  });
});
