import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (Playwright cannot download browsers here); CHROMIUM_PATH overrides. */
export async function openChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium is not at ${executablePath}. Install it with apt-get install -y chromium (.ci/run does this), or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath });
}
