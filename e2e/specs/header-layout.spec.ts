import { randomUUID } from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@roundtable/shared';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { shot } from '../fixtures/historyPanel.ts';
import { test } from '../fixtures/projectWithMembers.ts';

type Box = { x: number; y: number; width: number; height: number };

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

/** Every part of the header, each of which must stand clear of the others and of the screen's edge. */
function headerParts(page: Page): Record<string, Locator> {
  const header = page.locator('.app-header');
  return {
    brand: header.getByRole('link', { name: 'Roundtable' }),
    projects: header.getByRole('link', { name: 'My projects' }),
    inbox: header.getByRole('link', { name: /^Inbox/ }),
    name: header.getByRole('link', { name: /Your account, signed in as/ }),
    signOut: header.getByRole('button', { name: 'Sign out' }),
  };
}

test('the header stands clear at 320 and 390 px with a long name and unread mentions', async ({
  lead,
  projectId,
  documentId,
  inviteMember,
}) => {
  const member = await inviteMember('Bartholomew Featherstonehaugh');
  const response = await lead.context.request.post(
    `/api/projects/${projectId}/documents/${documentId}/comments/threads`,
    {
      headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE },
      data: { id: randomUUID(), anchor: 'document', body: 'Over to you, @Bartholomew Featherstonehaugh.' },
    },
  );
  expect(response.ok(), await response.text()).toBe(true);

  const { page } = member;
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Inbox, 1 unread' })).toBeVisible();
    const parts = Object.entries(headerParts(page));
    const boxes = await Promise.all(parts.map(async ([name, locator]) => [name, await boxOf(locator)] as const));
    for (const [name, box] of boxes) {
      expect(box.x, `${name} at ${width} px`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name} at ${width} px`).toBeLessThanOrEqual(width);
    }
    for (const [i, [a, boxA]] of boxes.entries()) {
      for (const [b, boxB] of boxes.slice(i + 1)) {
        expect(overlaps(boxA, boxB), `${a} and ${b} overlap at ${width} px`).toBe(false);
      }
    }
    await expectNoAxeViolations(page, `header at ${width} px`);
    await shot(page, `header-${width}`);
  }
});
