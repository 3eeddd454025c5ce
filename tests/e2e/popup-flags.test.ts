import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxe } from '../../tools/testing/axe';
import { type Launched, launchWithExtension } from '../../tools/testing/launch';
import { fixture, serveFixtures } from '../../tools/testing/serve-fixtures';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const ARTICLE = fixture('seed-002-newspim').expected.url;
const NOTE = '2021년 3월 기사에서는 창업 목표가 2000개입니다 <script>alert(1)</script>';

describe('popup fact lookup and flags, in Chromium', () => {
  let run: Launched;
  let articleTabId: number;
  let popupUrl: string;
  let article: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    run = await launchWithExtension();
    await serveFixtures(run.context);
    article = await run.context.newPage();
    await article.goto(ARTICLE);
    await article.waitForSelector('gctx-figure');
    articleTabId = await run.worker.evaluate(async (url) => {
      const tabs = await (
        globalThis as unknown as typeof globalThis & {
          chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } };
        }
      ).chrome.tabs.query({});
      return tabs.find((t) => t.url === url)!.id;
    }, ARTICLE);
    popupUrl = `chrome-extension://${run.extensionId}/popup.html?tab=${articleTabId}`;
  });
  afterAll(async () => {
    await run?.close();
  });

  it('flags a figure from its card', async () => {
    const figure = article.locator('gctx-figure[data-metric="ai-startup-target"]').first();
    await figure.focus();
    await article.keyboard.press('Enter');
    const card = article.locator('gctx-overlay [role="dialog"]');
    await card.getByRole('button', { name: '불일치 신고' }).click();
    const form = article.frameLocator('gctx-overlay iframe.flag-frame');
    await form.getByRole('textbox').fill(NOTE);
    await form.getByRole('button', { name: '저장' }).click();
    await expect.poll(() => card.getByRole('status').innerText()).toContain('신고를 저장했습니다');
  });

  it('finds the startup target by 창업 and by 초성 ㅊㅇ, with both values', async () => {
    const popup = await run.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(popupUrl);
    const box = popup.getByRole('searchbox', { name: '사실 검색' });
    for (const query of ['창업', 'ㅊㅇ']) {
      await box.fill(query);
      const results = popup.locator('.results, [role="list"], ul').first();
      await expect.poll(() => popup.locator('body').innerText(), { timeout: 5000 }).toContain('2,000개');
      const text = await popup.locator('body').innerText();
      expect(text, query).toContain('1,000개');
      expect(text, query).toContain('뉴스핌');
      expect(text, query).toContain('광주일보');
      expect(await results.count()).toBe(1);
    }
    await popup.screenshot({ path: resolve(SHOTS, 'popup-search.png') });
    console.log(`screenshot: ${resolve(SHOTS, 'popup-search.png')}`);
    expect(await seriousAxe(popup)).toEqual([]);
    await popup.close();
  });

  it("shows a metric's history as a chart with the discrepancy marked", async () => {
    const popup = await run.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.goto(popupUrl);
    await popup.getByRole('searchbox', { name: '사실 검색' }).fill('창업 목표');
    await popup.locator('[data-hit-id]').first().click();
    const chart = popup.locator('svg[role="img"]');
    await expect.poll(() => chart.count(), { timeout: 5000 }).toBe(1);
    expect(await chart.getAttribute('aria-label')).toMatch(/AI 창업 목표/);
    expect(await chart.locator('circle, rect, path, polygon').count()).toBeGreaterThanOrEqual(2);
    const page = await popup.locator('body').innerText();
    expect(page).toContain('불일치');
    await popup.screenshot({ path: resolve(SHOTS, 'popup-metric.png') });
    console.log(`screenshot: ${resolve(SHOTS, 'popup-metric.png')}`);
    expect(await seriousAxe(popup)).toEqual([]);
    await popup.close();
  });

  it("summarises this page's analysis", async () => {
    const popup = await run.context.newPage();
    await popup.goto(popupUrl);
    await popup.getByRole('tab', { name: '이 페이지' }).click();
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 5000 }).toContain('AI 창업 목표');
    await popup.screenshot({ path: resolve(SHOTS, 'popup-page.png') });
    expect(await seriousAxe(popup)).toEqual([]);
    await popup.close();
  });

  it('lists the flag, keeps it across an extension reload, exports and re-imports it', async () => {
    let popup = await run.context.newPage();
    await popup.goto(popupUrl);
    await popup.getByRole('tab', { name: '내 신고' }).click();
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 5000 }).toContain(NOTE);
    expect(await popup.locator('script').filter({ hasText: 'alert(1)' }).count()).toBe(0); // shown as text
    await popup.screenshot({ path: resolve(SHOTS, 'popup-flags.png') });
    console.log(`screenshot: ${resolve(SHOTS, 'popup-flags.png')}`);
    expect(await seriousAxe(popup)).toEqual([]);

    // Restart the browser on the same profile: the extension (and its service worker) is loaded
    // afresh from disk. (chrome.runtime.reload() blocks a command-line-loaded extension in
    // headless Chromium, so a restart is the reload a test can make.)
    const profile = run.userDataDir;
    await run.close();
    run = await launchWithExtension('ko-KR', profile);
    await serveFixtures(run.context);
    popup = await run.context.newPage();
    await popup.goto(`chrome-extension://${run.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: '내 신고' }).click();
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 5000 }).toContain(NOTE);

    // Export, delete, import the exported file back.
    const downloading = popup.waitForEvent('download');
    await popup.getByRole('button', { name: '내보내기', exact: true }).click();
    const file = join(tmpdir(), `flags-${Date.now()}.json`);
    await (await downloading).saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.type).toBe('AnnotationCollection');
    const annotation = exported.first.items[0];
    expect(annotation.motivation).toBe('questioning');
    expect(annotation.target.selector).toMatchObject({ type: 'TextQuoteSelector', exact: '1000개' });
    expect(annotation.target.source).toBe(ARTICLE);
    expect(annotation.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'value' });

    // The same flag as a schema.org ClaimReview, with the reviewer's name.
    await popup.getByLabel('검토자 이름 (ClaimReview, 선택)').fill('김기자');
    const reviewing = popup.waitForEvent('download');
    await popup.getByRole('button', { name: 'ClaimReview로 내보내기' }).click();
    const reviewFile = join(tmpdir(), `claimreview-${Date.now()}.jsonld`);
    await (await reviewing).saveAs(reviewFile);
    const [review] = JSON.parse(readFileSync(reviewFile, 'utf8'));
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      itemReviewed: { appearance: { url: ARTICLE } },
      reviewRating: { alternateName: '값이 다름' },
      reviewBody: NOTE,
      author: { '@type': 'Person', name: '김기자' },
    });
    expect(review.claimReviewed).toContain('1000개');

    await popup
      .getByRole('button', { name: /^신고 삭제/ })
      .first()
      .click();
    await expect.poll(() => popup.locator('body').innerText()).not.toContain(NOTE);

    // A corrupt file is refused whole, with the reason, and changes nothing.
    const bad = join(tmpdir(), `bad-${Date.now()}.json`);
    const broken = structuredClone(exported);
    delete broken.first.items[0].target.selector.exact;
    writeFileSync(bad, JSON.stringify(broken));
    await popup.getByLabel('가져올 신고 파일 (W3C 웹 주석 JSON)').setInputFiles(bad);
    await expect.poll(() => popup.locator('body').innerText()).toContain('아무것도 가져오지 않았습니다');
    expect(await popup.locator('body').innerText()).toMatch(/exact/);
    expect(await popup.locator('body').innerText()).not.toContain(NOTE);

    await popup.getByLabel('가져올 신고 파일 (W3C 웹 주석 JSON)').setInputFiles(file);
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 5000 }).toContain(NOTE);
    expect(await popup.locator('body').innerText()).toContain('신고 1건을 가져왔습니다');
    await popup.close();
  });
});
