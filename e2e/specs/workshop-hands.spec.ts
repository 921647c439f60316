import { expect, type Locator, type Page } from '@playwright/test';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@roundtable/shared';
import { checkAtBothWidths } from '../fixtures/checkAtBothWidths.ts';
import { openEditor } from '../fixtures/documentPage.ts';
import { shot } from '../fixtures/historyPanel.ts';
import { test } from '../fixtures/projectWithMembers.ts';
import {
  headingInView,
  invitedFacilitator,
  recordAnnouncements,
  sectionIds,
  startWorkshop,
} from '../fixtures/workshopRoom.ts';

const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const ACCESS = 'Priority 4: Access to information and care';
const HEALTH = 'Priority 1: Being physically and emotionally healthy';

const hands = (page: Page) => page.getByRole('region', { name: 'Hands' });
const queueNames = (page: Page) => hands(page).getByRole('listitem').locator('.hand-queue__name');
const viewNotice = (page: Page) => page.getByRole('region', { name: 'Where your view was taken' });
/** A picture of the room's part of the panel, to look at, at the page's width now. */
async function roomShot(page: Page, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  await page.locator('.workshop-room').screenshot({ path: `/tmp/shots/${name}-room-${width}.png` });
}
const scrollTop = (page: Page) => page.evaluate(() => window.scrollY);

/** Makes the text long, so that sections lie screens apart: paragraphs under “Why this strategy matters”. */
async function writeAtLength(page: Page, editor: Locator): Promise<void> {
  await editor.getByText('Why this strategy matters').click();
  await page.keyboard.press('End');
  for (let n = 1; n <= 14; n++) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(
      `Point ${n}: people told us that getting about, staying in touch and finding out what is on are what keep them well and independent, and that services should be planned with them rather than for them.`,
    );
  }
}

test('hands go up and are called in order, someone in the room joins the queue, and everyone is brought to a section while a typist carries on', async ({
  browser,
  lead,
  projectId,
  documentId,
  path,
  inviteMember,
}) => {
  test.setTimeout(240_000);
  const fay = await invitedFacilitator(browser, lead, projectId, 'Fay Facilitator');
  const [ada, sam, kim] = [await inviteMember('Ada'), await inviteMember('Sam'), await inviteMember('Kim')];
  if (!ada || !sam || !kim) throw new Error('three members');
  try {
    await fay.page.setViewportSize(desktop);
    const fayEditor = await openEditor(fay.page, path);
    await writeAtLength(fay.page, fayEditor);
    const section = await sectionIds(fay, projectId, documentId);
    const workshopId = await startWorkshop(fay, projectId, documentId, [
      { title: 'Welcome', durationMinutes: 5, sectionId: null },
      { title: 'Being healthy', durationMinutes: 20, sectionId: section(HEALTH) },
      { title: 'Finding out', durationMinutes: 20, sectionId: section(ACCESS) },
    ]);
    await fay.page.reload();
    await expect(hands(fay.page)).toBeVisible();

    for (const person of [ada, sam]) await person.page.setViewportSize(desktop);
    await kim.page.setViewportSize(phone);
    const editors = {
      ada: await openEditor(ada.page, path),
      sam: await openEditor(sam.page, path),
      kim: await openEditor(kim.page, path),
    };
    for (const person of [ada, sam, kim]) await expect(hands(person.page)).toBeVisible();
    const heard = {
      fay: await recordAnnouncements(fay.page),
      ada: await recordAnnouncements(ada.page),
      sam: await recordAnnouncements(sam.page),
      kim: await recordAnnouncements(kim.page),
    };

    // Three hands go up: Ada with the button, Sam with the shortcut while writing, Kim on her phone by keyboard.
    await hands(ada.page).getByRole('button', { name: 'Raise your hand' }).click();
    await expect(hands(ada.page)).toContainText('Your hand is up. You are 1st in the queue.');
    await expect(queueNames(fay.page)).toHaveText(['Ada']);

    await editors.sam.getByText('Why this strategy matters').click();
    await sam.page.keyboard.press('End');
    await sam.page.keyboard.type(' (Sam)');
    await sam.page.keyboard.press('Alt+Shift+H');
    await expect(hands(sam.page)).toContainText('You are 2nd in the queue.');
    await expect(editors.sam).toContainText('Why this strategy matters (Sam)');
    await expect(editors.sam).not.toContainText('(Sam)H');
    await expect(editors.sam).toBeFocused();

    await hands(kim.page).getByRole('button', { name: 'Raise your hand' }).focus();
    await kim.page.keyboard.press('Enter');
    await expect(hands(kim.page)).toContainText('You are 3rd in the queue.');

    // Everyone sees the queue in the order hands went up; nobody has spoken yet.
    for (const person of [fay, ada, sam, kim]) await expect(queueNames(person.page)).toHaveText(['Ada', 'Sam', 'Kim']);
    await expect(hands(fay.page).getByText('Not spoken yet')).toHaveCount(3);
    await expect.poll(heard.fay).toMatch(/Ada raised a hand\..*Kim raised a hand\./);
    // A member has no one else's hand to call or lower.
    await expect(hands(kim.page).getByRole('button', { name: /^Call/ })).toHaveCount(0);
    await expect(hands(kim.page).getByRole('button', { name: 'Lower Ada’s hand' })).toHaveCount(0);

    // Called in order: each is told, and their hand comes down.
    for (const [person, name, told] of [
      [ada, 'Ada', heard.ada],
      [sam, 'Sam', heard.sam],
      [kim, 'Kim', heard.kim],
    ] as const) {
      await hands(fay.page)
        .getByRole('button', { name: `Call next: ${name}` })
        .focus();
      await fay.page.keyboard.press('Enter');
      await expect.poll(told).toContain('Fay Facilitator called you to speak.');
      await expect(hands(person.page).getByRole('button', { name: 'Raise your hand' })).toBeVisible();
    }
    // With nobody left to call, the keyboard goes on from the line saying so.
    await expect(hands(fay.page).getByText('No hands are up.')).toBeFocused();

    // Someone in the room without a device joins the queue; Ada, who has spoken, goes up again after her.
    const inRoom = hands(fay.page).getByRole('form', { name: 'Someone in the room without a device' });
    await inRoom.getByRole('textbox', { name: 'Their name' }).focus();
    await fay.page.keyboard.type('Mary');
    await fay.page.keyboard.press('Enter');
    await expect(inRoom.getByRole('textbox', { name: 'Their name' })).toHaveValue('');
    await hands(ada.page).getByRole('button', { name: 'Raise your hand' }).click();
    for (const person of [fay, kim]) await expect(queueNames(person.page)).toHaveText(['Mary', 'Ada']);
    const rows = hands(kim.page).getByRole('listitem');
    await expect(rows.nth(0)).toContainText('In the room');
    await expect(rows.nth(0)).toContainText('Not spoken yet');
    await expect(rows.nth(1)).toContainText('Has spoken');
    await expect.poll(heard.kim).toContain('Mary, in the room, was added to the queue.');

    // The room with its queue passes axe, for the facilitator and for a member, wide and on a phone.
    await checkAtBothWidths(fay.page, 'workshop-hands-facilitator', async () => {
      await expect(hands(fay.page).getByRole('button', { name: 'Call next: Mary' })).toBeVisible();
      await roomShot(fay.page, 'workshop-hands-facilitator');
    });
    await checkAtBothWidths(kim.page, 'workshop-hands-member', async () => {
      await expect(queueNames(kim.page)).toHaveCount(2);
      await roomShot(kim.page, 'workshop-hands-member');
    });
    await kim.page.setViewportSize(phone);

    // Bring everyone here, while Sam keeps typing.
    await editors.sam.getByText('Why this strategy matters (Sam)').click();
    await sam.page.keyboard.press('End');
    const samAt = await scrollTop(sam.page);
    await kim.page.evaluate(() => window.scrollTo(0, 400));
    const kimWas = await scrollTop(kim.page);
    expect(kimWas).toBeGreaterThan(0);
    const typing = (async () => {
      for (let n = 0; n < 20; n++) {
        await sam.page.keyboard.type(`${n % 10}`);
        await sam.page.waitForTimeout(250);
      }
    })();
    const bring = fay.page.getByRole('region', { name: 'Bring everyone here' });
    await bring.getByRole('button', { name: /Section/ }).focus();
    await fay.page.keyboard.press('Enter');
    await expect(fay.page.getByRole('listbox')).toBeVisible();
    await fay.page.keyboard.type('Priority 4');
    await fay.page.keyboard.press('Enter');
    await expect(bring.getByRole('button', { name: /Section/ })).toContainText(ACCESS);
    await fay.page.keyboard.press('Tab');
    await expect(bring.getByRole('button', { name: 'Bring everyone here' })).toBeFocused();
    await fay.page.keyboard.press('Enter');
    await expect(bring).toContainText(`Everyone is being brought to ‘${ACCESS}’.`);

    const brought = `Fay Facilitator brought everyone to ‘${ACCESS}’.`;
    for (const person of [ada, kim]) {
      await expect(viewNotice(person.page)).toContainText(brought);
      await expect.poll(() => headingInView(person.page, section(ACCESS))).toBe(true);
    }
    await shot(kim.page, 'workshop-hands-brought-390');
    // Sam is still typing: told where everyone is going, but left where he is.
    await expect(
      sam.page.getByText(/Fay Facilitator is bringing everyone to .* when you pause typing\./),
    ).toBeVisible();
    expect(await headingInView(sam.page, section(ACCESS))).toBe(false);
    await shot(sam.page, 'workshop-hands-waiting-1280');
    expect(Math.abs((await scrollTop(sam.page)) - samAt)).toBeLessThan(200);
    await typing;
    // Once he pauses, he is taken there too, his words intact and his cursor where it was.
    await expect.poll(() => headingInView(sam.page, section(ACCESS)), { timeout: 8000 }).toBe(true);
    await expect(viewNotice(sam.page)).toContainText(brought);
    await expect(editors.sam).toContainText('Why this strategy matters (Sam)01234567890123456789');
    await expect(editors.sam).toBeFocused();
    await sam.page.keyboard.type('!');
    await expect(editors.sam).toContainText('Why this strategy matters (Sam)01234567890123456789!');

    // Go back to where I was.
    await kim.page.getByRole('button', { name: 'Go back to where I was' }).focus();
    await kim.page.keyboard.press('Enter');
    await expect.poll(() => scrollTop(kim.page)).toBe(kimWas);
    await expect(viewNotice(kim.page)).toHaveCount(0);
    await shot(kim.page, 'workshop-hands-gone-back-390');

    // Following the facilitator: Ada's view goes to each agenda item's section as the room moves on; Kim's stays.
    await ada.page.getByRole('button', { name: 'Go back to where I was' }).click();
    await ada.page.getByRole('button', { name: 'Follow the facilitator' }).click();
    await expect(ada.page.getByRole('button', { name: 'Stop following' })).toBeVisible();
    const kimBefore = await scrollTop(kim.page);
    const moved = await fay.context.request.post(`/api/projects/${projectId}/workshops/${workshopId}/run`, {
      headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE },
      data: { command: 'next' },
    });
    expect(moved.ok(), await moved.text()).toBe(true);
    await expect.poll(() => headingInView(ada.page, section(HEALTH))).toBe(true);
    await expect(viewNotice(ada.page)).toContainText('Following the facilitator to ‘Priority 1');
    await kim.page.waitForTimeout(1500);
    expect(await scrollTop(kim.page)).toBe(kimBefore);
    await shot(ada.page, 'workshop-hands-following-1280');
  } finally {
    await fay.context.close();
  }
});
