// npm run demo — builds the extension (the npm script does) and opens Chromium with it on the
// bundled seed articles, served at their real addresses by request interception: nothing is
// fetched from the network. With no display it runs headless and writes screenshots of each
// annotated article, an open card and the popup to demo-output/.
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgsWithExtension } from '../tools/cli/chromium-args';
import { loadFixtures } from '../tools/testing/score-fixtures';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION = join(ROOT, '.output', 'chrome-mv3');

// Branded Google Chrome 137+ ignores --load-extension; Chromium and Chrome for Testing honour it.
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/opt/google/chrome-for-testing/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
];

function findBrowser(): string {
  const found = CANDIDATES.find((p) => p && existsSync(p));
  if (!found) {
    console.error(
      'No Chromium or Chrome for Testing found. Install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH. Branded Google Chrome cannot load unpacked extensions from the command line.',
    );
    process.exit(2);
  }
  return found;
}

async function main() {
  const { values } = parseArgs({
    options: { headless: { type: 'boolean' }, out: { type: 'string', default: join(ROOT, 'demo-output') } },
  });
  if (!existsSync(join(EXTENSION, 'manifest.json'))) {
    console.error(
      `No built extension in ${EXTENSION}: run "npm run demo" (it builds first) or "npm run build".`,
    );
    process.exit(2);
  }
  const headless = values.headless ?? !process.env.DISPLAY;
  const out = resolve(values.out!);
  mkdirSync(out, { recursive: true });

  // The seed articles in their outlets' layouts (tests/fixtures/pages holds the renderings).
  const seeds = loadFixtures().filter((f) =>
    /^seed-\d{3}-(ndsoft|kwangju|newspim|newsprime|news1)$/.test(f.name),
  );
  const pages = new Map(seeds.map((s) => [s.expected.url, s.html]));

  const context = await chromium.launchPersistentContext(join(tmpdir(), `gctx-demo-${Date.now()}`), {
    executablePath: findBrowser(),
    headless,
    locale: 'ko-KR',
    viewport: { width: 1200, height: 900 },
    args: chromiumArgsWithExtension(EXTENSION),
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const html = pages.get(url);
    return html
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
      : route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const written: string[] = [];
  for (const seed of seeds) {
    const page = await context.newPage();
    await page.goto(seed.expected.url);
    await page.waitForSelector('gctx-figure', { timeout: 15_000 });
    const count = await page.locator('gctx-figure:not([data-part])').count();
    const file = join(out, `${seed.name}.png`);
    await page.screenshot({ path: file });
    written.push(file);
    console.log(`${seed.name}: ${count} figures marked · ${seed.expected.url}`);
    if (!headless) continue;
    await page.close();
  }

  // A card on a figure whose metric changed between reports, and the page summary.
  const card = await context.newPage();
  await card.goto(seeds.find((s) => s.name === 'seed-001-kwangju')!.expected.url);
  await card.waitForSelector('gctx-figure');
  await card.locator('gctx-figure[data-metric="ai-startup-target"]').first().focus();
  await card.locator('gctx-overlay [role="dialog"]').waitFor();
  written.push(join(out, 'card.png'));
  await card.screenshot({ path: written.at(-1)! });
  await card.keyboard.press('Escape');
  await card.locator('gctx-overlay .panel-toggle').click();
  written.push(join(out, 'panel.png'));
  await card.screenshot({ path: written.at(-1)! });

  // The popup as a page (the toolbar bubble cannot be captured headless): search for 창업.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('searchbox').fill('ㅊㅇ');
  await popup.locator('[data-hit-id]').first().waitFor();
  written.push(join(out, 'popup.png'));
  await popup.screenshot({ path: written.at(-1)! });

  console.log(`\nScreenshots in ${out}:\n${written.map((f) => `  ${f}`).join('\n')}`);
  if (headless) {
    await context.close();
  } else {
    console.log('\nThe browser stays open on the seed articles; close it (or press Ctrl+C) to finish.');
    await new Promise<void>((done) => context.on('close', () => done()));
  }
}

void main();
