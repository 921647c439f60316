import { describe, expect, it } from 'vitest';
import { filenameFromContentDisposition } from './filenameFromContentDisposition.ts';

describe('filenameFromContentDisposition', () => {
  it('prefers the exact UTF-8 name to the ASCII stand-in', () => {
    const header =
      "attachment; filename=\"Older People's Strategy - Draft 2.docx\"; filename*=UTF-8''Older%20People%E2%80%99s%20Strategy%20%E2%80%93%20Draft%202.docx";
    expect(filenameFromContentDisposition(header)).toBe('Older People’s Strategy – Draft 2.docx');
  });

  it('uses the quoted name when there is no exact one, or the exact one is malformed', () => {
    expect(filenameFromContentDisposition('attachment; filename="Our strategy - Current text.pdf"')).toBe(
      'Our strategy - Current text.pdf',
    );
    expect(filenameFromContentDisposition('attachment; filename="a.md"; filename*=UTF-8\'\'%E2%80')).toBe('a.md');
    expect(filenameFromContentDisposition('attachment; filename="say \\"hi\\".html"')).toBe('say "hi".html');
  });

  it('reads an unquoted name, and gives null when there is no name at all', () => {
    expect(filenameFromContentDisposition('attachment; filename=plain.md')).toBe('plain.md');
    expect(filenameFromContentDisposition('attachment')).toBeNull();
    expect(filenameFromContentDisposition(null)).toBeNull();
  });
});
