import { expect } from '@playwright/test';
import { collaborationToken, DOCUMENT_SCHEMA_VERSION } from '@roundtable/shared';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { test } from '../fixtures/projectWithMembers.ts';

test('a page built for an older document schema is told to reload instead of editing', async ({ lead, path }) => {
  // The page says it knows an older schema than the server: its token is rewritten on the way.
  const current = collaborationToken();
  const older = collaborationToken(DOCUMENT_SCHEMA_VERSION - 1);
  expect(Buffer.byteLength(older)).toBe(Buffer.byteLength(current));
  await lead.context.routeWebSocket(/\/collab$/, (socket) => {
    const server = socket.connectToServer();
    socket.onMessage((message) => {
      server.send(
        typeof message === 'string'
          ? message
          : Buffer.from(message.toString('latin1').replace(current, older), 'latin1'),
      );
    });
  });

  await lead.page.goto(path);
  const stopped = lead.page.getByRole('region', { name: 'Editing has stopped' });
  await expect(stopped).toContainText(
    'Roundtable has been updated. Reload the page to keep editing; your changes are kept on this device.',
  );
  await expect(stopped.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  // Nothing to edit: this device had no copy, and the server sent the old page nothing.
  await expect(lead.page.getByRole('textbox', { name: 'Our strategy' })).toHaveCount(0);
  await expectNoAxeViolations(lead.page, 'page told to reload');
});
