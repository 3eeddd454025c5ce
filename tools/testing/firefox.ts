import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

// Real Firefox for the e2e suite, driven by puppeteer-core over WebDriver BiDi (playwright-core
// cannot drive stock Firefox; geckodriver is not to be had here). `.ci/firefox.sh` installs both.

const ROOT = resolve(import.meta.dirname, '../..');

/** The Firefox builds the suite runs on: 153 ESR (Debian's) and 140 ESR, the manifest's minimum. */
export const FIREFOXES = {
  '153': process.env.FIREFOX_153 ?? '/usr/bin/firefox-esr',
  '140': process.env.FIREFOX_140 ?? resolve(ROOT, '.firefox/140/usr/lib/firefox-esr/firefox-esr'),
} as const;

/** The built Firefox extension (npm run build:firefox; npm test builds it). */
export const FIREFOX_EXTENSION_DIR = resolve(ROOT, '.output/firefox-mv3');
export const GECKO_ID = 'gwangju-ai-context@example.org';
/** A fixed moz-extension:// host, so the popup has a known address and storage survives a restart. */
export const EXTENSION_UUID = '6f9a1a43-0000-4000-8000-00000000c0de';

export interface FirefoxRun {
  browser: Browser;
  /** everything Firefox printed (extension console errors reach stdout by a pref) */
  output: string[];
  /** the lines that are errors from our extension */
  extensionErrors(): string[];
  /** serves `pages` (HTML, or HTML with response headers) at their addresses in `page`; every other http(s) request is refused */
  serve(
    page: Page,
    pages: Record<string, string | { html: string; headers: Record<string, string> }>,
  ): Promise<void>;
  /** opens an extension page (popup.html) and waits until it is ready */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts headless Firefox `version` with the built extension installed as a temporary add-on.
 * `profile`: a profile directory to start with again (a restart); the storage of the fixed
 * extension origin is kept across the temporary add-on's reinstall.
 */
export async function launchFirefox(version: keyof typeof FIREFOXES, profile?: string): Promise<FirefoxRun> {
  const executablePath = FIREFOXES[version];
  if (!existsSync(executablePath))
    throw new Error(
      `no Firefox ${version} at ${executablePath}: run "bash .ci/firefox.sh" (or set FIREFOX_${version})`,
    );
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(
      `no built Firefox extension at ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first`,
    );
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    ...(profile ? { userDataDir: profile } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'devtools.console.stdout.content': true,
      'intl.locale.requested': 'ko-KR',
      'intl.accept_languages': 'ko-KR, ko',
    },
  });
  const output: string[] = [];
  browser.process()?.stdout?.on('data', (d) => output.push(String(d)));
  browser.process()?.stderr?.on('data', (d) => output.push(String(d)));
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const base = `moz-extension://${EXTENSION_UUID}/`;
  return {
    browser,
    output,
    extensionErrors: () =>
      output
        .join('')
        .split('\n')
        .filter((l) => l.includes(base) && /error/i.test(l) && !/\[gwangju-ai-context\] database/.test(l)),
    async serve(page, pages) {
      await page.setRequestInterception(true);
      page.on('request', (r) => {
        const url = r.url();
        const served = pages[url] ?? pages[url.split('#')[0]!];
        if (served !== undefined) {
          const { html, headers } = typeof served === 'string' ? { html: served, headers: {} } : served;
          return void r.respond({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            headers,
            body: html,
          });
        }
        if (/^https?:/.test(url)) return void r.abort();
        return void r.continue();
      });
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // goto of a moz-extension:// page never fires load: start it, then poll readyState.
      await page.goto(`${base}${path}`, { timeout: 3000 }).catch(() => {});
      await pollUntil(
        () => page.evaluate(() => document.readyState),
        (s) => s === 'complete',
      );
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * Polls `read` until `done` holds (Firefox 140's extension-page CSP blocks waitForFunction);
 * returns the last value read, whether or not it held by the deadline.
 */
export async function pollUntil<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  let v = await read().catch(() => undefined as T);
  while (!done(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 150));
    v = await read().catch(() => undefined as T);
  }
  return v;
}
