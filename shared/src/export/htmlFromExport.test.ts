import { describe, expect, it } from 'vitest';
import type { RenderedNode } from '../history/historyTypes.ts';
import type { ComposedExport } from './composeExport.ts';
import { htmlFromExport } from './htmlFromExport.ts';

const exported = (title: string, ...content: RenderedNode[]): ComposedExport => ({
  title,
  subject: 'S',
  lang: 'en-GB',
  projectName: 'P',
  tree: { type: 'doc', content },
});
const paragraph = (...content: RenderedNode[]): RenderedNode => ({ type: 'paragraph', content });

describe('htmlFromExport', () => {
  it('escapes every piece of text, the title included', () => {
    const html = htmlFromExport(
      exported(
        '</title><script>x</script>',
        paragraph({ type: 'text', text: `<img src=x onerror="alert('1')">&amp;` }),
      ),
    );
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('<title>&#60;/title&#62;&#60;script&#62;x&#60;/script&#62; – P</title>');
    expect(html).toContain('<p>&#60;img src=x onerror=&#34;alert(&#39;1&#39;)&#34;&#62;&#38;amp;</p>');
  });

  it('links only to safe addresses, with the address escaped', () => {
    const link = (href: string): RenderedNode => ({
      type: 'text',
      text: 'go',
      marks: [{ type: 'link', attrs: { href } }],
    });
    const html = htmlFromExport(
      exported('T', paragraph(link('https://example.org/?a="b"&c')), paragraph(link('javascript:alert(1)'))),
    );
    expect(html).toContain(
      '<a href="https://example.org/?a=&#34;b&#34;&#38;c" rel="noopener noreferrer nofollow">go</a>',
    );
    expect(html).toContain('<p>go</p>');
  });

  it('writes only known elements: anything else gives up its text', () => {
    const html = htmlFromExport(
      exported('T', { type: 'iframe', content: [paragraph({ type: 'text', text: 'inside' })] }),
    );
    expect(html).not.toContain('iframe');
    expect(html).toContain('<p>inside</p>');
  });
});
