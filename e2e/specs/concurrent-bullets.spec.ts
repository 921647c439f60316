import { expect, type Locator, type Page } from '@playwright/test';
import { connectionStatus, openEditor } from '../fixtures/documentPage.ts';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { type NetworkSwitch, networkSwitch } from '../fixtures/networkSwitch.ts';
import type { Person } from '../fixtures/people.ts';
import { test } from '../fixtures/projectWithMembers.ts';

/*
 * A workshop adds points to the same bullet all at once: five people, each in their own
 * browser, put the caret at the end of the same item, press Enter and type their own
 * line. Each must end up with an item of their own, and their caret where they left it.
 */

/** The first list of the strategy template (Priority 1) and the item everyone adds after. */
const PROMPTS = ['What people told us matters', 'What we will do together', 'How we will know it is working'];
const BULLET = PROMPTS[1]!;
const MEMBERS = ['Sam Okafor', 'Rosa Reyes', 'Priya Shah', 'Tom Evans'];
const LINES = ['Benches in parks', 'Buses that wait', 'A named GP', 'Large print', 'Lunch clubs'];
/** Five browsers on one machine pass every keystroke to four others: give them time. */
const SETTLE = { timeout: 30_000 };

interface Participant {
  page: Page;
  editor: Locator;
  network: NetworkSwitch;
  line: string;
}

/** The lead and four members, each with the document open on their own device. */
async function fivePeopleAtTheDocument(
  lead: Person,
  inviteMember: (name: string) => Promise<Person>,
  path: string,
): Promise<Participant[]> {
  const people = [lead];
  for (const name of MEMBERS) people.push(await inviteMember(name));
  const participants: Participant[] = [];
  for (const [index, person] of people.entries()) {
    // Before the page opens its live connection, so the switch can take it down.
    const network = await networkSwitch(person.context);
    const editor = await openEditor(person.page, path);
    participants.push({ page: person.page, editor, network, line: LINES[index]! });
  }
  return participants;
}

/** The text of each item of the first list, without the carets drawn for other people. */
function firstListItems(editor: Locator): Promise<string[]> {
  return editor
    .locator('ul')
    .first()
    .locator(':scope > li')
    .evaluateAll((items) =>
      items.map((item) => {
        const copy = item.cloneNode(true) as HTMLElement;
        for (const caret of Array.from(copy.querySelectorAll('.collaboration-carets__caret'))) caret.remove();
        return copy.textContent ?? '';
      }),
    );
}

async function caretAtEndOfBullet({ page, editor }: Participant): Promise<void> {
  await editor.locator('ul').first().locator(':scope > li > p', { hasText: BULLET }).click();
  await page.keyboard.press('End');
}

/**
 * Everyone sees the first list as it was, with each line in an item of its own right
 * after the bullet (in whatever order the lines were merged): no empty item, none fused.
 */
async function expectSeparatePoints(participants: Participant[], lines: string[]): Promise<void> {
  const expected = [PROMPTS[0], BULLET, ...[...lines].sort(), PROMPTS[2]];
  for (const { editor } of participants) {
    await expect
      .poll(async () => {
        const items = await firstListItems(editor);
        return [...items.slice(0, 2), ...items.slice(2, -1).sort(), ...items.slice(-1)];
      }, SETTLE)
      .toEqual(expected);
  }
  const seen = await Promise.all(participants.map(({ editor }) => firstListItems(editor)));
  for (const items of seen) expect(items).toEqual(seen[0]);
}

/** One more key from each person lands at the end of their own line, so every caret stayed put. */
async function expectCaretsWhereTheyWereLeft(participants: Participant[]): Promise<void> {
  await Promise.all(participants.map(({ page }) => page.keyboard.type('!')));
  await expectSeparatePoints(
    participants,
    participants.map(({ line }) => `${line}!`),
  );
}

test('five people who add a bullet after the same item while offline each keep their own item and caret', async ({
  lead,
  path,
  inviteMember,
}) => {
  test.setTimeout(180_000);
  const participants = await fivePeopleAtTheDocument(lead, inviteMember, path);

  for (const participant of participants) {
    await participant.network.goOffline();
    await expect(connectionStatus(participant.page)).toHaveText(/Offline — changes kept on this device/);
  }
  for (const participant of participants) {
    await caretAtEndOfBullet(participant);
    await participant.page.keyboard.press('Enter');
    await participant.page.keyboard.type(participant.line);
  }
  // Nobody has anyone else's line yet.
  for (const { editor, line } of participants) {
    await expect.poll(() => firstListItems(editor)).toEqual([PROMPTS[0], BULLET, line, PROMPTS[2]]);
  }

  await Promise.all(participants.map(({ network }) => network.goOnline()));
  for (const { page } of participants) await expect(connectionStatus(page)).toHaveText(/All changes saved/, SETTLE);
  await expectSeparatePoints(
    participants,
    participants.map(({ line }) => line),
  );
  await expectCaretsWhereTheyWereLeft(participants);

  await expectNoAxeViolations(participants[0]!.page, 'document page after five people added a bullet');
});

test('five people who press Enter after the same item within the same moments each keep their own item and caret', async ({
  lead,
  path,
  inviteMember,
}) => {
  test.setTimeout(180_000);
  const participants = await fivePeopleAtTheDocument(lead, inviteMember, path);

  for (const participant of participants) await caretAtEndOfBullet(participant);
  await Promise.all(participants.map(({ page }) => page.keyboard.press('Enter')));
  await Promise.all(participants.map(({ page, line }) => page.keyboard.type(line)));

  await expectSeparatePoints(
    participants,
    participants.map(({ line }) => line),
  );
  await expectCaretsWhereTheyWereLeft(participants);

  await expectNoAxeViolations(participants[1]!.page, 'document page as a member after five people added a bullet');
});
