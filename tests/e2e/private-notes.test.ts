import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Launched, launchWithExtension } from '../../tools/testing/launch';
import { sendFrom } from '../../tools/testing/send-from';
import { fixture, servePages } from '../../tools/testing/serve-fixtures';

// Issue 10: what the reader types never reaches the page, and the page cannot act for the reader.
// The page below logs every key on `document`, reads the overlay's open shadow root, and then
// tries to click, fill and submit whatever it can reach. The flag form lives in an
// extension-origin frame; the background takes writes only from extension pages.

const FX = fixture('seed-001-naver');
const HOSTILE_URL = 'https://n.news.naver.com/mnews/article/654/0000199999';
const SPY = `
window.__keys = [];
for (const type of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput'])
  document.addEventListener(type, (e) => window.__keys.push(e.key ?? e.data ?? ''), true);
window.__shadowText = () => {
  const host = document.querySelector('gctx-overlay');
  return host && host.shadowRoot ? host.shadowRoot.textContent : '';
};
window.__forge = async () => {
  const host = document.querySelector('gctx-overlay');
  const mark = document.querySelector('gctx-figure');
  mark.focus();
  mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await new Promise((r) => setTimeout(r, 300));
  const root = host.shadowRoot;
  const report = [...root.querySelectorAll('button')].find((b) => b.textContent.includes('신고'));
  if (report) report.click();
  await new Promise((r) => setTimeout(r, 500));
  const frame = root.querySelector('iframe');
  const seen = { frame: !!frame, doc: null, error: null };
  try {
    seen.doc = frame && frame.contentDocument ? 'readable' : null;
    frame.contentWindow.document.querySelector('textarea').value = 'forged by the page';
  } catch (e) { seen.error = String(e.name || e); }
  for (const ta of root.querySelectorAll('textarea')) ta.value = 'forged by the page';
  for (const f of root.querySelectorAll('form')) f.requestSubmit ? f.requestSubmit() : f.submit();
  window.postMessage({ type: 'gctx-flag-frame', state: 'saved' }, '*');
  return seen;
};
window.__forgeFact = async () => {
  const host = document.querySelector('gctx-overlay');
  const mark = document.querySelector('gctx-figure');
  mark.focus();
  mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await new Promise((r) => setTimeout(r, 300));
  const root = host.shadowRoot;
  const add = [...root.querySelectorAll('button')].find((b) => b.textContent.includes('사실 자료에 추가'));
  if (add) add.click();
  let frame = null;
  for (let i = 0; i < 60 && !frame; i++) {
    await new Promise((r) => setTimeout(r, 100));
    frame = root.querySelector('iframe');
  }
  await new Promise((r) => setTimeout(r, 500));
  const seen = { frame: !!frame, error: null };
  try {
    const doc = frame.contentWindow.document;
    for (const b of doc.querySelectorAll('button[type=submit]')) b.click();
  } catch (e) { seen.error = String(e.name || e); }
  // The frame's address is the extension's: framing it again with other defaults, or posting
  // as if it had saved, must plant nothing either.
  const again = document.createElement('iframe');
  again.src = frame.src;
  document.body.append(again);
  window.postMessage({ type: 'gctx-flag-frame', state: 'saved' }, '*');
  return seen;
};
`;
const HOSTILE = FX.html.replace('</body>', `<script>${SPY}</script></body>`);

/**
 * Clicks a field of a card's frame once the card has grown to the height the frame reported, and
 * waits until the keyboard is the field's. A click before the card settles lands where the field
 * was a moment ago (a busy machine shows the gap), and typing would then go to the page.
 */
async function focusInFrame(page: Page, frameSelector: string, field: Locator) {
  const frameEl = page.locator(frameSelector);
  const form = page.frameLocator(frameSelector);
  await expect
    .poll(async () => {
      const needs = await form.locator('html').evaluate((el) => Math.min(1200, el.scrollHeight));
      const has = await frameEl.evaluate((el) => Math.round(el.getBoundingClientRect().height));
      return Math.abs(needs - has) <= 2;
    })
    .toBe(true);
  await field.click();
  await expect
    .poll(() => field.evaluate((el) => document.hasFocus() && el === document.activeElement))
    .toBe(true);
}

describe('private notes and trusted writes, in Chromium', () => {
  let run: Launched;
  beforeAll(async () => {
    run = await launchWithExtension();
    await servePages(run.context, { [HOSTILE_URL]: HOSTILE });
  });
  afterAll(async () => {
    await run?.close();
  });

  const flags = async () => {
    const popup = await run.context.newPage();
    await popup.goto(`chrome-extension://${run.extensionId}/popup.html`);
    const reply = await sendFrom(popup)({ type: 'flag-list' });
    await popup.close();
    return reply.ok ? reply.value : [];
  };

  it('a note typed in the card never reaches the page: no key heard, nothing in the shadow root', async () => {
    const page = await run.context.newPage();
    await page.goto(HOSTILE_URL);
    await page.waitForSelector('gctx-figure[data-metric="ai-startup-target"]', { timeout: 10_000 });
    await page.locator('gctx-figure[data-metric="ai-startup-target"]').first().click();
    const card = page.locator('gctx-overlay [role="dialog"]');
    await card.getByRole('button', { name: '불일치 신고' }).click();
    const form = page.frameLocator('gctx-overlay iframe.flag-frame');
    await form.getByRole('button', { name: '저장' }).waitFor();
    await focusInFrame(page, 'gctx-overlay iframe.flag-frame', form.getByRole('textbox'));
    await page.evaluate(() => {
      (window as unknown as { __keys: string[] }).__keys.length = 0;
    });
    await page.keyboard.type('secret note', { delay: 5 });
    await form.getByRole('combobox').selectOption('period');
    await form.getByRole('button', { name: '저장' }).click();
    await expect.poll(() => card.getByRole('status').innerText()).toContain('신고를 저장했습니다');
    const heard = await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys.join(''));
    expect(heard).not.toMatch(/[secrtno]/);
    expect(
      await page.evaluate(() => (window as unknown as { __shadowText(): string }).__shadowText()),
    ).not.toContain('secret');
    expect(await flags()).toEqual([expect.objectContaining({ note: 'secret note', reason: 'period' })]);
    await page.close();
  });

  it('what the reader types in the add-a-fact form never reaches the page', async () => {
    const page = await run.context.newPage();
    await page.goto(HOSTILE_URL);
    await page.waitForSelector('gctx-figure[data-metric="ai-startup-target"]', { timeout: 10_000 });
    await page.locator('gctx-figure[data-metric="ai-startup-target"]').first().click();
    const card = page.locator('gctx-overlay [role="dialog"]');
    await card.getByRole('button', { name: '사실 자료에 추가' }).click();
    const form = page.frameLocator('gctx-overlay iframe.fact-frame');
    await form.getByRole('button', { name: '저장' }).waitFor(); // the form has its defaults
    await focusInFrame(
      page,
      'gctx-overlay iframe.fact-frame',
      form.getByLabel('메모 (선택, 내 자료에만 보관)'),
    );
    await page.evaluate(() => {
      (window as unknown as { __keys: string[] }).__keys.length = 0;
    });
    await page.keyboard.type('secret fact', { delay: 5 });
    await form.getByRole('button', { name: '저장' }).click();
    await expect.poll(() => card.getByRole('status').innerText()).toContain('내 자료에 추가했습니다');
    const heard = await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys.join(''));
    expect(heard).not.toMatch(/[secrtfa]/);
    expect(
      await page.evaluate(() => (window as unknown as { __shadowText(): string }).__shadowText()),
    ).not.toContain('secret');
    const popup = await run.context.newPage();
    await popup.goto(`chrome-extension://${run.extensionId}/popup.html`);
    const mine = await sendFrom(popup)({ type: 'my-facts' });
    expect(mine.ok && mine.value.map((f) => f.observation.note)).toEqual(['secret fact']);
    await sendFrom(popup)({ type: 'facts-clear' });
    await popup.close();
    await page.close();
  });

  it('a page that clicks and submits the add-a-fact form, or frames it again, plants no fact', async () => {
    const popupBefore = await run.context.newPage();
    await popupBefore.goto(`chrome-extension://${run.extensionId}/popup.html`);
    const before = await sendFrom(popupBefore)({ type: 'my-facts' });
    await popupBefore.close();
    const page = await run.context.newPage();
    await page.goto(HOSTILE_URL);
    await page.waitForSelector('gctx-figure', { timeout: 10_000 });
    const seen = await page.evaluate(() =>
      (window as unknown as { __forgeFact(): Promise<unknown> }).__forgeFact(),
    );
    expect(seen).toMatchObject({ frame: true, error: 'SecurityError' });
    await page.waitForTimeout(1500);
    const popup = await run.context.newPage();
    await popup.goto(`chrome-extension://${run.extensionId}/popup.html`);
    const mine = await sendFrom(popup)({ type: 'my-facts' });
    expect(mine).toEqual(before); // nothing planted (whatever the reader had)
    await popup.close();
    await page.close();
  });

  it('a page that clicks, fills and submits whatever it can reach creates no flag', async () => {
    const before = (await flags()).length;
    const page = await run.context.newPage();
    await page.goto(HOSTILE_URL);
    await page.waitForSelector('gctx-figure', { timeout: 10_000 });
    const seen = await page.evaluate(() => (window as unknown as { __forge(): Promise<unknown> }).__forge());
    // It opened the frame, but could not read or write into it.
    expect(seen).toMatchObject({ frame: true, doc: null, error: 'SecurityError' });
    await page.waitForTimeout(1000);
    const after = await flags();
    expect(after).toHaveLength(before);
    expect(after.some((f) => f.note.includes('forged'))).toBe(false);
    await page.close();
  });
});
