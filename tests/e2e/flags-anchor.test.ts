import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Launched, launchWithExtension } from '../../tools/testing/launch';
import { servePages } from '../../tools/testing/serve-fixtures';

// Issue 10: flags that find their figure again. A reader flags a figure; the same address later
// serves the article re-rendered with small edits around it (the flag re-anchors, its figure is
// tinted and its card shows the flag), or without the sentence (the panel lists the flag as not
// found, with its quote).

const ADDRESS = 'https://n.news.naver.com/mnews/article/999/0000000001';
const body = (lines: string[]) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>광주 AI 기사</title></head><body><header><h1>광주 AI</h1></header>
<article id="dic_area" class="go_trans _article_content">${lines.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`;
const FIRST = [
  '광주광역시는 인공지능(AI) 집적단지 1단계 사업에 4116억원을 투입한다고 밝혔다.',
  '광주시는 이번 계획에서 AI 창업 1500개를 목표로 제시했다.',
  '이용섭 광주시장은 광주에서 AI 인재 5150명을 양성하겠다고 말했다.',
];
const EDITED = [
  '광주광역시는 인공지능(AI) 집적단지 1단계 사업에 4116억원을 투입한다고 28일 밝혔다.',
  '광주시는 이번 발표에서 AI 창업 1500개를 목표로 내세웠다.',
  '이용섭 광주시장은 광주에서 AI 인재 5150명을 양성하겠다고 말했다.',
];
const GONE = [
  FIRST[0]!,
  '광주시는 인공지능 산업 생태계를 넓히기 위해 지역 대학과 협력하기로 했다.',
  FIRST[2]!,
];

describe('flags that find their figure again, in Chromium', () => {
  let run: Launched;
  const pages: Record<string, string> = { [ADDRESS]: body(FIRST) };
  beforeAll(async () => {
    run = await launchWithExtension();
    await servePages(run.context, pages);
  });
  afterAll(async () => {
    await run?.close();
  });

  it('re-anchors after small edits around the figure, and lists the flag as not found when its sentence is gone', async () => {
    const page = await run.context.newPage();
    await page.goto(ADDRESS);
    const target = page.locator('gctx-figure[data-metric="ai-startup-target"]').first();
    await target.waitFor({ timeout: 10_000 });
    await target.click();
    const card = page.locator('gctx-overlay [role="dialog"]');
    await card.getByRole('button', { name: '불일치 신고' }).click();
    const form = page.frameLocator('gctx-overlay iframe.flag-frame');
    await form.getByRole('textbox').fill('2021년에는 2000개');
    await form.getByRole('button', { name: '저장' }).click();
    await expect.poll(() => card.getByRole('status').innerText()).toContain('신고를 저장했습니다');
    await expect.poll(() => target.getAttribute('data-flagged')).toBe('');

    pages[ADDRESS] = body(EDITED);
    await page.reload();
    const again = page.locator('gctx-figure[data-metric="ai-startup-target"]').first();
    await again.waitFor({ timeout: 10_000 });
    await expect.poll(() => again.getAttribute('data-flagged')).toBe('');
    expect(await page.locator('gctx-figure[data-flagged]').count()).toBe(1);
    await again.click();
    await expect.poll(() => card.innerText()).toContain('내 신고: ');
    expect(await card.innerText()).not.toContain('2021년에는 2000개'); // the note stays in the extension

    pages[ADDRESS] = body(GONE);
    await page.reload();
    await page.locator('gctx-figure').first().waitFor({ timeout: 10_000 });
    await page.locator('gctx-overlay .panel-toggle').click();
    const panel = page.locator('gctx-overlay .panel');
    await expect.poll(() => panel.innerText()).toContain('본문에서 찾을 수 없음');
    expect(await panel.innerText()).toContain('1500개');
    expect(await page.locator('gctx-figure[data-flagged]').count()).toBe(0);
    await page.close();
  });
});
