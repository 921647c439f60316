import { expect } from '@playwright/test';
import { openEditor } from '../fixtures/documentPage.ts';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { shot } from '../fixtures/historyPanel.ts';
import { test } from '../fixtures/projectWithMembers.ts';

// A phone, and 400 % zoom on a small laptop screen (1280 × 1024 seen as 320 × 256).
for (const screen of [
  { width: 390, height: 844 },
  { width: 320, height: 256 },
]) {
  test(`the formatting tools leave at least half of a ${screen.width} × ${screen.height} screen for the text`, async ({
    lead,
    path,
  }) => {
    const { page } = lead;
    await page.setViewportSize(screen);
    const editor = await openEditor(page, path);
    // Writing in the middle of the document, the way the bar is in the way.
    await editor.getByRole('heading', { name: /^Priority 2/ }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' and more');
    await page.evaluate(() => {
      const caret = window.getSelection()?.getRangeAt(0).getBoundingClientRect();
      if (caret) window.scrollBy(0, caret.top - window.innerHeight / 2);
    });
    const bar = await page.locator('.document-bar').boundingBox();
    const covered = bar ? Math.max(0, Math.min(bar.y + bar.height, screen.height) - Math.max(bar.y, 0)) : 0;
    expect(covered, 'height of the screen the bar covers').toBeLessThanOrEqual(screen.height / 2 - 40);
    // Every tool is still there, by keyboard as by touch.
    await expect(page.getByRole('toolbar', { name: /Formatting/ }).getByRole('button', { name: /Bold/ })).toHaveCount(
      1,
    );
    await expectNoAxeViolations(page, `document at ${screen.width} × ${screen.height}`);
    await shot(page, `toolbar-${screen.width}x${screen.height}`);
  });
}
