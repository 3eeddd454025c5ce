import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Launched, launchWithExtension } from '../../tools/testing/launch';
import { sendFrom } from '../../tools/testing/send-from';
import { fixture, servePages } from '../../tools/testing/serve-fixtures';

// seed-000 has six figures no metric is tied to (100대 주요성과 ...): good for show/hide unknown.
const NAVER = fixture('seed-000-naver');
const OTHER_SITE = 'https://www.example-news.kr/article/1';

describe('reader settings and site access, in Chromium', () => {
  let run: Launched;
  beforeAll(async () => {
    run = await launchWithExtension();
    await servePages(run.context, {
      [NAVER.expected.url]: NAVER.html,
      [OTHER_SITE]: fixture('c09-chosun-startup-1500-disagree').html,
    });
  });
  afterAll(async () => {
    await run?.close();
  });

  async function tabIdOf(url: string) {
    return run.worker.evaluate(async (u) => {
      const chrome = (
        globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } };
        }
      ).chrome;
      return (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1;
    }, url);
  }

  async function openSettings(url: string) {
    const popup = await run.context.newPage();
    await popup.goto(`chrome-extension://${run.extensionId}/popup.html?tab=${await tabIdOf(url)}`);
    await popup.getByRole('tab', { name: '설정' }).click();
    return popup;
  }

  const markCount = (p: import('playwright-core').Page) => p.locator('gctx-figure:not([data-part])').count();

  it('hides marks of unknown figures when the reader asks, and shows them again', async () => {
    const page = await run.context.newPage();
    await page.goto(NAVER.expected.url);
    await page.waitForSelector('gctx-figure');
    expect(await markCount(page)).toBe(24);
    const popup = await openSettings(NAVER.expected.url);
    // Applied live, without a reload: the page follows the setting as it changes.
    await popup.getByLabel('연결된 지표가 없는 수치(미확인)도 표시').uncheck();
    await expect.poll(() => markCount(page)).toBe(18);
    expect(await page.locator('gctx-figure[data-status="unknown"]').count()).toBe(0);
    await popup.getByLabel('연결된 지표가 없는 수치(미확인)도 표시').check();
    await expect.poll(() => markCount(page)).toBe(24);
    // and a fresh load reads the stored setting too
    await popup.getByLabel('연결된 지표가 없는 수치(미확인)도 표시').uncheck();
    await page.reload();
    await page.waitForSelector('gctx-figure');
    await expect.poll(() => markCount(page)).toBe(18);
    await popup.getByLabel('연결된 지표가 없는 수치(미확인)도 표시').check();
    await popup.close();
    await page.close();
  });

  it('switches the card to English', async () => {
    const page = await run.context.newPage();
    await page.goto(NAVER.expected.url);
    const popup = await openSettings(NAVER.expected.url);
    await popup.getByLabel('English').check();
    await page.reload();
    await page.waitForSelector('gctx-figure');
    await page.locator('gctx-figure[data-metric="ai-dc-performance"]').first().focus();
    await expect.poll(() => page.locator('gctx-overlay [role="dialog"]').innerText()).toContain('Consistent');
    expect(await page.locator('gctx-overlay [role="dialog"]').innerText()).toContain('88.5 petaflops');
    await popup.getByLabel('한국어').check(); // the popup is on its settings tab, now in English
    await popup.close();
    await page.close();
  });

  it('turns the extension off for a site: the page is left alone', async () => {
    const page = await run.context.newPage();
    await page.goto(NAVER.expected.url);
    await page.waitForSelector('gctx-figure');
    const popup = await openSettings(NAVER.expected.url);
    await popup.getByLabel('이 사이트에서 끄기').check();
    await page.reload();
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect(await page.locator('gctx-figure, gctx-overlay').count()).toBe(0);
    await popup.getByLabel('이 사이트에서 끄기').uncheck();
    await page.reload();
    await expect.poll(() => markCount(page), { timeout: 10_000 }).toBe(24);
    await popup.close();
    await page.close();
  });

  it('does nothing on a site that is not supported, and the background refuses it without the grant', async () => {
    const page = await run.context.newPage();
    await page.goto(OTHER_SITE);
    await page.waitForTimeout(1000);
    expect(await page.locator('gctx-figure').count()).toBe(0); // no host permission: never runs
    const popup = await run.context.newPage();
    await popup.goto(`chrome-extension://${run.extensionId}/popup.html`);
    const send = sendFrom(popup);
    // What the popup asks when opened over that tab (the action click lends it the address).
    expect(await send({ type: 'site-access', url: OTHER_SITE })).toEqual({
      ok: true,
      value: { supported: false, granted: false, eligible: true, origin: 'https://www.example-news.kr' },
    });
    expect(await send({ type: 'site-access', url: NAVER.expected.url })).toMatchObject({
      ok: true,
      value: { supported: true, granted: true },
    });
    // Without the reader's grant the background refuses to register the script.
    expect(await send({ type: 'enable-site', origin: 'https://www.example-news.kr' })).toEqual({
      ok: false,
      reason: 'failed',
      error: 'permission for https://www.example-news.kr was not granted',
    });
    await popup.close();
    await page.close();
  });
});
