import { describe, expect, it } from 'vitest';
import { contentDisposition } from './contentDisposition.ts';

describe('contentDisposition', () => {
  it('gives old clients an ASCII name and new ones the exact name', () => {
    expect(contentDisposition('Stratégie “Été” – Draft (2).pdf')).toBe(
      `attachment; filename="Strategie 'Ete' - Draft (2).pdf"; filename*=UTF-8''Strat%C3%A9gie%20%E2%80%9C%C3%89t%C3%A9%E2%80%9D%20%E2%80%93%20Draft%20%282%29.pdf`,
    );
  });

  it('lets nothing in the name end the header or add a parameter', () => {
    const header = contentDisposition('a"; filename=evil.exe\r\nSet-Cookie: x=1;\\.md');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''[^"; ]*$/);
  });

  it('falls back to a plain name when nothing is left', () => {
    expect(contentDisposition('中文')).toMatch(/^attachment; filename="__"; /);
  });
});
