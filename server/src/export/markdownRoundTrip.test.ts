import { composeExport, markdownFromExport } from '@roundtable/shared';
import { lexer, parse, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { exportFixture, SCRIPT_TEXT } from '../testing/exportFixture.ts';

/** Headings, lists and links as a Markdown parser reads them back. */
function outline(tokens: Token[], depth = 0): string[] {
  const lines: string[] = [];
  for (const token of tokens) {
    if (token.type === 'heading') lines.push(`${'#'.repeat((token as Tokens.Heading).depth)} ${token.text}`);
    if (token.type === 'list') {
      const list = token as Tokens.List;
      for (const item of list.items) {
        const text = item.tokens.find((child) => child.type === 'text') as Tokens.Text | undefined;
        lines.push(`${'  '.repeat(depth)}${list.ordered ? '1.' : '-'} ${text?.text ?? ''}`);
        lines.push(...outline(item.tokens, depth + 1));
      }
    }
    if (token.type === 'blockquote') lines.push(...outline((token as Tokens.Blockquote).tokens, depth));
  }
  return lines;
}

function links(tokens: Token[]): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const walk = (token: Token) => {
    if (token.type === 'link') found.push([(token as Tokens.Link).text, (token as Tokens.Link).href]);
    for (const key of ['tokens', 'items'] as const) {
      const children = (token as { [k: string]: unknown })[key];
      if (Array.isArray(children)) children.forEach(walk);
    }
  };
  tokens.forEach(walk);
  return found;
}

describe('markdownFromExport, read back by marked', () => {
  const markdown = markdownFromExport(composeExport(exportFixture()));
  const tokens = lexer(markdown);

  it('round-trips the headings, list nesting, credits and the one safe link', () => {
    expect(outline(tokens)).toEqual([
      '# Joint Older People’s Strategy',
      '## Our priorities',
      '### Being physically and emotionally healthy',
      '- Warm homes',
      '  - Insulation grants',
      '- Buses that run on Sundays',
      '1. Listen first',
      '1. Then act',
      '  1. Report back',
      '#### What people said',
      '## Acknowledgements',
      '### Lived experience',
      '- Ada Lovelace',
      '- A member of the group who preferred not to be named',
      '### Professional',
      '- Sam Okafor',
      '### People who have since left the group',
      '- Tom Brown',
      '## Summary of changes since “Starting text”',
      '### By section',
      '- **Our priorities:** 12 words added, 3 words removed',
      '### By person',
      '- **Ada Lovelace:** 10 words added, 1 word removed',
      '- **A member of the group:** 2 words added, 2 words removed',
      '## Comment threads',
      '### Thread 1 in “Our priorities”',
      '- **Bea, 3 March 2026:** Which grants?\\\nThe council’s or the government’s?',
      '- **A member of the group, 4 March 2026:** Both. \\<script\\>alert(1)\\</script\\>\\<img src=x onerror=alert(1)\\>',
    ]);
    expect(links(tokens)).toEqual([['read the handbook', 'https://example.org/handbook']]);
  });

  it('keeps bold, italic and hard breaks', () => {
    const html = parse(markdown, { async: false });
    expect(html).toContain(
      'We agreed on <strong>four</strong> <em>priorities,</em> <a href="https://example.org/handbook">read the handbook</a>.',
    );
    expect(html).toContain('Nothing about us without us.<br>— a resident');
  });

  it('keeps script and Markdown syntax typed as text as words, even in a renderer that passes HTML through', () => {
    const html = parse(markdown, { async: false });
    expect(html).not.toMatch(/<script|<img|javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    const tricky = markdownFromExport(
      composeExport({
        ...exportFixture(),
        content: {
          type: 'doc',
          content: [
            '# not a heading',
            '- not a list',
            '1. not a list either',
            '[not](javascript:alert(1)) a link',
            '**not bold** `not code` <b>not html</b> &amp; | ~~ _x_',
            '    not code',
            '===',
            SCRIPT_TEXT,
          ].map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
        },
      }),
    );
    const paragraphs = lexer(tricky)
      .filter((token) => token.type === 'paragraph')
      .map((token) => parse(token.raw, { async: false }).trim());
    expect(paragraphs.slice(3, 11)).toEqual([
      '<p># not a heading</p>',
      '<p>- not a list</p>',
      '<p>1. not a list either</p>',
      '<p>[not](javascript:alert(1)) a link</p>',
      '<p>**not bold** `not code` &lt;b&gt;not html&lt;/b&gt; &amp;amp; | ~~ _x_</p>',
      '<p>not code</p>',
      '<p>===</p>',
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</p>',
    ]);
  });

  it('says the text is by someone who preferred not to be named, never who', () => {
    expect(markdown).toContain('A member of the group who preferred not to be named');
    expect(SCRIPT_TEXT).toBeTruthy();
  });
});
