import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Launched, launchWithExtension } from '../../tools/testing/launch';
import * as P from './hostile/pages';
import {
  type ErrorWatch,
  INIT_PROBE,
  markSummary,
  probe,
  readMarks,
  type SeenError,
  watchErrors,
} from './hostile/probes';
import { serveHostilePages } from './hostile/serve';

// Hostile pages served at real news addresses: each one is a Gwangju AI-policy article of our own
// that the extension must still read and mark, on a page that fights it (resets, CSP, throwing
// scripts, DOM churn, huge DOMs, payloads, hidden regions...). Every test checks three things:
// the page still works, the extension still does its job, and the extension raised no error.

const URL = {
  unset: 'https://n.news.naver.com/mnews/article/901/0000000001',
  hugeRem: 'https://www.yna.co.kr/view/AKR20240101000201001',
  csp: 'https://v.daum.net/v/20240101000000301',
  throwing: 'https://www.yna.co.kr/view/AKR20240101000401001',
  split: 'https://n.news.naver.com/mnews/article/905/0000000001',
  structured: 'https://v.daum.net/v/20240101000000601',
  writingModes: 'https://www.yna.co.kr/view/AKR20240101000701001',
  iframeShell: 'https://n.news.naver.com/mnews/article/908/0000000001',
  deleter: 'https://n.news.naver.com/mnews/article/909/0000000001',
  unwrapper: 'https://v.daum.net/v/20240101000000911',
  rerender: 'https://www.yna.co.kr/view/AKR20240101001001001',
  rerenderTicker: 'https://v.daum.net/v/20240101000001002',
  bigDom: 'https://n.news.naver.com/mnews/article/911/0000000001',
  payload: 'https://n.news.naver.com/mnews/article/912/0000000001',
  hidden: 'https://v.daum.net/v/20240101000001301',
  form: 'https://www.yna.co.kr/view/AKR20240101001401001',
  clash: 'https://n.news.naver.com/mnews/article/915/0000000001',
};

const MARK_TIMEOUT = 10_000;

type W = Window & Record<string, unknown>;

describe('hostile pages, in Chromium', () => {
  let run: Launched;
  let refused: string[];
  /** errors logged by the extension's service worker, for the whole suite */
  const workerErrors: SeenError[] = [];

  beforeAll(async () => {
    run = await launchWithExtension();
    ({ refused } = await serveHostilePages(run.context, {
      [URL.unset]: { html: P.unsetAllPage() },
      [URL.hugeRem]: { html: P.hugeRemPage() },
      [URL.csp]: { html: P.cspPage(), headers: { 'content-security-policy': P.STRICT_CSP } },
      [URL.throwing]: { html: P.throwingPage() },
      [URL.split]: { html: P.splitPage() },
      [URL.structured]: { html: P.structuredPage() },
      [P.LINK_TARGET]: { html: P.linkTargetPage() },
      [URL.writingModes]: { html: P.writingModesPage() },
      [URL.iframeShell]: { html: P.iframeShellPage() },
      [P.IFRAME_ARTICLE]: { html: P.iframeArticlePage() },
      [URL.deleter]: { html: P.deleterPage() },
      [URL.unwrapper]: { html: P.unwrapperPage() },
      [URL.rerender]: { html: P.rerenderPage() },
      [URL.rerenderTicker]: { html: P.rerenderTickerPage() },
      [URL.bigDom]: { html: P.bigDomPage() },
      [URL.payload]: { html: P.payloadPage() },
      [URL.hidden]: { html: P.hiddenPage() },
      [URL.form]: { html: P.formPage() },
      [URL.clash]: { html: P.customElementClashPage() },
    }));
    await run.context.addInitScript(INIT_PROBE);
    run.worker.on('console', (m) => {
      if (m.type() === 'error') workerErrors.push({ via: 'worker', text: m.text(), url: m.location().url });
    });
  }, 60_000);

  afterAll(async () => {
    await run?.close();
  });

  /**
   * Opens a fresh page on `url`, runs the test body, then checks that neither the content script
   * nor the service worker reported an error while it ran. The page is closed either way.
   */
  async function onPage<T = void>(
    url: string,
    body: (page: Page, errors: ErrorWatch, before: T) => Promise<void>,
    viewport = { width: 1200, height: 800 },
    beforeGoto?: (page: Page) => Promise<T>,
  ) {
    const page = await run.context.newPage();
    const workerBefore = workerErrors.length;
    let errors: ErrorWatch | undefined;
    try {
      await page.setViewportSize(viewport);
      errors = await watchErrors(page);
      const before = (await beforeGoto?.(page)) as T;
      await page.goto(url);
      await body(page, errors, before);
      // the watch saw the content script's world, so it would have seen its errors
      expect(errors.extensionContextCount(), "the content script's execution context").toBeGreaterThan(0);
      expect(errors.extension, 'errors from the extension in the page').toEqual([]);
      expect(workerErrors.slice(workerBefore), "errors from the extension's service worker").toEqual([]);
      await errors.detach();
    } finally {
      // when the body failed first, still show what the extension logged
      if (errors?.extension.length) console.log(`extension errors on ${url}:`, errors.extension);
      await page.close();
    }
  }

  /** Waits until the page's own clock (window.__ticks) has reached `n`. */
  const untilTicks = (page: Page, n: number) =>
    expect
      .poll(() => page.evaluate(() => Number((window as unknown as W).__ticks)), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(n);

  const cardOf = (page: Page) => page.locator('gctx-overlay [role="dialog"]');
  const firstMark = (page: Page, text: string) =>
    page.locator('gctx-figure:not([data-part])', { hasText: text }).first();

  /** Focuses a figure and waits for its card; returns the card. */
  async function openCard(page: Page, mark: Locator): Promise<Locator> {
    await mark.scrollIntoViewIfNeeded();
    await mark.focus();
    const card = cardOf(page);
    await expect.poll(() => card.count(), { timeout: 5000 }).toBe(1);
    await expect.poll(() => mark.getAttribute('aria-expanded')).toBe('true');
    return card;
  }

  const pageOk = (page: Page) =>
    page.evaluate(() => ({
      ok: (window as unknown as W).__pageOk,
      counter: document.getElementById('counter')?.textContent,
    }));
  const articleTextIntact = (page: Page) =>
    page.evaluate(
      () =>
        ((window as unknown as W).__articleText as string).trim() ===
        document.querySelector('[data-article]')?.textContent?.trim(),
    );

  it('1. page CSS "* { all: unset !important }": marks present and styled, card visible with a real size', async () => {
    await onPage(URL.unset, async (page) => {
      await expect.poll(() => markSummary(page), { timeout: MARK_TIMEOUT }).toEqual(P.BASE_EXPECTED);
      expect(await pageOk(page)).toEqual({ ok: true, counter: '42' });
      expect(await articleTextIntact(page)).toBe(true);
      // The page reset reaches the marks too; the extension's own rules must win.
      const mark = firstMark(page, '4116억원');
      const deco = await mark.evaluate((el) => getComputedStyle(el).textDecorationLine);
      expect(deco).toContain('underline');
      const card = await openCard(page, mark);
      expect(await card.isVisible()).toBe(true);
      const box = (await card.boundingBox())!;
      expect(box.width).toBeGreaterThan(100);
      expect(box.height).toBeGreaterThan(50);
      const style = await card.evaluate((el) => {
        const s = getComputedStyle(el);
        return { position: s.position, bg: s.backgroundColor, font: s.fontSize };
      });
      expect(style.position).toBe('fixed');
      expect(style.bg).not.toBe('rgba(0, 0, 0, 0)');
      expect(style.font).toBe('14px');
      expect(await card.innerText()).toContain('4,116억 원');
    });
  });

  it('2. huge ":root { font-size: 200px }" with rem-based resets: card and panel stay <= 400 px wide', async () => {
    await onPage(URL.hugeRem, async (page) => {
      await expect.poll(() => markSummary(page), { timeout: MARK_TIMEOUT }).toEqual(P.BASE_EXPECTED);
      expect(await pageOk(page)).toEqual({ ok: true, counter: '42' });
      expect(await page.evaluate(() => (window as unknown as W).__rootFont)).toBe('200px');
      // the extension did not touch the page's root size
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('200px');
      const card = await openCard(page, firstMark(page, '2만7500명'));
      const box = (await card.boundingBox())!;
      expect(box.width).toBeGreaterThan(100);
      expect(box.width).toBeLessThanOrEqual(400);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1200);
      expect(await card.evaluate((el) => getComputedStyle(el).fontSize)).toBe('14px');
      const heading = card.locator('h3').first();
      expect(await heading.evaluate((el) => getComputedStyle(el).fontSize)).toBe('13px');
      const panel = page.locator('gctx-overlay .panel');
      const panelBox = (await panel.boundingBox())!;
      expect(panelBox.width).toBeLessThanOrEqual(400);
      expect(panelBox.height).toBeLessThanOrEqual(800);
    });
  });

  it('3. strict CSP response header (default-src/style-src/script-src/img-src none): marks present, card styled', async () => {
    await onPage(URL.csp, async (page, errors) => {
      await expect.poll(() => markSummary(page), { timeout: MARK_TIMEOUT }).toEqual(P.BASE_EXPECTED);
      // The CSP took effect: the page's own inline script and inline style were refused.
      expect(await page.evaluate(() => (window as unknown as W).__cspLeak)).toBeUndefined();
      expect(await page.evaluate(() => getComputedStyle(document.getElementById('counter')!).color)).not.toBe(
        'rgb(255, 0, 0)',
      );
      expect(errors.page.some((e) => /Content Security Policy/i.test(e.text))).toBe(true);
      // The marks' underline comes from the manifest CSS, which a page CSP does not govern.
      const mark = firstMark(page, '1500개');
      expect(await mark.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('underline');
      const card = await openCard(page, mark);
      const style = await card.evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          position: s.position,
          bg: s.backgroundColor,
          radius: s.borderTopLeftRadius,
          font: s.fontSize,
        };
      });
      expect(style).toMatchObject({ position: 'fixed', radius: '8px', font: '14px' });
      expect(style.bg).not.toBe('rgba(0, 0, 0, 0)');
      const box = (await card.boundingBox())!;
      expect(box.width).toBeGreaterThan(100);
      expect(await card.innerText()).toMatch(/불일치/);
      // Console errors the CSP raised because of the extension (refused styles, say) are reported
      // with the page's address: show them if there are any.
      const cspAboutUs = errors.page.filter(
        (e) => /Content Security Policy/i.test(e.text) && !/inline (script|style)/i.test(e.text),
      );
      expect(cspAboutUs, "CSP refusals other than the page's own inline script/style").toEqual([]);
    });
  });

  it("4. page scripts that throw at load and every 200 ms: marks present, page's interval keeps running", async () => {
    await onPage(URL.throwing, async (page, errors) => {
      await expect.poll(() => markSummary(page), { timeout: MARK_TIMEOUT }).toEqual(P.BASE_EXPECTED);
      const ticks = Number(await page.evaluate(() => (window as unknown as W).__ticks));
      // the page's own interval goes on (its ticks counted, not a window of our clock)
      await expect
        .poll(() => page.evaluate(() => Number((window as unknown as W).__ticks)), { timeout: 10_000 })
        .toBeGreaterThan(ticks);
      expect(await page.evaluate(() => (window as unknown as W).__pageOk)).toBe(true);
      // the page's own errors were seen (so the error watch works), and are not the extension's
      expect(
        errors.page.filter((e) => /page boom|boom is not|page unhandled|Cannot read/.test(e.text)).length,
      ).toBeGreaterThan(2);
      await openCard(page, firstMark(page, '3000억 원'));
    });
  });

  it('5. figures split over inline tags (<b>6조</b>2817<span>억</span>원, 4<i>116</i>억원, ...): one figure each, right value', async () => {
    await onPage(URL.split, async (page) => {
      await expect
        .poll(
          async () =>
            (await readMarks(page)).map(({ text, status, value, unit }) => ({ text, status, value, unit })),
          {
            timeout: MARK_TIMEOUT,
          },
        )
        .toEqual(P.SPLIT_EXPECTED);
      const marks = await readMarks(page);
      const pieces = Object.fromEntries(marks.map((m) => [m.text, m.pieces]));
      // one piece per text node the figure spans: 4|116|억원, 2|0|0|0|개, 2만|75|00|명, 6조|2817|억|원, 88.|5|페타플롭스, 1|0|위
      expect(pieces).toEqual({
        '4116억원': 3,
        '2000개': 5,
        '2만7500명': 4,
        '6조2817억원': 4,
        '88.5페타플롭스': 3,
        '10위': 3,
      });
      // The page's own inline elements are still there, still hold their text and style.
      expect(await articleTextIntact(page)).toBe(true);
      expect(await page.evaluate(() => (window as unknown as W).__boldCount)).toBe(2);
      expect(await page.evaluate(() => document.querySelectorAll('[data-article] b').length)).toBe(2);
      expect(await page.locator('#jo').textContent()).toBe('6조');
      expect(await page.locator('#jo').evaluate((el) => getComputedStyle(el).fontWeight)).toBe('900');
      expect(
        await page.evaluate(() => document.querySelector('[data-article] a[href="#perf"]')?.textContent),
      ).toBe('88.5');
      // Continued pieces are not focusable; the first is and opens the card.
      expect(await page.locator('gctx-figure[data-part="continued"][tabindex]').count()).toBe(0);
      const card = await openCard(page, firstMark(page, '6조'));
      expect(await card.innerText()).toMatch(/6조 2,817억 원/);
    });
  });

  it('6. figures in <td>, <li> and <a href>: marked; table/list intact; the link keeps its href and still navigates', async () => {
    await onPage(URL.structured, async (page) => {
      await expect
        .poll(() => markSummary(page), { timeout: MARK_TIMEOUT })
        .toEqual([
          '4116억원:consistent',
          '3000억 원:consistent',
          '2000개:consistent',
          '2만7500명:consistent',
          '1500개:discrepancy',
          '5150명:consistent',
        ]);
      expect(await pageOk(page)).toEqual({ ok: true, counter: '42' });
      expect(await articleTextIntact(page)).toBe(true);
      expect(await page.locator('#tbl tbody tr').count()).toBe(2);
      expect(await page.locator('#tbl td').count()).toBe(4);
      expect(await page.locator('#goals > li').count()).toBe(2);
      // each mark sits where its figure was
      expect(
        await firstMark(page, '4116억원').evaluate(
          (el) => (el.closest('tr') as HTMLTableRowElement | null)?.rowIndex,
        ),
      ).toBe(1);
      expect(await firstMark(page, '2000개').evaluate((el) => el.closest('li') !== null)).toBe(true);
      const inLink = firstMark(page, '5150명');
      expect(await inLink.evaluate((el) => el.closest('a')?.id)).toBe('lnk');
      expect(await page.locator('#lnk').getAttribute('href')).toBe(P.LINK_TARGET);
      await openCard(page, firstMark(page, '4116억원'));
      await page.keyboard.press('Escape');
      await expect.poll(() => cardOf(page).count()).toBe(0);
      // Click the link's words, not its figure: the page's handler runs and the browser navigates.
      const link = page.locator('#lnk');
      await link.scrollIntoViewIfNeeded();
      await link.click({ position: { x: 4, y: 4 } });
      await page.waitForURL(P.LINK_TARGET, { timeout: 5000 });
      expect(await page.locator('#next').textContent()).toBe('다음 기사');
      expect(await page.evaluate(() => sessionStorage.getItem('linkClicks'))).toBe('1');
    });
  });

  it('7. figures in dir="rtl" and writing-mode: vertical-rl containers: marked, each card inside the viewport', async () => {
    const viewport = { width: 1000, height: 700 };
    await onPage(
      URL.writingModes,
      async (page) => {
        await expect
          .poll(() => markSummary(page), { timeout: MARK_TIMEOUT })
          .toEqual([
            '4116억원:consistent',
            '2000개:consistent',
            '2만7500명:consistent',
            '3000억 원:consistent',
          ]);
        expect(await pageOk(page)).toEqual({ ok: true, counter: '42' });
        expect(await articleTextIntact(page)).toBe(true);
        expect(await firstMark(page, '4116억원').evaluate((el) => el.closest('[dir="rtl"]')?.id)).toBe('rtl');
        expect(await firstMark(page, '2000개').evaluate((el) => getComputedStyle(el).writingMode)).toBe(
          'vertical-rl',
        );
        for (const text of ['4116억원', '2000개', '2만7500명']) {
          const card = await openCard(page, firstMark(page, text));
          const box = (await card.boundingBox())!;
          const where = `${text}: card at ${JSON.stringify(box)}`;
          expect(box.x, where).toBeGreaterThanOrEqual(0);
          expect(box.y, where).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, where).toBeLessThanOrEqual(viewport.width);
          expect(box.y + box.height, where).toBeLessThanOrEqual(viewport.height);
          expect(await card.evaluate((el) => getComputedStyle(el).writingMode)).toBe('horizontal-tb');
          expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
          await page.keyboard.press('Escape');
          await expect.poll(() => cardOf(page).count()).toBe(0);
        }
      },
      viewport,
    );
  });

  it('8. article inside a same-site <iframe> (top page is a shell): figures inside the frame are marked', async () => {
    await onPage(URL.iframeShell, async (page) => {
      const frame = page.frame({ url: P.IFRAME_ARTICLE });
      expect(frame, 'the article frame loaded').not.toBeNull();
      await frame!.waitForLoadState('load');
      expect(await frame!.evaluate(() => (window as unknown as W).__pageOk)).toBe(true);
      expect(await page.evaluate(() => (window as unknown as W).__pageOk)).toBe(true);
      // the shell itself is no article: nothing of ours in it
      expect(await page.$$('gctx-figure')).toHaveLength(0);
      await expect
        .poll(() => markSummary(frame!), {
          timeout: MARK_TIMEOUT,
          message: 'no <gctx-figure> in the iframe: the content script does not run in sub-frames',
        })
        .toEqual(P.BASE_EXPECTED);
    });
  });

  it("9. page that deletes every element with a dash in its tag name: page works, extension does not loop (<= 20 inserts over five ticks of the page's clock)", async () => {
    await onPage(URL.deleter, async (page) => {
      // The extension marks once; the page deletes the marks (and their text) at once.
      await expect
        .poll(async () => (await probe(page)).figureInserts.length, { timeout: MARK_TIMEOUT })
        .toBeGreaterThan(0);
      // five ticks of the page's 1 s clock, however slow the machine: its own events, not ours
      await untilTicks(page, 5);
      const { figureInserts } = await probe(page);
      const state = await page.evaluate(() => ({
        ticks: (window as unknown as W).__ticks as number,
        deleted: (window as unknown as W).__deleted as number,
        paragraphs: document.querySelectorAll('[data-article] p').length,
        counter: document.getElementById('counter')?.textContent,
      }));
      console.log(
        `deleter page: ${figureInserts.length} <gctx-figure> inserts, page deleted ${state.deleted} elements, ` +
          `gctx-overlay in page: ${await page.locator('gctx-overlay').count()}`,
      );
      expect(figureInserts.length).toBeLessThanOrEqual(20);
      expect(state.ticks).toBeGreaterThan(4);
      expect(await page.locator('#clock').textContent()).toBe(String(state.ticks));
      expect(state.paragraphs).toBe(5);
      expect(state.counter).toBe('42');
      // nothing keeps going: no insert while the page's own clock ticks three more times
      // (counted against the page's events, not a window of our clock)
      const ticks = state.ticks;
      await expect
        .poll(() => page.evaluate(() => (window as unknown as W).__ticks as number), { timeout: 20_000 })
        .toBeGreaterThanOrEqual(ticks + 3);
      expect((await probe(page)).figureInserts.length).toBe(figureInserts.length);
    });
  }, 30_000);

  it("9b. page that unwraps every element with a dash in its tag name (keeps the text): extension does not loop (<= 20 inserts over five ticks of the page's clock)", async () => {
    await onPage(URL.unwrapper, async (page) => {
      await expect
        .poll(async () => (await probe(page)).figureInserts.length, { timeout: MARK_TIMEOUT })
        .toBeGreaterThan(0);
      const start = (await probe(page)).figureInserts[0]!;
      await untilTicks(page, 5);
      const { figureInserts } = await probe(page);
      const unwrapped = await page.evaluate(() => (window as unknown as W).__unwrapped);
      const span = (figureInserts.at(-1)! - start) / 1000;
      console.log(
        `unwrapper page: ${figureInserts.length} <gctx-figure> inserts over ${span.toFixed(1)} s, page unwrapped ${unwrapped} elements, ` +
          `gctx-overlay in page: ${await page.locator('gctx-overlay').count()}`,
      );
      expect(await articleTextIntact(page)).toBe(true);
      expect(Number(await page.evaluate(() => (window as unknown as W).__ticks))).toBeGreaterThan(4);
      expect(
        figureInserts.length,
        'marks re-inserted again and again: a mark/unwrap loop',
      ).toBeLessThanOrEqual(20);
    });
  }, 30_000);

  /**
   * A page that re-renders its article again and again: after every render the marks come back,
   * whole and once (not re-inserted again and again: counted per render, no clock asserted; the
   * page waits for the marks before its next render, so a slow machine sees the same renders).
   */
  async function checkRerenders(url: string, label: string) {
    await onPage(url, async (page) => {
      await expect.poll(() => markSummary(page), { timeout: MARK_TIMEOUT }).toEqual(P.BASE_EXPECTED);
      const renderCount = async () =>
        ((await page.evaluate(() => (window as unknown as W).__renders)) as number[]).length;
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const taskSeconds = async () =>
        (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
      const cpuStart = await taskSeconds();
      const wallStart = Date.now();
      const first = await renderCount();
      // Sample 10 renders: after each, the marks are back before the next one.
      const samples: string[] = [];
      for (let i = 1; i <= 10; i++) {
        // (the page renders again only once the marks are back, or 3 s after: a generous wait)
        await expect.poll(renderCount, { timeout: 8000, interval: 20 }).toBeGreaterThanOrEqual(first + i);
        // (no clock here: the marks come back after each render; how fast is npm run bench's)
        const back = await expect
          .poll(() => markSummary(page), { timeout: 5000, interval: 25 })
          .toEqual(P.BASE_EXPECTED)
          .then(
            () => 'back',
            () => 'missing',
          );
        samples.push(back);
      }
      const busy = (await taskSeconds()) - cpuStart;
      const wall = (Date.now() - wallStart) / 1000;
      await cdp.detach();
      const { figureInserts } = await probe(page);
      const renders = (await page.evaluate(() => (window as unknown as W).__renders)) as number[];
      // Inserts between two consecutive renders, for the renders of the sampled stretch.
      const perRender: number[] = [];
      for (let i = first; i + 1 < renders.length; i++) {
        perRender.push(figureInserts.filter((t) => t > renders[i]! && t <= renders[i + 1]!).length);
      }
      const sinceFirst = figureInserts.filter((t) => t > renders[first]!);
      const perSecond = sinceFirst.length / ((renders.at(-1)! - renders[first]!) / 1000);
      console.log(
        `${label}: samples ${JSON.stringify(samples)}; inserts between renders ${JSON.stringify(perRender)}; ` +
          `${perSecond.toFixed(1)} inserts/s; main thread busy ${((busy / wall) * 100).toFixed(0)}% of ${wall.toFixed(1)} s`,
      );
      expect(samples, 'marks back after each render (sampled before the next render)').toEqual(
        samples.map(() => 'back'),
      );
      expect(perRender.length).toBeGreaterThanOrEqual(9);
      expect(
        perRender.every((n) => n >= P.BASE_EXPECTED.length),
        `every figure re-marked between renders: ${JSON.stringify(perRender)}`,
      ).toBe(true);
      expect(
        perRender.every((n) => n <= 2 * P.BASE_EXPECTED.length),
        `inserts bounded per render: ${JSON.stringify(perRender)}`,
      ).toBe(true);
      // Inserts per second and the main thread's busy share are printed above, not asserted: a
      // clock in npm test is flaky on a busy CI machine. The bounded work is the count per render.
      expect(await articleTextIntact(page)).toBe(true);
      expect(await pageOk(page)).toEqual({ ok: true, counter: '42' });
    });
  }

  it('10. article re-rendered again and again with the same markup: marks come back after each render, work stays bounded', async () => {
    await checkRerenders(URL.rerender, 're-render page');
  }, 90_000);

  it('10b. same re-rendering article on a page with a 100 ms text ticker: marks still come back after each render', async () => {
    await checkRerenders(URL.rerenderTicker, 're-render + ticker page');
  }, 90_000);

  // Long tasks and script time on this page are measured in `npm run bench` (not here: a busy
  // 2-core CI machine makes any clock in a test flaky). Here: the behaviour.
  it('11. 50,000-element page with the article in the middle: marks complete, the page intact', async () => {
    await onPage(
      URL.bigDom,
      async (page) => {
        await expect.poll(() => markSummary(page), { timeout: 20_000 }).toEqual(P.BASE_EXPECTED);
        const elements = Number(await page.evaluate(() => (window as unknown as W).__elements));
        expect(elements).toBeGreaterThanOrEqual(50_000);
        expect(await pageOk(page)).toEqual({ ok: true, counter: '42' });
        expect(await articleTextIntact(page)).toBe(true);
      },
      { width: 1200, height: 800 },
    );
  }, 60_000);

  it('12. HTML/script payloads as text next to figures: shown literally, nothing executes in page, card, panel or popup', async () => {
    await onPage(URL.payload, async (page) => {
      await expect
        .poll(() => markSummary(page), { timeout: MARK_TIMEOUT })
        .toEqual([
          '4116억원:consistent',
          '1500개:discrepancy',
          '2000개:consistent',
          '2만7500명:consistent',
          '3000억 원:consistent',
        ]);
      const pwned = () => page.evaluate(() => (window as unknown as W).__pwned);
      expect(await pageOk(page)).toEqual({ ok: true, counter: '42' });
      expect(await articleTextIntact(page)).toBe(true);
      // The payloads are still text in the page, and still inert.
      const pl1 = await page.locator('#pl1').textContent();
      expect(pl1).toContain(P.PAYLOAD_IMG);
      expect(pl1).toContain(P.PAYLOAD_SCRIPT);
      expect(await page.locator('[data-article] img, [data-article] script').count()).toBe(0);
      const inert = (root: Locator) =>
        root.evaluate((el) => ({
          dangerous: el.querySelectorAll('img, script, iframe, object, embed, svg, math, style').length,
          handlers: [el, ...el.querySelectorAll('*')].filter((e) =>
            [...e.attributes].some((a) => a.name.toLowerCase().startsWith('on')),
          ).length,
          html: el.innerHTML,
          text: (el as HTMLElement).innerText,
        }));
      for (const text of ['4116억원', '1500개']) {
        const card = await openCard(page, firstMark(page, text));
        const c = await inert(card);
        expect(c.dangerous, `${text} card elements`).toBe(0);
        expect(c.handlers, `${text} card inline handlers`).toBe(0);
        // Whatever page text the card shows, it shows as text.
        expect(c.html).not.toMatch(/<img|<script/i);
        if (c.text.includes('onerror')) expect(c.text).toContain(P.PAYLOAD_IMG);
        await page.keyboard.press('Escape');
      }
      await page.locator('gctx-overlay .panel-toggle').click();
      const panel = await inert(page.locator('gctx-overlay .panel'));
      expect(panel.dangerous).toBe(0);
      expect(panel.handlers).toBe(0);
      expect(panel.html).not.toMatch(/<img|<script/i);
      await page.locator('gctx-overlay .panel-toggle').click();
      expect(await pwned()).toBeUndefined();

      // Flag the figure: the flag keeps page text (title, words around the figure) and a note;
      // the popup shows them. None of it may turn into markup there.
      const card = await openCard(page, firstMark(page, '1500개'));
      await card.getByRole('button', { name: '불일치 신고' }).click();
      const form = page.frameLocator('gctx-overlay iframe.flag-frame');
      await form.getByRole('textbox').fill(`메모 ${P.PAYLOAD_IMG} ${P.PAYLOAD_SCRIPT}`);
      await form.getByRole('button', { name: '저장' }).click();
      await expect.poll(() => card.getByRole('status').innerText()).toContain('신고를 저장했습니다');
      expect(await pwned()).toBeUndefined();

      const tabId = await run.worker.evaluate(async (url) => {
        const tabs = await (
          globalThis as unknown as {
            chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } };
          }
        ).chrome.tabs.query({});
        return tabs.find((t) => t.url === url)!.id;
      }, URL.payload);
      const popup = await run.context.newPage();
      try {
        const popupErrors = await watchErrors(popup);
        await popup.goto(`chrome-extension://${run.extensionId}/popup.html?tab=${tabId}`);
        for (const tab of ['내 신고', '이 페이지']) {
          await popup.getByRole('tab', { name: tab }).click();
          // (the tab has rendered once its payload text is shown; no fixed wait)
          await expect
            .poll(() => popup.evaluate(() => document.body.innerText), { timeout: 10_000 })
            .toContain(P.PAYLOAD_IMG);
          const shown = await popup.evaluate(() => ({
            bad: document.querySelectorAll('img[src="x"], script:not([src]), iframe').length,
            handlers: [...document.querySelectorAll('body *')].filter((e) =>
              [...e.attributes].some((a) => a.name.toLowerCase().startsWith('on')),
            ).length,
            pwned: (window as unknown as W).__pwned,
            text: document.body.innerText,
          }));
          expect(shown.bad, `${tab}: payload elements in the popup`).toBe(0);
          expect(shown.handlers, `${tab}: inline handlers in the popup`).toBe(0);
          expect(shown.pwned).toBeUndefined();
          // the note in the flag list, and the page title in the page summary, shown as text
          expect(shown.text).toContain(P.PAYLOAD_IMG);
        }
        expect(popupErrors.extension, 'errors in the popup').toEqual([]);
        await popupErrors.detach();
      } finally {
        await popup.close();
      }
      expect(await pwned()).toBeUndefined();
    });
  }, 40_000);

  it('13. figures in hidden regions (hidden, aria-hidden="true", display:none) are not marked; visible ones are', async () => {
    await onPage(URL.hidden, async (page) => {
      await expect.poll(() => markSummary(page), { timeout: MARK_TIMEOUT }).toEqual(P.HIDDEN_EXPECTED);
      await page.waitForTimeout(500);
      expect(await markSummary(page)).toEqual(P.HIDDEN_EXPECTED);
      expect(
        await page.locator('#h-attr gctx-figure, #h-aria gctx-figure, #h-display gctx-figure').count(),
      ).toBe(0);
      expect(await page.locator('#visible1 gctx-figure').count()).toBe(1);
      expect(await pageOk(page)).toEqual({ ok: true, counter: '42' });
      expect(await articleTextIntact(page)).toBe(true);
      // the summary counts only what the reader can see
      expect(await page.locator('gctx-overlay .panel-toggle').innerText()).toContain('수치 3');
    });
  });

  it('14. <input> and <textarea> holding figure text: never marked, values unchanged, still editable', async () => {
    await onPage(URL.form, async (page) => {
      await expect.poll(() => markSummary(page), { timeout: MARK_TIMEOUT }).toEqual(P.BASE_EXPECTED);
      const before = await page.evaluate(() => ({
        input: (document.getElementById('in') as HTMLInputElement).value,
        textarea: (document.getElementById('ta') as HTMLTextAreaElement).value,
      }));
      expect(before.input).toBe('AI 창업 2000개 일자리 2만7500명');
      expect(before.textarea).toBe('광주시는 국가 AI데이터센터 구축에 3000억 원을 들인다고 밝혔다. 4116억원');
      expect(await page.locator('#ta').evaluate((el) => el.children.length)).toBe(0);
      await page.locator('#ta').click();
      await page.keyboard.press('End');
      await page.keyboard.type(' 추가 1500개');
      await page.locator('#in').fill('AI 창업 1500개');
      await page.waitForTimeout(800);
      expect(await page.locator('#ta').inputValue()).toBe(`${before.textarea} 추가 1500개`);
      expect(await page.locator('#in').inputValue()).toBe('AI 창업 1500개');
      expect(await page.locator('#ta').evaluate((el) => el.children.length)).toBe(0);
      expect(await page.locator('textarea gctx-figure, input gctx-figure, label gctx-figure').count()).toBe(
        0,
      );
      expect(await markSummary(page)).toEqual(P.BASE_EXPECTED);
      expect(await pageOk(page)).toEqual({ ok: true, counter: '42' });
    });
  });

  it('15. page that already defines <gctx-overlay> as its own custom element: marks present, panel shown, no extension error', async () => {
    await onPage(URL.clash, async (page) => {
      await expect.poll(() => markSummary(page), { timeout: MARK_TIMEOUT }).toEqual(P.BASE_EXPECTED);
      expect(await pageOk(page)).toEqual({ ok: true, counter: '42' });
      expect(await page.evaluate(() => (window as unknown as W).__defined)).toBe(true);
      // The summary panel is the extension's UI: it must be drawn somewhere the reader sees it.
      await expect
        .poll(() => page.locator('.panel-toggle').count(), {
          message: 'summary panel drawn',
          timeout: MARK_TIMEOUT,
        })
        .toBe(1);
    });
  });

  it('nothing left the machine: no request other than the served pages (and favicons) was made', () => {
    expect(refused.filter((u) => !u.startsWith('data:') && !u.endsWith('/favicon.ico'))).toEqual([]);
  });
});
