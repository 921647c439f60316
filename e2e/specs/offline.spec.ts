import { expect } from '@playwright/test';
import { connectionStatus, openEditor, typeAtEnd } from '../fixtures/documentPage.ts';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { networkSwitch } from '../fixtures/networkSwitch.ts';
import { test } from '../fixtures/projectWithMembers.ts';

test('edits made offline are kept on the device, survive closing the page, and reach everyone on reconnecting', async ({
  lead,
  path,
  inviteMember,
}) => {
  const member = await inviteMember('Rosa Reyes');
  const network = await networkSwitch(member.context);
  const leadEditor = await openEditor(lead.page, path);
  const memberEditor = await openEditor(member.page, path);

  await network.goOffline();
  await expect(connectionStatus(member.page)).toHaveText(/Offline — changes kept on this device/);
  await typeAtEnd(member.page, memberEditor, 'Written on the bus with no signal.');
  await expectNoAxeViolations(member.page, 'document page while offline');

  // Rosa closes the page while still offline: her words exist only on her device.
  // Give this device's copy a moment to be written before the page goes away.
  await member.page.waitForTimeout(500);
  await member.page.close();
  await expect(leadEditor).not.toContainText('Written on the bus with no signal.');

  await network.goOnline();
  const reopened = await member.context.newPage();
  const reopenedEditor = await openEditor(reopened, path);
  await expect(reopenedEditor).toContainText('Written on the bus with no signal.');
  await expect(leadEditor).toContainText('Written on the bus with no signal.');

  // And a reload keeps everything, now that the server has it too.
  await lead.page.reload();
  const reloaded = await openEditor(lead.page, path);
  await expect(reloaded).toContainText('Written on the bus with no signal.');
});

test('offline, the panels and the line about who is here say what is happening instead of waiting without a word', async ({
  path,
  inviteMember,
}) => {
  const member = await inviteMember('Rosa Reyes');
  const network = await networkSwitch(member.context);
  const { page } = member;
  await page.setViewportSize({ width: 390, height: 844 });
  await openEditor(page, path);
  await expect(page.locator('.presence-summary')).toContainText('Only you are here.');

  await network.goOffline();
  await expect(page.locator('.presence-summary')).toContainText(
    'You are offline. What you type is kept on this device',
  );
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('status').filter({ hasText: 'This device is offline.' })).toContainText(
    'Changes will load when it is back online.',
  );
  await expectNoAxeViolations(page, 'history while offline');

  await network.goOnline();
  await expect(history.locator('.session').first()).toBeVisible();
  await expect(page.locator('.presence-summary')).toContainText('Only you are here.');
});
