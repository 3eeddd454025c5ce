import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOXES, type FirefoxRun, launchFirefox, pollUntil } from '../../tools/testing/firefox';
import { fixture } from '../../tools/testing/serve-fixtures';

// Issue 12 §1: Firefox, tested in Firefox: 153 ESR and 140 ESR (the manifest's minimum), with
// the built extension as a temporary add-on. The fixture pages' marks equal their labels, a
// card opens by keyboard and by hover, the panel opens, the popup search answers 창업 and ㅊㅇ,
// a flag made on a page appears in the popup and survives a restart, and the extension prints
// no error.

const PAGES = ['seed-001-naver', 'seed-002-daum', 'c16-daum-mixed-statuses'].map(fixture);
// A page that logs every key on document and then tries to act for the reader (issue 10).
const SPY_URL = 'https://n.news.naver.com/mnews/article/654/0000199998';
const SPY = `
window.__keys = [];
for (const type of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput'])
  document.addEventListener(type, (e) => window.__keys.push(e.key ?? e.data ?? ''), true);
window.__forge = async () => {
  const root = document.querySelector('gctx-overlay').shadowRoot;
  for (const b of root.querySelectorAll('button.flag, button.add-fact')) b.click();
  await new Promise((r) => setTimeout(r, 800));
  let error = null;
  for (const frame of root.querySelectorAll('iframe'))
    try {
      frame.contentWindow.document.querySelector('button[type=submit]').click();
    } catch (e) { error = String(e.name || e); }
  window.postMessage({ type: 'gctx-flag-frame', state: 'saved' }, '*');
  return error;
};`;
// A page whose Content-Security-Policy forbids every style and script: the overlay's styles must
// still apply (on 140 they go in as a <style> element, its constructed sheet being refused).
const CSP_URL = 'https://n.news.naver.com/mnews/article/654/0000199997';
const STRICT_CSP = "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'";
const SERVED = {
  ...Object.fromEntries(PAGES.map((f) => [f.expected.url, f.html])),
  [CSP_URL]: { html: PAGES[0]!.html, headers: { 'content-security-policy': STRICT_CSP } },
  [SPY_URL]: PAGES[0]!.html.replace('</body>', `<script>${SPY}</script></body>`),
};

type Shadow = { shadowRoot: ShadowRoot | null };
const inOverlay = <T>(page: Page, fn: (root: ShadowRoot) => T) =>
  page.evaluate((source) => {
    const root = (document.querySelector('gctx-overlay') as unknown as Shadow | null)?.shadowRoot;
    // biome-ignore lint/security/noGlobalEval: the test's own function, sent as text to the page
    return root ? (eval(source) as (r: ShadowRoot) => unknown)(root) : null;
  }, `(${fn.toString()})`) as Promise<T | null>;

async function marks(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('gctx-figure:not([data-part])')].map((el) => {
      const e = el as HTMLElement;
      const parts = [...document.querySelectorAll(`gctx-figure[data-figure="${e.dataset.figure}"]`)];
      return {
        text: parts.map((p) => p.textContent).join(''),
        status: e.dataset.status,
        value: Number(e.dataset.value),
        unit: e.dataset.unit,
        metric: e.dataset.metric ?? null,
      };
    }),
  );
}

describe.each(Object.keys(FIREFOXES) as (keyof typeof FIREFOXES)[])(
  'the extension in Firefox %s ESR',
  (version) => {
    let ff: FirefoxRun;
    const profile = mkdtempSync(join(tmpdir(), `gctx-ff${version}-`));
    beforeAll(async () => {
      ff = await launchFirefox(version, profile);
    }, 60_000);
    afterAll(async () => {
      await ff?.close();
    });

    const open = async (url: string) => {
      const page = await ff.browser.newPage();
      await ff.serve(page, SERVED);
      await page.goto(url);
      await pollUntil(
        () => page.evaluate(() => document.querySelectorAll('gctx-figure').length),
        (n) => n > 0,
      );
      return page;
    };

    it.each(PAGES.map((f) => f.name))('%s: the marks equal the labels', async (name) => {
      const fx = fixture(name);
      const page = await open(fx.expected.url);
      const expected = fx.expected.figures.map((f) => ({
        text: f.text,
        status: f.status,
        value: f.value,
        unit: f.unit,
        metric: f.metric,
      }));
      expect(
        await pollUntil(
          () => marks(page),
          (m) => m.length === expected.length,
        ),
      ).toEqual(expected);
      await page.close();
    });

    it('a card opens by keyboard and by hover; the panel opens; the overlay is attached', async () => {
      const page = await open(PAGES[0]!.expected.url);
      await page.focus('gctx-figure[data-metric="ai-startup-target"]');
      await page.keyboard.press('Enter');
      const label = await pollUntil(
        () => inOverlay(page, (r) => r.querySelector('[role="dialog"]')?.getAttribute('aria-label') ?? null),
        (v) => !!v,
      );
      expect(label).toMatch(/2000개$/);
      await page.keyboard.press('Escape');
      await pollUntil(
        () => inOverlay(page, (r) => r.querySelector('[role="dialog"]') === null),
        (v) => v === true,
      );
      await page.hover('gctx-figure[data-metric="ai-experts-target"]');
      expect(
        await pollUntil(
          () =>
            inOverlay(page, (r) => r.querySelector('[role="dialog"]')?.getAttribute('aria-label') ?? null),
          (v) => !!v && v.endsWith('5150명'),
        ),
      ).toMatch(/5150명$/);
      await inOverlay(page, (r) => (r.querySelector('.panel-toggle') as HTMLElement).click());
      expect(
        await pollUntil(
          () => inOverlay(page, (r) => !!r.querySelector('.panel')),
          (v) => v === true,
        ),
      ).toBe(true);
      await page.close();
    });

    it('a page with a strict CSP: marks and a styled card (position fixed, its own width)', async () => {
      const page = await open(CSP_URL);
      await page.focus('gctx-figure[data-metric="ai-startup-target"]');
      await page.keyboard.press('Enter');
      // (no eval here: the page's CSP forbids it, and inOverlay sends its function as text)
      const style = await pollUntil(
        () =>
          page.evaluate(() => {
            const host = document.querySelector('gctx-overlay') as unknown as {
              shadowRoot: ShadowRoot | null;
            } | null;
            const card = host?.shadowRoot?.querySelector('[role="dialog"]');
            if (!card) return null;
            const cs = getComputedStyle(card);
            return `${cs.position} ${cs.width}`;
          }),
        (v) => !!v,
      );
      expect(style).toBe('fixed 360px');
      expect(
        await page.evaluate(
          () => getComputedStyle(document.querySelector('gctx-figure')!).textDecorationLine,
        ),
      ).toBe('underline');
      await page.close();
    });

    it('the popup search answers 창업 and ㅊㅇ', async () => {
      const popup = await ff.openExtensionPage('popup.html');
      const ask = (query: string) =>
        popup.evaluate(
          (q) =>
            (
              globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
            ).browser.runtime.sendMessage({
              type: 'search',
              query: q,
            }),
          query,
        ) as Promise<{ ok: boolean; value: { id: string }[] }>;
      for (const q of ['창업', 'ㅊㅇ']) {
        const reply = await ask(q);
        expect(reply.ok).toBe(true);
        expect(reply.value.map((h) => h.id)).toContain('ai-startup-target');
      }
      // and in the popup's own search box
      await popup.type('input[type="search"]', 'ㅊㅇ');
      // (Debian's Firefox has no Korean UI pack here: the popup speaks English)
      expect(
        await pollUntil(
          () => popup.evaluate(() => document.body.innerText),
          (t) => /AI 창업 목표|AI startup target/.test(t),
        ),
      ).toMatch(/AI 창업 목표|AI startup target/);
      await popup.close();
    });

    const ask = async (message: unknown) => {
      const popup = await ff.openExtensionPage('popup.html');
      const reply = await popup.evaluate(
        (m) =>
          (
            globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
          ).browser.runtime.sendMessage(m),
        message,
      );
      await popup.close();
      return reply as { ok: boolean; value: unknown[] };
    };

    it('what the reader types in the card never reaches the page, and the page cannot act for the reader', async () => {
      const before = (await ask({ type: 'flag-list' })).value.length;
      const page = await open(SPY_URL);
      await page.focus('gctx-figure[data-metric="ai-startup-target"]');
      await page.keyboard.press('Enter');
      await pollUntil(
        () => inOverlay(page, (r) => !!r.querySelector('button.flag')),
        (v) => v === true,
      );
      await inOverlay(page, (r) => (r.querySelector('button.flag') as HTMLElement).click());
      const frame = await pollUntil(
        async () => page.frames().find((f) => f !== page.mainFrame()) ?? null,
        (f) => !!f,
      );
      await pollUntil(
        () => frame!.evaluate(() => !!document.querySelector('textarea')),
        (v) => v === true,
      );
      await frame!.evaluate(() => (document.querySelector('textarea') as HTMLElement).focus());
      await page.evaluate(() => {
        (window as unknown as { __keys: string[] }).__keys.length = 0;
      });
      await page.keyboard.type('secret note', { delay: 5 });
      const heard = await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys.join(''));
      expect(heard).not.toMatch(/[secrtno]/);
      const shadowText = await inOverlay(page, (r) => r.textContent ?? '');
      expect(shadowText).not.toContain('secret');
      await frame!.evaluate(() => (document.querySelector('button[type="submit"]') as HTMLElement).focus());
      await page.keyboard.press('Enter');
      expect(
        await pollUntil(
          async () => (await ask({ type: 'flag-list' })).value as { note: string }[],
          (v) => v.some((f) => f.note === 'secret note'),
        ),
      ).toEqual(expect.arrayContaining([expect.objectContaining({ note: 'secret note' })]));
      // Now the page clicks and submits whatever it can reach: no flag, no fact.
      const afterReader = (await ask({ type: 'flag-list' })).value.length;
      await page.keyboard.press('Escape');
      await page.focus('gctx-figure[data-metric="ai-startup-target"]');
      await page.keyboard.press('Enter');
      await pollUntil(
        () => inOverlay(page, (r) => !!r.querySelector('button.flag')),
        (v) => v === true,
      );
      const error = await page.evaluate(() =>
        (window as unknown as { __forge(): Promise<string | null> }).__forge(),
      );
      expect(error).toMatch(/Error|denied/i); // the frames' documents are out of the page's reach
      await new Promise((r) => setTimeout(r, 1500));
      expect((await ask({ type: 'flag-list' })).value.length).toBe(afterReader);
      expect((await ask({ type: 'my-facts' })).value).toEqual([]);
      expect(afterReader).toBe(before + 1);
      await page.close();
    }, 60_000);

    it('a flag made in the card appears in the popup and survives a restart on the same profile', async () => {
      const page = await open(PAGES[0]!.expected.url);
      await page.focus('gctx-figure[data-metric="ai-startup-target"]');
      await page.keyboard.press('Enter');
      await pollUntil(
        () => inOverlay(page, (r) => !!r.querySelector('button.flag')),
        (v) => v === true,
      );
      await inOverlay(page, (r) => (r.querySelector('button.flag') as HTMLElement).click());
      const frame = await pollUntil(
        async () => page.frames().find((f) => f !== page.mainFrame()) ?? null,
        (f) => !!f,
      );
      await pollUntil(
        () => frame!.evaluate(() => !!document.querySelector('textarea')),
        (v) => v === true,
      );
      // Real keys into the frame (Firefox 140's BiDi cannot locate nodes inside a frame element).
      await frame!.evaluate(() => (document.querySelector('textarea') as HTMLElement).focus());
      await page.keyboard.type(`firefox ${version} note`, { delay: 5 });
      await frame!.evaluate(() => (document.querySelector('button[type="submit"]') as HTMLElement).focus());
      await page.keyboard.press('Enter');
      const flags = async () => {
        const popup = await ff.openExtensionPage('popup.html');
        const reply = (await popup.evaluate(() =>
          (
            globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
          ).browser.runtime.sendMessage({
            type: 'flag-list',
          }),
        )) as { ok: boolean; value: { note: string }[] };
        await popup.close();
        return reply.ok ? reply.value.map((f) => f.note) : [];
      };
      expect(await pollUntil(flags, (n) => n.includes(`firefox ${version} note`))).toContain(
        `firefox ${version} note`,
      );
      await page.close();
      expect(ff.extensionErrors(), 'errors from the extension on stdout').toEqual([]);

      await ff.close();
      ff = await launchFirefox(version, profile);
      expect(await pollUntil(flags, (n) => n.includes(`firefox ${version} note`))).toContain(
        `firefox ${version} note`,
      );
      expect(ff.extensionErrors(), 'errors from the extension on stdout').toEqual([]);
    }, 90_000);
  },
);
