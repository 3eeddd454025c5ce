import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Launched, launchWithExtension } from '../../tools/testing/launch';
import { servePages } from '../../tools/testing/serve-fixtures';

// Two short articles of our own, written for these tests.
const ARTICLE_A = [
  '광주광역시는 인공지능(AI) 집적단지 1단계 사업에 4116억원을 투입한다고 밝혔다.',
  '광주시는 이번 계획에서 AI 창업 1500개를 목표로 제시했다.',
  '이용섭 광주시장은 광주에서 AI 인재 5150명을 양성하겠다고 말했다.',
];
const ARTICLE_B = [
  '광주시는 국가 AI데이터센터 구축에 3000억 원을 들인다고 밝혔다.',
  '광주 데이터센터 슈퍼컴퓨팅 시스템의 성능은 88.5페타플롭스로 세계 10위 수준이다.',
  '광주광역시는 인공지능 산업 육성의 핵심 기반으로 데이터센터를 꼽았다.',
];

const page = (body: string, script: string) => `<!doctype html><html lang="ko"><head><meta charset="utf-8">
<title>광주 AI 기사</title></head><body><header><h1>광주 AI</h1></header>
<article id="dic_area" class="go_trans _article_content">${body}</article>
<script>${script}</script></body></html>`;
const paragraphs = (lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

const RERENDER_URL = 'https://n.news.naver.com/mnews/article/999/0000000001';
const SPA_URL = 'https://n.news.naver.com/mnews/article/999/0000000002';

// Like a framework re-render: after the marks are in, the article is rebuilt from data.
const RERENDER = `
const data = ${JSON.stringify(paragraphs(ARTICLE_A))};
window.__rerendered = false;
const wait = setInterval(() => {
  if (!document.querySelector('gctx-figure')) return;
  clearInterval(wait);
  document.getElementById('dic_area').innerHTML = data;
  window.__rerendered = true;
}, 100);`;

// Like a portal's "next article": pushState and swap the article in place (the test clicks it).
const SPA = `
const next = ${JSON.stringify(paragraphs(ARTICLE_B))};
window.__next = () => {
  history.pushState({}, '', '/mnews/article/999/0000000003');
  document.getElementById('dic_area').innerHTML = next;
};`;

describe('dynamic pages, in Chromium', () => {
  let run: Launched;
  beforeAll(async () => {
    run = await launchWithExtension();
    await servePages(run.context, {
      [RERENDER_URL]: page(paragraphs(ARTICLE_A), RERENDER),
      [SPA_URL]: page(paragraphs(ARTICLE_A), SPA),
    });
  });
  afterAll(async () => {
    await run?.close();
  });

  const texts = (p: import('playwright-core').Page) =>
    p.$$eval('gctx-figure:not([data-part])', (els) =>
      els.map((e) => `${e.textContent}:${(e as HTMLElement).dataset.status}`),
    );

  it('puts the marks back when the page re-renders its article', async () => {
    const p = await run.context.newPage();
    await p.goto(RERENDER_URL);
    await expect
      .poll(() => p.evaluate(() => (window as unknown as { __rerendered: boolean }).__rerendered), {
        timeout: 10_000,
      })
      .toBe(true);
    await expect
      .poll(() => texts(p), { timeout: 10_000 })
      .toEqual(['4116억원:consistent', '1500개:discrepancy', '5150명:consistent']);
    await p.close();
  });

  it("shows the second article's figures after an SPA navigation, not the first one's", async () => {
    const p = await run.context.newPage();
    await p.goto(SPA_URL);
    await expect.poll(() => texts(p), { timeout: 10_000 }).toContain('1500개:discrepancy');
    await p.evaluate(() => (window as unknown as { __next(): void }).__next());
    await expect
      .poll(() => texts(p), { timeout: 10_000 })
      .toEqual(['3000억 원:consistent', '88.5페타플롭스:consistent', '10위:consistent']);
    await p.close();
  });
});
