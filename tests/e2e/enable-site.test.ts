import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, type Launched, launchWithExtension } from '../../tools/testing/launch';
import { sendFrom } from '../../tools/testing/send-from';
import { fixture, servePages } from '../../tools/testing/serve-fixtures';

// The grant itself is a browser prompt that automation cannot answer in headless Chromium. So
// this test starts from the state right after the reader said yes: a copy of the built
// extension whose manifest already holds the permission for one more site. The rest is the
// real path: the popup's "enable-site" request, the registered script, and marks on that site.
const SITE = 'https://www.example-news.kr';
const ARTICLE = `${SITE}/article/2024/gwangju-ai`;

describe('enabling the extension on a site that is not built in, in Chromium', () => {
  let run: Launched | undefined;
  afterAll(async () => {
    await run?.close();
  });

  it('registers the content script for a granted site, and the site gets its marks', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'gctx-granted-'));
    cpSync(EXTENSION_DIR, copy, { recursive: true });
    const manifestFile = join(copy, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    manifest.host_permissions.push(`${SITE}/*`); // what the reader's grant adds
    writeFileSync(manifestFile, JSON.stringify(manifest));
    run = await launchWithExtension('ko-KR', undefined, copy);
    const fx = fixture('c09-chosun-startup-1500-disagree');
    await servePages(run.context, { [ARTICLE]: fx.html });

    // Before: not a supported site, nothing registered, the page is left alone.
    const before = await run.context.newPage();
    await before.goto(ARTICLE);
    await before.waitForTimeout(1000);
    expect(await before.locator('gctx-figure').count()).toBe(0);

    const popup = await run.context.newPage();
    await popup.goto(`chrome-extension://${run.extensionId}/popup.html`);
    const send = sendFrom(popup);
    expect(await send({ type: 'site-access', url: ARTICLE })).toEqual({
      ok: true,
      value: { supported: false, granted: true, eligible: true, origin: SITE },
    });
    expect(await send({ type: 'enable-site', origin: SITE })).toEqual({ ok: true, value: null });

    // After: a new visit is read and marked like any supported news site.
    const after = await run.context.newPage();
    await after.goto(ARTICLE);
    await expect
      .poll(
        () =>
          after.$$eval('gctx-figure:not([data-part])', (els) =>
            els.map((e) => `${e.textContent}:${(e as HTMLElement).dataset.status}`),
          ),
        {
          timeout: 10_000,
        },
      )
      .toEqual(fx.expected.figures.map((f) => `${f.text}:${f.status}`));
  });
});
