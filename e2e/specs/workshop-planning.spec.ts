import { expect, type Page } from '@playwright/test';
import { CSRF_HEADER, CSRF_HEADER_VALUE, type WorkshopResponse } from '@roundtable/shared';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { test } from '../fixtures/projectWithMembers.ts';

const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const screenshots = 'test-results/workshop-planning';

/** A day a month from now, as a date field takes it. */
function dayAMonthAway(): string {
  const day = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** Types into the focused field, then moves on with Tab, as a keyboard user would. */
async function typeAndTab(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

async function addItemByKeyboard(page: Page, title: string, minutes: string, section?: string): Promise<void> {
  const titleField = page.getByRole('textbox', { name: 'What happens' });
  await expect(titleField).toBeFocused();
  await typeAndTab(page, title);
  await expect(page.getByRole('textbox', { name: 'Minutes' })).toBeFocused();
  await page.keyboard.type(minutes);
  if (section) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listbox')).toBeVisible();
    await page.keyboard.type(section);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: new RegExp(`^${section}`) })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Add to agenda' })).toBeFocused();
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listitem').filter({ hasText: title }).first()).toBeVisible();
}

test('a lead plans a workshop with its agenda by keyboard and sees it listed', async ({
  lead,
  projectId,
  documentId,
}) => {
  const page = lead.page;
  expect(documentId).not.toBe('');
  await page.setViewportSize(desktop);
  await page.goto(`/projects/${projectId}`);
  const workshops = page.getByRole('region', { name: 'Workshops' });
  await expect(workshops.getByText('No workshops yet. Plan one')).toBeVisible();

  await workshops.getByRole('link', { name: 'Plan a workshop' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Plan a workshop', level: 1 })).toBeVisible();
  // The document's sections are there to choose from once it has loaded.
  await page.getByRole('textbox', { name: 'Title' }).focus();
  await typeAndTab(page, 'Strategy day: housing');
  await expect(page.getByRole('button', { name: /^Our strategy/ })).toBeFocused();
  await page.getByLabel('Date').fill(dayAMonthAway());
  await page.getByLabel('Time').fill('10:00');
  await page.getByRole('textbox', { name: 'Place' }).focus();
  await typeAndTab(page, 'Town hall, room 2');
  await expect(page.getByRole('textbox', { name: 'Online meeting link' })).toBeFocused();
  await page.keyboard.type('https://meet.example.org/strategy-day');

  await page.getByRole('textbox', { name: 'What happens' }).focus();
  await addItemByKeyboard(page, 'Welcome', '10');
  await addItemByKeyboard(page, 'Housing and homes', '45', 'Priority 3: Housing, homes and the environment');
  await addItemByKeyboard(page, 'Break', '15');

  const agenda = page.getByRole('region', { name: 'Agenda' }).getByRole('list').first();
  const rows = agenda.getByRole('listitem');
  await expect(rows).toHaveText([/10:00\s*Welcome/, /10:10\s*Housing and homes/, /10:55\s*Break/]);
  await expect(rows.nth(1)).toContainText('Section: Priority 3: Housing, homes and the environment');

  // Move Welcome down: focus stays on its button, and the move is announced.
  const moveDown = page.getByRole('button', { name: 'Move down: Welcome' });
  await moveDown.focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveText([/10:00\s*Housing and homes/, /10:45\s*Welcome/, /10:55\s*Break/]);
  await expect(moveDown).toBeFocused();
  await expect(page.getByTestId('announcer')).toContainText('Moved “Welcome” to position 2.');

  await expectNoAxeViolations(page, 'new workshop form (desktop)');
  await page.screenshot({ path: `${screenshots}/new-workshop-1280.png`, fullPage: true });
  await page.setViewportSize(phone);
  await expectNoAxeViolations(page, 'new workshop form (phone)');
  await page.screenshot({ path: `${screenshots}/new-workshop-390.png`, fullPage: true });
  await page.setViewportSize(desktop);

  await page.getByRole('button', { name: 'Plan workshop' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Strategy day: housing', level: 1 })).toBeVisible();
  await expect(page.getByText('Workshop planned. Everyone in the project can see it.')).toBeVisible();
  await expect(rows).toHaveText([/10:00\s*Housing and homes/, /10:45\s*Welcome/, /10:55\s*Break/]);

  // Saved at once on the planned workshop: moving Break up changes the times.
  await page.getByRole('button', { name: 'Move up: Break' }).focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveText([/10:00\s*Housing and homes/, /10:45\s*Break/, /11:00\s*Welcome/]);
  await expect(page.getByRole('button', { name: 'Move up: Break' })).toBeFocused();
  await expectNoAxeViolations(page, 'planned workshop (desktop)');
  await page.screenshot({ path: `${screenshots}/planned-workshop-1280.png`, fullPage: true });
  await page.setViewportSize(phone);
  await expectNoAxeViolations(page, 'planned workshop (phone)');
  await page.screenshot({ path: `${screenshots}/planned-workshop-390.png`, fullPage: true });

  await page.getByRole('link', { name: /Older People’s Strategy group/ }).click();
  const listed = page.getByRole('region', { name: 'Coming up' }).getByRole('listitem');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('Strategy day: housing');
  await expect(listed).toContainText(/10:00 to 11:10/);
  await expect(listed).toContainText('Our strategy');
  await expect(listed).toContainText('Town hall, room 2');
  await expect(listed.getByRole('link', { name: /Join the online meeting/ })).toHaveAttribute(
    'href',
    'https://meet.example.org/strategy-day',
  );
  await expectNoAxeViolations(page, 'project page with workshops (phone)');
  await page.locator('#workshops-heading').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screenshots}/workshops-list-390.png`, fullPage: true });
  await page.setViewportSize(desktop);
  await expectNoAxeViolations(page, 'project page with workshops (desktop)');
  await page.screenshot({ path: `${screenshots}/workshops-list-1280.png`, fullPage: true });
});

test('a member sees workshops but has no buttons to plan or change them', async ({
  lead,
  projectId,
  documentId,
  inviteMember,
}) => {
  const startsAt = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  startsAt.setHours(18, 30, 0, 0);
  const response = await lead.context.request.post(`/api/projects/${projectId}/workshops`, {
    headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE },
    data: {
      documentId,
      title: 'Evening check-in',
      startsAt: startsAt.toISOString(),
      place: 'Library meeting room',
      agenda: [
        { title: 'Catch up', durationMinutes: 20 },
        { title: 'Next steps', durationMinutes: 10 },
      ],
    },
  });
  expect(response.ok(), await response.text()).toBe(true);
  const { workshop } = (await response.json()) as WorkshopResponse;

  const member = await inviteMember('Mo Member');
  const page = member.page;
  await page.setViewportSize(phone);
  await page.goto(`/projects/${projectId}`);
  const workshops = page.getByRole('region', { name: 'Workshops' });
  await expect(workshops.getByRole('listitem').filter({ hasText: 'Evening check-in' })).toBeVisible();
  await expect(workshops.getByText('Library meeting room')).toBeVisible();
  await expect(workshops.getByRole('link', { name: 'Plan a workshop' })).toHaveCount(0);
  await expect(workshops.getByRole('link', { name: /Edit plan/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'workshops list for a member (phone)');

  await workshops.getByRole('link', { name: 'Evening check-in' }).click();
  await expect(page.getByRole('heading', { name: 'Evening check-in', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Agenda' }).getByRole('listitem')).toHaveText([
    /Catch up/,
    /Next steps/,
  ]);
  await expect(page.getByRole('button', { name: /Move up|Move down|Edit|Remove|Save changes|Delete/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'workshop for a member (phone)');
  await page.screenshot({ path: `${screenshots}/member-workshop-390.png`, fullPage: true });

  // Planning by address is refused plainly, not shown as a form that cannot be sent.
  await page.goto(`/projects/${projectId}/workshops/new`);
  await expect(page.getByRole('heading', { name: 'Only leads and facilitators plan workshops' })).toBeVisible();
  expect(workshop.agenda).toHaveLength(2);
});
