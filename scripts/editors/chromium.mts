// Debian's Chromium driven by playwright-core (no browser download), set up for code-server's workbench.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CACHE, chromiumPath } from './env.mjs';

export const VIEWPORT = { width: 1600, height: 900 };
const PROFILES = path.join(CACHE, 'chromium-profiles');

/** Chromium's helpers may write into a profile after close() returns, so profiles are swept at the next launch. */
function sweepOldProfiles(): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(PROFILES)) {
    const dir = path.join(PROFILES, name);
    try {
      if (statSync(dir).mtimeMs < hourAgo) rmSync(dir, { recursive: true, force: true });
    } catch {
      // another run's, or gone already
    }
  }
}

/** A persistent context in a fresh profile; close() ends the browser. */
export async function launchChromium(options: { headless?: boolean } = {}): Promise<BrowserContext> {
  const executablePath = chromiumPath(); // missing: an error naming the apt command
  mkdirSync(PROFILES, { recursive: true });
  sweepOldProfiles();
  const profile = mkdtempSync(path.join(PROFILES, 'profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless ?? true,
    viewport: VIEWPORT,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.on('close', () => {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch {
      // swept at a later launch
    }
  });
  return context;
}
