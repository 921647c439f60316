import { expect, type Page } from '@playwright/test';
import { connectionStatus, openEditor, typeAtEnd } from '../fixtures/documentPage.ts';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { chooseOption, openHistory, shot } from '../fixtures/historyPanel.ts';
import { test } from '../fixtures/projectWithMembers.ts';

// Three people, each in their own browser, and an axe check of every panel: longer than one screen's test.
test.describe.configure({ timeout: 180_000 });

const saved = async (page: Page) => expect(connectionStatus(page)).toHaveText(/All changes saved/);

test('three people’s edits are attributed in the timeline, who wrote what, versions, compare and restore', async ({
  lead: lena,
  projectId,
  path,
  inviteMember,
}) => {
  const ada = await inviteMember('Ada Lovelace', 'lived-experience');
  const sam = await inviteMember('Sam Okafor', 'professional');

  // Sam visits, then leaves; the others write while he is away.
  await openEditor(sam.page, path);
  await sam.page.goto(`/projects/${projectId}`);
  await expect(sam.page.getByRole('heading', { name: 'Documents' })).toBeVisible();

  const lenaEditor = await openEditor(lena.page, path);
  const adaEditor = await openEditor(ada.page, path);
  await typeAtEnd(lena.page, lenaEditor, 'More benches in parks, said Lena.');
  await saved(lena.page);
  await typeAtEnd(ada.page, adaEditor, 'Buses that wait for people, said Ada.');
  await saved(ada.page);
  await expect(lenaEditor).toContainText('Buses that wait for people, said Ada.');

  // Since your last visit: Sam sees who changed what, and can go to it.
  const samEditor = await openEditor(sam.page, path);
  const summary = sam.page.getByRole('region', { name: 'Since your last visit' });
  await expect(summary).toContainText('Lena Lead');
  await expect(summary).toContainText('Ada Lovelace');
  await expect(summary).toContainText(/words? added/);
  await expectNoAxeViolations(sam.page, 'since your last visit');
  await shot(sam.page, 'since-last-visit-1280');
  await summary
    .getByRole('button', { name: /^Go to / })
    .first()
    .click();
  await expect(samEditor).toBeFocused();

  // The timeline names each person.
  const panel = await openHistory(lena.page);
  const timeline = panel.getByRole('tabpanel', { name: 'Changes' });
  await expect(timeline.locator('.session', { hasText: 'Ada Lovelace' }).first()).toContainText(/words? added/);
  await expect(timeline.locator('.session', { hasText: 'Lena Lead' }).first()).toBeVisible();
  await expect(timeline.locator('.session', { hasText: 'Ada Lovelace' }).first()).toContainText('Lived experience');
  await expectNoAxeViolations(lena.page, 'history timeline');
  await shot(lena.page, 'history-timeline-1280');

  // Filtering by person leaves only theirs.
  await panel.getByText('Filter changes').click();
  await chooseOption(lena.page, panel, /Person/, 'Ada Lovelace');
  await expect(timeline.locator('.session', { hasText: 'Lena Lead' })).toHaveCount(0);
  await expect(timeline.locator('.session', { hasText: 'Ada Lovelace' }).first()).toBeVisible();
  await panel.getByRole('button', { name: 'Clear filters' }).click();
  await expect(timeline.locator('.session', { hasText: 'Lena Lead' }).first()).toBeVisible();

  // Who wrote what.
  await lena.page.getByRole('button', { name: 'Show who wrote what' }).click();
  await expect(lena.page.getByRole('heading', { name: 'Who wrote what' })).toBeFocused();
  const adaPassage = lena.page.getByRole('group', { name: 'written by Ada Lovelace' });
  await expect(adaPassage.filter({ hasText: 'Buses that wait for people' })).toHaveCount(1);
  await expect(
    lena.page.getByRole('group', { name: 'written by Lena Lead' }).filter({ hasText: 'More benches in parks' }),
  ).toHaveCount(1);
  await expectNoAxeViolations(lena.page, 'who wrote what');
  // One Tab stop into the text, then arrow keys between passages, each showing its author.
  await lena.page.getByRole('region', { name: 'Who wrote what in Our strategy' }).getByRole('group').first().focus();
  await lena.page.keyboard.press('End');
  await expect(lena.page.locator('.passage:focus')).toHaveAttribute('data-label', /Ada Lovelace|Lena Lead/);
  await shot(lena.page, 'who-wrote-what-1280');
  await lena.page.getByRole('button', { name: 'Back to editing' }).click();
  await expect(lenaEditor).toBeVisible();

  // Name a version, change the text, compare, restore, undo.
  await panel.getByRole('tab', { name: 'Versions' }).click();
  await panel.getByRole('textbox', { name: 'Version name' }).fill('Draft for workshop 2');
  await panel.getByRole('button', { name: 'Save version' }).click();
  await expect(panel.getByText('Saved the version “Draft for workshop 2”.')).toBeVisible();
  await expect(panel.locator('.version', { hasText: 'Draft for workshop 2' })).toContainText('Named by Lena Lead');
  await expectNoAxeViolations(lena.page, 'versions');
  await shot(lena.page, 'history-versions-1280');

  await typeAtEnd(ada.page, adaEditor, 'Extra words from Ada after the draft.');
  await saved(ada.page);
  await expect(lenaEditor).toContainText('Extra words from Ada after the draft.');

  await panel.getByRole('button', { name: 'Compare Draft for workshop 2 with now' }).click();
  await expect(lena.page.getByRole('heading', { name: 'Compare versions' })).toBeFocused();
  const added = lena.page.locator('ins', { hasText: 'Extra words from Ada after the draft.' });
  await expect(added).toContainText('added by Ada Lovelace');
  await expect(lena.page.locator('.compare-summary')).toContainText('Ada Lovelace');
  await expectNoAxeViolations(lena.page, 'compare');
  await shot(lena.page, 'compare-1280');

  await lena.page.getByRole('button', { name: 'Back to editing' }).click();
  await panel.getByRole('button', { name: 'Open Draft for workshop 2' }).click();
  await expect(lena.page.getByRole('heading', { name: 'Version: Draft for workshop 2' })).toBeFocused();
  await expect(lena.page.getByRole('region', { name: 'Version: Draft for workshop 2' })).not.toContainText(
    'Extra words from Ada',
  );
  await expectNoAxeViolations(lena.page, 'version');
  await lena.page.getByRole('button', { name: 'Restore this version' }).click();
  const confirm = lena.page.getByRole('alertdialog', { name: 'Restore “Draft for workshop 2”?' });
  await expect(confirm).toBeVisible();
  await expectNoAxeViolations(lena.page, 'restore confirmation');
  await confirm.getByRole('button', { name: 'Restore this version' }).click();
  await expect(lena.page.getByText(/Restored “Draft for workshop 2”\. To undo it/)).toBeVisible();
  await expect(lenaEditor).not.toContainText('Extra words from Ada after the draft.');
  await expect(adaEditor).not.toContainText('Extra words from Ada after the draft.');
  await expect(lenaEditor).toContainText('Buses that wait for people, said Ada.');
  await panel.getByRole('tab', { name: 'Changes' }).click();
  await expect(timeline.getByText('Restored the version “Draft for workshop 2”')).toBeVisible();

  await lena.page.getByRole('button', { name: 'Undo restore' }).click();
  await expect(
    lena.page.getByText('Undone. The text is back as it was before “Draft for workshop 2” was restored.'),
  ).toBeVisible();
  await expect(lenaEditor).toContainText('Extra words from Ada after the draft.');

  // The balance of voice.
  await panel.getByRole('tab', { name: 'Balance of voice' }).click();
  const voice = panel.getByRole('tabpanel', { name: 'Balance of voice' });
  await expect(voice.getByRole('table', { name: 'Balance of voice by person' })).toContainText('Ada Lovelace');
  await expect(voice.getByRole('table', { name: 'Balance of voice by perspective' })).toContainText('Lived experience');
  // The template's starting words are nobody's voice: said apart, in neither chart nor table.
  await expect(voice.getByText(/The template’s starting words still in the text/)).toBeVisible();
  await expect(voice.getByRole('table', { name: 'Balance of voice by perspective' })).not.toContainText('Template');
  await expect(voice.getByRole('table', { name: 'Balance of voice by person' })).not.toContainText('Template');
  // Each person's bar has their perspective's colour, as in the chart by perspective.
  const barColour = (chart: string, name: string) =>
    voice
      .getByRole('figure', { name: chart })
      .locator('.share-chart__item', { hasText: name })
      .locator('.share-chart__bar')
      .evaluate((bar) => getComputedStyle(bar).getPropertyValue('--author-color'));
  expect(await barColour('By person', 'Ada Lovelace')).toBe(await barColour('By perspective', 'Lived experience'));
  await expectNoAxeViolations(lena.page, 'balance of voice');
  await shot(lena.page, 'balance-of-voice-1280');
});

test('a scribe records for another member, and both are credited', async ({ lead: lena, path, inviteMember }) => {
  await inviteMember('Ada Lovelace', 'lived-experience');
  const sam = await inviteMember('Sam Okafor', 'professional');

  const lenaEditor = await openEditor(lena.page, path);
  const samEditor = await openEditor(sam.page, path);

  await sam.page.getByRole('button', { name: 'Record for someone' }).click();
  const dialog = sam.page.getByRole('dialog', { name: 'Record for someone' });
  await expect(dialog).toBeVisible();
  await chooseOption(sam.page, dialog, /Who are you recording for/, /Ada Lovelace/);
  await expectNoAxeViolations(sam.page, 'record for someone dialog');
  await dialog.getByRole('button', { name: 'Start recording' }).click();
  await expect(dialog).toBeHidden();
  await expect(sam.page.getByText('You are recording for Ada Lovelace.')).toBeVisible();

  const lenaPeople = lena.page.getByRole('complementary', { name: 'People in this document' });
  await expect(lenaPeople).toContainText('Sam Okafor — recording for Ada Lovelace');
  await expect(lena.page.getByTestId('announcer')).toContainText('Sam Okafor is recording for Ada Lovelace');

  await typeAtEnd(sam.page, samEditor, 'Ada said this on the phone.');
  await saved(sam.page);
  await expectNoAxeViolations(sam.page, 'recording banner');
  await shot(sam.page, 'recording-1280');
  await sam.page.getByRole('button', { name: 'Stop recording' }).click();
  await expect(sam.page.getByText('You are recording for Ada Lovelace.')).toBeHidden();
  await expect(lenaPeople).not.toContainText('recording for');
  await expect(lenaEditor).toContainText('Ada said this on the phone.');

  const panel = await openHistory(lena.page);
  await expect(panel.getByText('Ada Lovelace (recorded by Sam Okafor)').first()).toBeVisible();
  await lena.page.getByRole('button', { name: 'Show who wrote what' }).click();
  await expect(
    lena.page
      .getByRole('group', { name: 'written by Ada Lovelace, recorded by Sam Okafor' })
      .filter({ hasText: 'Ada said this on the phone.' }),
  ).toHaveCount(1);
});

test('the history panels pass axe on a phone, as a full-width region before the text', async ({ lead: lena, path }) => {
  await lena.page.setViewportSize({ width: 390, height: 844 });
  const editor = await openEditor(lena.page, path);
  await typeAtEnd(lena.page, editor, 'Words written on a phone.');
  await saved(lena.page);

  const panel = await openHistory(lena.page);
  await expect(panel.locator('.session').first()).toBeVisible();
  const box = await panel.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(340);
  await expectNoAxeViolations(lena.page, 'timeline (phone)');
  await shot(lena.page, 'history-timeline-390');

  await panel.getByRole('tab', { name: 'Versions' }).click();
  await panel.getByRole('textbox', { name: 'Version name' }).fill('Phone draft');
  await panel.getByRole('button', { name: 'Save version' }).click();
  await expect(panel.locator('.version', { hasText: 'Phone draft' })).toBeVisible();
  await expectNoAxeViolations(lena.page, 'versions (phone)');
  await shot(lena.page, 'history-versions-390');

  await panel.getByRole('tab', { name: 'Balance of voice' }).click();
  const byPerson = panel.getByRole('table', { name: 'Balance of voice by person' });
  await expect(byPerson).toBeVisible();
  await expectNoAxeViolations(lena.page, 'balance of voice (phone)');
  // Every column fits the phone's width: nothing is cut off or needs scrolling sideways.
  await byPerson.scrollIntoViewIfNeeded();
  const tableBox = await byPerson.boundingBox();
  const panelBox = await panel.boundingBox();
  expect((tableBox?.x ?? 0) + (tableBox?.width ?? 0)).toBeLessThanOrEqual((panelBox?.x ?? 0) + (panelBox?.width ?? 0));
  await expect(byPerson.getByText('Edit sessions').first()).toBeVisible();
  await shot(lena.page, 'balance-of-voice-390');

  await lena.page.getByRole('button', { name: 'Show who wrote what' }).click();
  await expect(lena.page.getByRole('group', { name: 'written by Lena Lead' }).first()).toBeVisible();
  await expectNoAxeViolations(lena.page, 'who wrote what (phone)');
  await shot(lena.page, 'who-wrote-what-390');

  await panel.getByRole('tab', { name: 'Versions' }).click();
  await panel.getByRole('button', { name: 'Compare Phone draft with now' }).click();
  await expect(lena.page.getByRole('heading', { name: 'Compare versions' })).toBeFocused();
  await expectNoAxeViolations(lena.page, 'compare (phone)');
  await shot(lena.page, 'compare-390');
});
