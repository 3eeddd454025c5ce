import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Launched, launchWithExtension } from '../../tools/testing/launch';
import { BASE_BODY, BASE_EXPECTED, LINES, naverPage, p } from './hostile/pages';
import { INIT_PROBE, markSummary, probe, watchErrors } from './hostile/probes';
import { serveHostilePages } from './hostile/serve';

// Issue 12 §2: pages that fight back. Each page is one of our own Gwangju AI-policy articles with
// one hostile trait; the extension must keep doing its job, touch nothing it must not, and let
// nothing the page does stop, reset or steer it.

const URL = {
  grows: 'https://n.news.naver.com/mnews/article/921/0000000001',
  fragment: 'https://n.news.naver.com/mnews/article/921/0000000002',
  switchOff: 'https://n.news.naver.com/mnews/article/921/0000000003',
  editable: 'https://n.news.naver.com/mnews/article/921/0000000004',
  designMode: 'https://n.news.naver.com/mnews/article/921/0000000005',
  forged: 'https://n.news.naver.com/mnews/article/921/0000000006',
  lastChild: 'https://n.news.naver.com/mnews/article/921/0000000007',
  swap: 'https://n.news.naver.com/mnews/article/921/0000000008',
  long: 'https://n.news.naver.com/mnews/article/921/0000000009',
  longGrows: 'https://n.news.naver.com/mnews/article/921/0000000010',
};

/** An article of 1,000 figures (the five of BASE_BODY, 200 times): marked a slice per task. */
const LONG_REPEATS = 200;
const LONG_BODY = Array.from({ length: LONG_REPEATS }, () => BASE_BODY).join('\n');

const FIRST_HALF = p(LINES.phase1, LINES.targets, LINES.vision);
const SECOND_HALF = p(LINES.datacenter, LINES.startup1500);

const PAGES = {
  // "기사 이어보기": the second half of the article arrives after the first render.
  [URL.grows]: naverPage({
    body: FIRST_HALF,
    after: '<button id="more">기사 이어보기</button>',
    script: `setTimeout(() => document.querySelector('[data-article]').insertAdjacentHTML('beforeend', ${JSON.stringify(SECOND_HALF)}), 1500);`,
  }),
  // An in-page anchor: the address changes by its fragment only.
  [URL.fragment]: naverPage({
    body: BASE_BODY,
    after: '<a id="jump" href="#comments">댓글로</a><div id="comments">댓글</div>',
  }),
  [URL.switchOff]: naverPage({ body: BASE_BODY }),
  [URL.editable]: naverPage({
    body: BASE_BODY,
    script: `const ed = document.querySelector('[data-article]'); ed.contentEditable = 'true';
window.__editorMutations = 0;
new MutationObserver((rs) => { window.__editorMutations += rs.length; }).observe(ed, { subtree: true, childList: true, characterData: true, attributes: true });`,
  }),
  [URL.designMode]: naverPage({ body: BASE_BODY, script: "document.designMode = 'on';" }),
  // The page's own <gctx-figure> elements, one of them outside the article.
  [URL.forged]: naverPage({
    body: `${BASE_BODY}<p>가짜: <gctx-figure id="fake-in" data-figure="0" data-status="discrepancy">9999억원</gctx-figure></p>`,
    after:
      '<p><gctx-figure id="fake-out" tabindex="0" data-figure="1" data-status="discrepancy">광고 1000개</gctx-figure></p>',
  }),
  // A page rule on body's last child: the overlay must not become it.
  [URL.lastChild]: naverPage({
    head: '<style>body > :last-child { margin-bottom: 56px; } #foot { height: 20px; }</style>',
    body: BASE_BODY,
    after: '<footer id="foot">© 2024</footer>',
  }),
  // pjax: a new <body> with another article replaces the first.
  [URL.swap]: naverPage({
    body: BASE_BODY,
    script: `setTimeout(() => {
  const b = document.createElement('body');
  b.innerHTML = '<header><h1 id="title_area">광주 AI 데이터센터</h1></header><article id="dic_area" class="go_trans _article_content" data-article>' + ${JSON.stringify(p(LINES.flops, LINES.talent, LINES.vision))} + '</article>';
  document.documentElement.replaceChild(b, document.body);
}, 2500);`,
  }),
  [URL.long]: naverPage({ body: LONG_BODY }),
  // The page changes while the slices are landing: the pass starts over and still marks all.
  [URL.longGrows]: naverPage({
    body: LONG_BODY,
    script: `setTimeout(() => document.querySelector('[data-article]').insertAdjacentHTML('beforeend', ${JSON.stringify(BASE_BODY)}), 1200);`,
  }),
};

describe('pages that fight back, in Chromium', () => {
  let run: Launched;
  beforeAll(async () => {
    run = await launchWithExtension();
    await run.context.addInitScript(INIT_PROBE);
    await serveHostilePages(
      run.context,
      Object.fromEntries(Object.entries(PAGES).map(([u, html]) => [u, { html }])),
    );
  });
  afterAll(async () => {
    await run?.close();
  });

  async function onPage(url: string, body: (page: Page) => Promise<void>) {
    const page = await run.context.newPage();
    try {
      const errors = await watchErrors(page);
      await page.goto(url);
      await body(page);
      expect(errors.extension, 'errors from the extension in the page').toEqual([]);
      await errors.detach();
    } finally {
      await page.close();
    }
  }
  const ours = (page: Page) => page.locator('gctx-figure[data-origin]:not([data-part])');
  const panelCount = async (page: Page) => {
    await page.locator('gctx-overlay .panel-toggle').waitFor();
    return page.locator('gctx-overlay .panel-toggle').innerText();
  };

  it('an article that grows after the first render: every figure marked, the panel counts the marks', async () => {
    await onPage(URL.grows, async (page) => {
      await expect.poll(() => markSummary(page), { timeout: 10_000 }).toEqual(BASE_EXPECTED);
      expect(await panelCount(page)).toContain(String(BASE_EXPECTED.length));
    });
  });

  it('an article of 1,000 figures: every figure marked, a slice per task; the panel counts them all', async () => {
    await onPage(URL.long, async (page) => {
      const all = BASE_EXPECTED.length * LONG_REPEATS;
      await expect.poll(() => ours(page).count(), { timeout: 20_000 }).toBe(all);
      expect(await panelCount(page)).toContain(String(all));
      expect(await markSummary(page)).toEqual(
        Array.from({ length: LONG_REPEATS }, () => BASE_EXPECTED).flat(),
      );
    });
  });

  it('a long article that changes while its marks land still ends with every figure marked once', async () => {
    await onPage(URL.longGrows, async (page) => {
      const all = BASE_EXPECTED.length * (LONG_REPEATS + 1);
      await expect.poll(() => ours(page).count(), { timeout: 20_000 }).toBe(all);
      await page.waitForTimeout(1500);
      expect(await ours(page).count()).toBe(all);
      expect(await panelCount(page)).toContain(String(all));
    });
  });

  it('a fragment-only address change keeps every mark', async () => {
    await onPage(URL.fragment, async (page) => {
      await expect.poll(() => markSummary(page), { timeout: 10_000 }).toEqual(BASE_EXPECTED);
      const inserts = (await probe(page)).figureInserts.length;
      await page.click('#jump');
      expect(page.url()).toContain('#comments');
      // the address watcher polls every second: give it two, then the marks are still all there
      await page.waitForTimeout(2500);
      expect(await markSummary(page)).toEqual(BASE_EXPECTED);
      expect((await probe(page)).figureInserts.length - inserts).toBeLessThanOrEqual(BASE_EXPECTED.length);
    });
  });

  it('the page cannot switch the overlay off: forged WXT events and messages change nothing', async () => {
    await onPage(URL.switchOff, async (page) => {
      await expect.poll(() => markSummary(page), { timeout: 10_000 }).toEqual(BASE_EXPECTED);
      await page.evaluate((id) => {
        for (const script of ['overlay', 'news', 'content-scripts/news'])
          for (const name of ['wxt:content-script-started', 'wxt:locationchange']) {
            const type = `${id}:${script}:${name}`;
            document.dispatchEvent(
              new CustomEvent(type, { detail: { contentScriptName: script, messageId: 'x' } }),
            );
            window.dispatchEvent(new CustomEvent(type));
            window.postMessage({ type, contentScriptName: script, messageId: 'x' }, '*');
          }
      }, run.extensionId);
      await page.waitForTimeout(2500);
      expect(await markSummary(page)).toEqual(BASE_EXPECTED);
      expect(await page.locator('gctx-overlay .panel-toggle').count()).toBe(1);
      // and it still works: a card opens
      await ours(page).first().click();
      await page.locator('gctx-overlay [role="dialog"]').waitFor();
    });
  });

  it('an editor (contenteditable, designMode) is never edited: no mark, no mutation', async () => {
    await onPage(URL.editable, async (page) => {
      await page.waitForTimeout(3000);
      expect(await page.locator('gctx-figure').count()).toBe(0);
      expect(
        await page.evaluate(() => (window as unknown as { __editorMutations: number }).__editorMutations),
      ).toBe(0);
    });
    await onPage(URL.designMode, async (page) => {
      await page.waitForTimeout(3000);
      expect(await page.locator('gctx-figure').count()).toBe(0);
    });
  });

  it("forged marks are not trusted: the page's <gctx-figure> opens no card and is left as it is", async () => {
    await onPage(URL.forged, async (page) => {
      // the five figures, and the page's 9999억원 (article text like any other, marked inside the page's element)
      await expect.poll(async () => (await ours(page).allInnerTexts()).length, { timeout: 10_000 }).toBe(6);
      await page.click('#fake-out');
      await page.waitForTimeout(500);
      expect(await page.locator('gctx-overlay [role="dialog"]').count()).toBe(0);
      // Inside the page's element sits our own mark of its text: its card is that figure's,
      // not figure 0's that the forged data-figure names.
      await page.click('#fake-in');
      const card = page.locator('gctx-overlay [role="dialog"]');
      await card.waitFor();
      expect(await card.getAttribute('aria-label')).toContain('9999억원');
      expect(await card.getAttribute('aria-label')).not.toContain('4116억원');
      // the page's elements are still there, untouched
      expect(await page.locator('#fake-in').innerText()).toBe('9999억원');
      expect(await page.locator('#fake-out').innerText()).toBe('광고 1000개');
      expect(await page.locator('#fake-out').getAttribute('data-status')).toBe('discrepancy');
    });
  });

  it("the overlay host takes no page selector's :last-child: the footer keeps its margin", async () => {
    await onPage(URL.lastChild, async (page) => {
      await expect.poll(() => markSummary(page), { timeout: 10_000 }).toEqual(BASE_EXPECTED);
      expect(await page.evaluate(() => getComputedStyle(document.getElementById('foot')!).marginBottom)).toBe(
        '56px',
      );
      expect(await page.evaluate(() => document.querySelector('gctx-overlay')?.parentElement?.tagName)).toBe(
        'HTML',
      );
      expect(await page.evaluate(() => document.body.lastElementChild?.id)).toBe('foot');
    });
  });

  it('a swapped <body> is watched: the new article is marked', async () => {
    await onPage(URL.swap, async (page) => {
      await expect.poll(() => markSummary(page), { timeout: 10_000 }).toEqual(BASE_EXPECTED);
      await expect
        .poll(() => markSummary(page), { timeout: 10_000 })
        .toEqual(['88.5페타플롭스:consistent', '10위:consistent', '5150명:consistent']);
    });
  });
});
