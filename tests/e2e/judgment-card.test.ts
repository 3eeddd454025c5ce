import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Launched, launchWithExtension } from '../../tools/testing/launch';
import { fixture, serveFixtures } from '../../tools/testing/serve-fixtures';

// Issue 8: a reader can check a judgment instead of trusting it. The card of a discrepancy names
// the words that tied the figure to its metric and the slot that decided; the card of a related
// figure says in one plain line why it is not judged, with the stored values as context.

async function openCard(page: Page, selector: string) {
  const target = page.locator(selector).first();
  await target.focus();
  const card = page.locator('gctx-overlay [role="dialog"]');
  await expect.poll(() => card.count()).toBe(1);
  return card;
}

describe('the card shows the evidence of its judgment, in Chromium', () => {
  let run: Launched;
  beforeAll(async () => {
    run = await launchWithExtension();
    await serveFixtures(run.context);
  });
  afterAll(async () => {
    await run?.close();
  });

  it('a discrepancy names the tying words, the deciding slot and the stored value it contradicts', async () => {
    const page = await run.context.newPage();
    await page.goto(fixture('c16-daum-mixed-statuses').expected.url);
    await page.waitForSelector('gctx-figure[data-status="discrepancy"]', { timeout: 10_000 });
    const card = await openCard(page, 'gctx-figure[data-status="discrepancy"][data-metric="ai-jobs-target"]');
    const evidence = card.locator('.evidence');
    await expect.poll(() => evidence.count()).toBe(1);
    expect(await evidence.getAttribute('data-slot')).toBe('value');
    const text = await evidence.innerText();
    expect(text).toContain('연결한 단어');
    expect(text).toContain('‘일자리');
    expect(text).toContain('판정한 항목: 값 (지표·종류·범위가 같음)');
    // the stored values it is judged against, cited
    expect(await card.innerText()).toContain('2만 7,500명 (광주일보, 2021-03-03');
    await page.close();
  });

  it('a related figure says why it is not judged and keeps the stored values as context', async () => {
    const page = await run.context.newPage();
    await page.goto(fixture('c05-mk-cluster-halfway-agree-related').expected.url);
    await page.waitForSelector('gctx-figure[data-status="related"]', { timeout: 10_000 });
    const card = await openCard(page, 'gctx-figure[data-status="related"]');
    const explanation = await card.locator('.explanation').innerText();
    expect(explanation).toContain('판정하지 않음');
    expect(explanation).toContain('다른 시점의 집계');
    expect(explanation).toContain('82개사 (광주일보');
    expect(await card.locator('.evidence').getAttribute('data-slot')).toBe('asOf');
    expect(await card.locator('.evidence').innerText()).toContain('판정한 항목: 집계 시점');
    await page.close();
  });

  it('a figure far from every stored value says the size of the value kept it from being judged', async () => {
    const page = await run.context.newPage();
    await page.goto(fixture('z99-naver-council-nhn-3000-plan-line-items').expected.url);
    const mark = page.locator('gctx-figure[data-status="related"][data-metric="ai-dc-budget"]', {
      hasText: '1천억원',
    });
    await mark.first().waitFor({ timeout: 10_000 });
    const card = await openCard(
      page,
      'gctx-figure[data-status="related"][data-metric="ai-dc-budget"]:has-text("1천억원")',
    );
    expect(await card.locator('.evidence').getAttribute('data-slot')).toBe('magnitude');
    expect(await card.locator('.explanation').innerText()).toContain('두 배 넘게 달라');
    expect(await card.locator('.evidence').innerText()).toContain('판정한 항목: 값의 크기');
    await page.close();
  });

  it('the number of a named list ("AI 3대 강국") is not judged against another list, and the card says so', async () => {
    const page = await run.context.newPage();
    await page.goto(
      fixture('z96-chosun-kang-presidential-pledges-81-trillion-mou-274-talent-11362').expected.url,
    );
    const selector = 'gctx-figure[data-metric="korea-ai-powers-goal"]';
    await page.locator(selector).first().waitFor({ timeout: 10_000 });
    expect(await page.locator(selector).first().getAttribute('data-status')).toBe('related');
    const card = await openCard(page, selector);
    expect(await card.locator('.evidence').getAttribute('data-slot')).toBe('name');
    expect(await card.locator('.explanation').innerText()).toContain('목록의 이름');
    await page.close();
  });

  it('the level a quantity fell to ("연산 자원은 44.3PF로 줄었다") is not judged against the built performance, and says so', async () => {
    const page = await run.context.newPage();
    await page.goto(fixture('z165-news1-dc-gpu-880-purchase-nhn-1800-slip').expected.url);
    const selector = 'gctx-figure[data-metric="ai-dc-performance"]:has-text("44.3PF")';
    await page.locator(selector).first().waitFor({ timeout: 10_000 });
    expect(await page.locator(selector).first().getAttribute('data-status')).toBe('related');
    const card = await openCard(page, selector);
    expect(await card.locator('.evidence').getAttribute('data-slot')).toBe('level');
    const explanation = await card.locator('.explanation').innerText();
    expect(explanation).toContain('바뀐 뒤의 수준');
    expect(explanation).toContain('88.5페타플롭스');
    expect(explanation).not.toContain('null');
    expect(await card.locator('.evidence').innerText()).toContain('판정한 항목: 바뀐 뒤의 수준');
    await page.close();
  });

  it("issue 8's own example: a later report's 4천119억원 is judged against the phase-1 budget, not the data centre's", async () => {
    const page = await run.context.newPage();
    await page.goto(fixture('z117-kwangju-ai-talent-ladder-614-phase1-4119').expected.url);
    const selector = 'gctx-figure[data-status="discrepancy"][data-metric="ai-cluster-phase1-budget"]';
    await page.locator(selector).first().waitFor({ timeout: 10_000 });
    expect(await page.locator(selector).first().innerText()).toContain('4천119억원');
    const card = await openCard(page, selector);
    const text = await card.innerText();
    // the stored value it contradicts is the phase-1 budget, cited; not the centre's 3,000억 원
    expect(text).toContain('4,116억 원');
    expect(text).not.toContain('AI 데이터센터 사업비');
    expect(await card.locator('.evidence').getAttribute('data-slot')).toBe('value');
    await page.close();
  });
});
