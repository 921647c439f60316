import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import {
  type ComposedExport,
  composeExport,
  EXPORT_STYLE,
  EXPORT_STYLE_HASH,
  htmlFromExport,
} from '@roundtable/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFixture, SCRIPT_TEXT } from '../testing/exportFixture.ts';
import { openChromium } from '../testing/openChromium.ts';

/** The exported page as Chromium parses it, with a note of any script that ran. */
async function openExport(browser: Browser, composed: ComposedExport): Promise<{ page: Page; ranScript: string[] }> {
  // One context per page, as axe needs.
  const page = await (await browser.newContext()).newPage();
  const ranScript: string[] = [];
  page.on('dialog', (dialog) => {
    ranScript.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') ranScript.push(message.text());
  });
  await page.setContent(htmlFromExport(composed), { waitUntil: 'load' });
  return { page, ranScript };
}

describe('htmlFromExport, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('passes axe with no violations of WCAG 2.2 AA', async () => {
    const { page } = await openExport(browser, composeExport(exportFixture()));
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
    // Landmarks hold everything, so best practice passes too.
    const landmarks = await new AxeBuilder({ page })
      .withRules(['region', 'landmark-one-main', 'page-has-heading-one'])
      .analyze();
    expect(landmarks.violations.map((violation) => violation.id)).toEqual([]);
    await page.context().close();
  });

  it('has the language, title, heading outline, nested lists, link and credits', async () => {
    const { page } = await openExport(browser, composeExport(exportFixture()));
    expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
    expect(await page.title()).toBe('Joint Older People’s Strategy – Older People’s Strategy group');
    const headings = await page.$$eval('h1, h2, h3, h4', (nodes) =>
      nodes.map((node) => `${node.tagName} ${node.textContent}`),
    );
    expect(headings.slice(0, 5)).toEqual([
      'H1 Joint Older People’s Strategy',
      'H2 Our priorities',
      'H3 Being physically and emotionally healthy',
      'H4 What people said',
      'H2 Acknowledgements',
    ]);
    expect(await page.locator('ul > li > ul > li').first().textContent()).toBe('Insulation grants');
    expect(await page.locator('ol > li > ol > li').first().textContent()).toBe('Report back');
    expect(
      await page.$$eval('a', (links) => links.map((link) => [link.textContent, link.getAttribute('href')])),
    ).toEqual([['read the handbook', 'https://example.org/handbook']]);
    const credits = page.locator('section[aria-labelledby="part-acknowledgements-heading"]');
    expect(await credits.locator('li').allTextContents()).toEqual([
      'Ada Lovelace',
      'A member of the group who preferred not to be named',
      'Sam Okafor',
      'Tom Brown',
    ]);
    await page.context().close();
  });

  it('keeps script as words: nothing runs, nothing links to script', async () => {
    const composed = composeExport(exportFixture());
    // Even a tree that skipped the schema check gets no script link.
    const hostile: ComposedExport = {
      ...composed,
      tree: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'sneaky', marks: [{ type: 'link', attrs: { href: 'javascript:alert(2)' } }] },
            ],
          },
          ...(composed.tree.content ?? []),
        ],
      },
    };
    const { page, ranScript } = await openExport(browser, hostile);
    expect(await page.locator('script, img, iframe, [onerror]').count()).toBe(0);
    expect(await page.locator('p', { hasText: 'alert(1)' }).first().textContent()).toBe(SCRIPT_TEXT);
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    expect(ranScript).toEqual([]);
    await page.context().close();
  });

  it('allows its own style sheet and nothing else', () => {
    const hash = `sha256-${createHash('sha256').update(EXPORT_STYLE, 'utf8').digest('base64')}`;
    expect(EXPORT_STYLE_HASH).toBe(hash);
    const html = htmlFromExport(composeExport(exportFixture()));
    expect(html).toContain(`content="default-src 'none'; style-src '${hash}'`);
  });
});
