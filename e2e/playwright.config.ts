import { defineConfig, devices } from '@playwright/test';
import {
  EMPTY_INSTANCE_URL,
  SEEDED_INSTANCE_URL,
  serverCommand,
  WORKSHOP_DAY_CLOCK_FILE,
  WORKSHOP_DAY_INSTANCE_URL,
} from './fixtures/instances.ts';

/**
 * Browser tests against the real server (built client, SQLite, real websocket) in
 * Debian's Chromium. Three instances: an empty one for the first-run flow, one whose
 * first account the global setup creates, for everything else, and one like it whose
 * clock a test sets, for a whole workshop.
 */
export default defineConfig({
  testDir: './specs',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  globalSetup: './fixtures/globalSetup.ts',
  use: {
    baseURL: SEEDED_INSTANCE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    serverCommand(EMPTY_INSTANCE_URL, 'empty'),
    serverCommand(SEEDED_INSTANCE_URL, 'seeded'),
    serverCommand(WORKSHOP_DAY_INSTANCE_URL, 'workshop-day', { TEST_CLOCK_FILE: WORKSHOP_DAY_CLOCK_FILE }),
  ],
});
