import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { chromiumArgsWithExtension } from '../cli/chromium-args';

/** The built Chrome extension (npm run build writes it; npm test builds before running). */
export const EXTENSION_DIR =
  process.env.GCTX_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Debian's Chromium, or CHROMIUM_PATH. Branded Chrome 137+ ignores --load-extension. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Launched {
  /** the browser profile: launch again with it to restart the browser and the extension */
  userDataDir: string;
  context: BrowserContext;
  /** the current service worker (replaced after an extension reload) */
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Starts headless Chromium with the built extension and waits for its service worker. */
export async function launchWithExtension(
  lang = 'ko-KR',
  profile?: string,
  extensionDir = EXTENSION_DIR,
): Promise<Launched> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no built extension at ${extensionDir}: run "npm run build" first`);
  }
  const userDataDir = profile ?? mkdtempSync(join(tmpdir(), 'gctx-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgsWithExtension(extensionDir, lang),
    locale: lang,
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { userDataDir, context, worker, extensionId, close: () => context.close() };
}
