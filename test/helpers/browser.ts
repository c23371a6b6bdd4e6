import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, installed by `.ci/run` through apt-get. Never a downloaded browser. */
export const chromiumPath = process.env.FIXFIRST_CHROMIUM ?? '/usr/bin/chromium';

/** The flags of research/deps.md: no sandbox (containers), no GPU, no background traffic of any kind. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launches headless Chromium for the report's browser tests and benchmark. Throws — the tests
 * fail, they do not skip — when Chromium is missing, saying how to install it.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: the HTML report's browser tests need it. ` +
        'Install Debian’s package (`apt-get install -y chromium`, as .ci/run does) or set FIXFIRST_CHROMIUM to its path. ' +
        'Never `npx playwright install`.',
    );
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}
