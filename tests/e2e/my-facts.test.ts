import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledStore } from '../../lib/store/bundled-store';
import { packHash } from '../../lib/store/check-pack';
import { buildStore } from '../../tools/store/build-store';
import { readSeedInputs } from '../../tools/store/read-seeds';
import { seriousAxe } from '../../tools/testing/axe';
import { type Launched, launchWithExtension } from '../../tools/testing/launch';
import { sendFrom } from '../../tools/testing/send-from';
import { servePages } from '../../tools/testing/serve-fixtures';
import { runCli } from '../cli/run-cli';

// Issue 10: the store grows with its readers. A figure the store knows nothing of is added from
// its card with the form's defaults; a second article with the same figure is then consistent
// with data-origin="user", a third with another value is a discrepancy that names the reader's
// fact, also after a browser restart. Export, delete all, import brings the same judgments back;
// a corrupt pack, a pack with a bad quote and one that clashes with bundled ids are refused whole.

const A = 'https://n.news.naver.com/mnews/article/999/0000000101';
const B = 'https://n.news.naver.com/mnews/article/999/0000000102';
const C = 'https://n.news.naver.com/mnews/article/999/0000000103';
const body = (lines: string[], date: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>광주 AI 기사</title>
<meta property="og:title" content="광주 AI 2단계, GPU 확보"><meta property="article:published_time" content="${date}"></head><body><header><h1>광주 AI</h1></header>
<article id="dic_area" class="go_trans _article_content">${lines.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`;
const COMMON = [
  '광주광역시는 인공지능(AI) 집적단지 1단계 사업에 4116억원을 투입한다고 밝혔다.',
  '이용섭 광주시장은 광주에서 AI 인재 5150명을 양성하겠다고 말했다.',
];
const GPU_A = '광주시는 인공지능 2단계 사업으로 GPU 1만5000장을 확보하겠다는 목표를 세웠다.';
const PAGES: Record<string, string> = {
  [A]: body([...COMMON, GPU_A], '2025-03-02T09:00:00+09:00'),
  [B]: body([...COMMON, '광주시는 GPU 1만5000장을 확보하겠다는 목표를 세웠다.'], '2025-05-02T09:00:00+09:00'),
  [C]: body([...COMMON, '광주시는 GPU 2만장을 확보하겠다는 목표를 세웠다.'], '2025-06-02T09:00:00+09:00'),
};

describe("the reader's facts, in Chromium", () => {
  let run: Launched;
  beforeAll(async () => {
    run = await launchWithExtension();
    await servePages(run.context, PAGES);
  });
  afterAll(async () => {
    await run?.close();
  });

  const figure = (page: Page, text: string) => page.locator('gctx-figure', { hasText: text }).first();
  const popupPage = async () => {
    const popup = await run.context.newPage();
    await popup.goto(`chrome-extension://${run.extensionId}/popup.html`);
    return popup;
  };

  it('adds an unknown figure from its card with the defaults, by keyboard; the next articles are judged against it', async () => {
    const page = await run.context.newPage();
    await page.goto(A);
    const gpu = figure(page, '1만5000장');
    await gpu.waitFor({ timeout: 10_000 });
    expect(await gpu.getAttribute('data-status')).toBe('unknown');
    expect(await gpu.getAttribute('data-origin')).toBe('bundled');
    // Keyboard only: focus the mark, open its card, reach "사실 자료에 추가", save the form.
    await gpu.focus();
    await page.keyboard.press('Enter');
    const card = page.locator('gctx-overlay [role="dialog"]');
    const add = card.getByRole('button', { name: '사실 자료에 추가' });
    await add.waitFor();
    await add.focus();
    await page.keyboard.press('Enter');
    const form: FrameLocator = page.frameLocator('gctx-overlay iframe.fact-frame');
    await form.getByRole('button', { name: '저장' }).waitFor({ timeout: 5000 });
    // The defaults come from the analysis: the figure, its sentence, the page's source.
    expect(await form.getByLabel('수치 (기사 표기)').inputValue()).toBe('1만5000장');
    expect(await form.getByLabel('인용문 (기사 문장 그대로)').inputValue()).toBe(GPU_A);
    expect(await form.locator('select').first().inputValue()).toBe('__new__'); // 새 지표
    expect(await form.getByLabel('이 지표를 알아볼 단어 (쉼표로 구분)').inputValue()).toBe('GPU');
    expect(await form.getByRole('combobox', { name: /^종류/ }).inputValue()).toBe('target');
    expect(await seriousAxe(page, 'gctx-overlay')).toEqual([]); // the card and the form in its frame
    // A wrong quote is shown next to its field, and nothing is saved.
    const quote = form.getByLabel('인용문 (기사 문장 그대로)');
    await quote.fill('광주시는 GPU 1만5000장을 샀다.');
    await form.getByRole('button', { name: '저장' }).click();
    await expect.poll(() => form.locator('#p-quote').innerText()).toContain('does not occur');
    expect(await quote.getAttribute('aria-invalid')).toBe('true');
    await quote.fill(GPU_A);
    const save = form.getByRole('button', { name: '저장' });
    await save.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => card.getByRole('status').innerText(), { timeout: 5000 })
      .toContain('내 자료에 추가했습니다');
    // Counted at once: the same page is judged again, against the new fact.
    await expect
      .poll(() => figure(page, '1만5000장').getAttribute('data-origin'), { timeout: 5000 })
      .toBe('user');
    expect(await figure(page, '1만5000장').getAttribute('data-status')).toBe('consistent');
    await page.close();

    const b = await run.context.newPage();
    await b.goto(B);
    await figure(b, '1만5000장').waitFor({ timeout: 10_000 });
    expect(await figure(b, '1만5000장').getAttribute('data-status')).toBe('consistent');
    expect(await figure(b, '1만5000장').getAttribute('data-origin')).toBe('user');
    await b.close();

    const c = await run.context.newPage();
    await c.goto(C);
    const wrong = figure(c, '2만장');
    await wrong.waitFor({ timeout: 10_000 });
    expect(await wrong.getAttribute('data-status')).toBe('discrepancy');
    expect(await wrong.getAttribute('data-origin')).toBe('user');
    await wrong.click();
    const cardC = c.locator('gctx-overlay [role="dialog"]');
    await expect.poll(() => cardC.innerText()).toContain('내 자료');
    // The popup's 이 페이지 says which figures rest on the reader's facts.
    const tabId = await run.worker.evaluate(async (url) => {
      const chrome = (
        globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } };
        }
      ).chrome;
      return (await chrome.tabs.query({})).find((t) => t.url === url)!.id;
    }, C);
    const pagePopup = await run.context.newPage();
    await pagePopup.goto(`chrome-extension://${run.extensionId}/popup.html?tab=${tabId}`);
    await pagePopup.getByRole('tab', { name: '이 페이지' }).click();
    await expect
      .poll(() => pagePopup.locator('body').innerText())
      .toContain('이 페이지에서 내 자료로 판정한 수치 1개');
    await pagePopup.close();
    expect(await cardC.innerText()).toContain('1만 5,000장');
    // The reader's facts stay out of the page: no source or quote of the fact in the card.
    expect(await cardC.innerText()).not.toContain(GPU_A);
    expect(await seriousAxe(c, 'gctx-overlay')).toEqual([]);
    await c.close();
  });

  it('keeps the fact after a browser restart; My facts lists, searches and edits it; axe finds nothing serious', async () => {
    const profile = run.userDataDir;
    await run.close();
    run = await launchWithExtension('ko-KR', profile);
    await servePages(run.context, PAGES);
    const c = await run.context.newPage();
    await c.goto(C);
    await figure(c, '2만장').waitFor({ timeout: 10_000 });
    expect(await figure(c, '2만장').getAttribute('data-status')).toBe('discrepancy');
    expect(await figure(c, '2만장').getAttribute('data-origin')).toBe('user');
    await c.close();

    const popup = await popupPage();
    await popup.getByRole('tab', { name: '내 자료' }).click();
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 5000 }).toContain(GPU_A);
    await popup.getByLabel('내 자료에서 찾기').fill('없는말');
    await expect.poll(() => popup.locator('body').innerText()).toContain('찾는 말이 들어간 자료가 없습니다');
    await popup.getByLabel('내 자료에서 찾기').fill('GPU');
    await expect.poll(() => popup.locator('body').innerText()).toContain(GPU_A);
    // Keyboard only: to the edit button, type the note, Enter submits.
    await popup.getByRole('button', { name: /^1만5000장 .* 고치기$/ }).focus();
    await popup.keyboard.press('Enter');
    await popup.getByLabel('메모').focus();
    await popup.keyboard.type('시 보도자료로 확인');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('body').innerText()).toContain('자료를 고쳤습니다');
    await expect.poll(() => popup.locator('.fact-note').innerText()).toBe('시 보도자료로 확인');
    expect(await seriousAxe(popup)).toEqual([]);
    // The popup search finds the reader's fact, labelled as such.
    await popup.getByRole('tab', { name: '검색' }).click();
    await popup.getByRole('searchbox').fill('GPU');
    await expect.poll(() => popup.locator('.badge-mine').count(), { timeout: 5000 }).toBeGreaterThan(0);
    await popup.close();
  });

  it('export, delete all, import: the same facts and judgments; bad packs are refused whole', async () => {
    const popup = await popupPage();
    await popup.getByRole('tab', { name: '내 자료' }).click();
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 5000 }).toContain(GPU_A);
    await popup.getByLabel('작성자 (선택)').fill('김기자');
    const downloading = popup.waitForEvent('download');
    await popup.getByRole('button', { name: '내 자료 내보내기' }).click();
    const file = join(tmpdir(), `facts-${Date.now()}.json`);
    await (await downloading).saveAs(file);
    const pack = JSON.parse(readFileSync(file, 'utf8'));
    expect(pack).toMatchObject({ format: 'gwangju-ai-context/fact-pack', author: '김기자' });
    expect(pack.observations).toHaveLength(1);
    expect(pack.sources[0]).toMatchObject({ url: A, quotes: [GPU_A] });

    // Maintainers: the exported pack passes the full store rules and merges into a copy of seeds/.
    const checked = runCli('pack', ['check', file]);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toContain('passes every check');
    expect(checked.stdout).toContain(`observation ${pack.observations[0].id}`);
    const seeds = mkdtempSync(join(tmpdir(), 'gctx-seeds-'));
    cpSync(resolve(import.meta.dirname, '../../seeds'), seeds, { recursive: true });
    const merged = runCli('pack', ['merge', file, '--seeds', seeds]);
    expect(merged.code, merged.stderr).toBe(0);
    const store = buildStore(readSeedInputs(seeds));
    expect(store.observations.map((o) => o.id)).toContain(pack.observations[0].id);
    const merged0 = store.sources.find((s) => s.id === pack.sources[0].id);
    expect(merged0?.url).toBe(A);
    expect(merged0 && 'pack' in merged0).toBe(false); // a bundled source now
    expect(readFileSync(join(seeds, 'articles', `${pack.sources[0].id}.txt`), 'utf8')).toContain(GPU_A);
    // Merging it again is refused whole: its ids are in seeds/ now.
    const again = runCli('pack', ['merge', file, '--seeds', seeds]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/duplicate id/);

    await popup.getByRole('button', { name: '내 자료 모두 삭제' }).click();
    await popup.getByRole('button', { name: '정말 1건을 모두 삭제' }).click();
    await expect.poll(() => popup.locator('body').innerText()).toContain('내 자료 1건을 삭제했습니다');
    const c = await run.context.newPage();
    await c.goto(C);
    await figure(c, '2만장').waitFor({ timeout: 10_000 });
    expect(await figure(c, '2만장').getAttribute('data-status')).toBe('unknown');

    // Refused whole, with the reason; nothing changes.
    const refuse = async (name: string, content: string, reason: RegExp) => {
      const path = join(tmpdir(), `${name}-${Date.now()}.json`);
      writeFileSync(path, content);
      await popup.getByLabel('가져올 자료 묶음 파일 (JSON)').setInputFiles(path);
      // (each refusal replaces the one before: wait for this one's reason)
      await expect.poll(() => popup.locator('.error-text').innerText()).toMatch(reason);
      expect(await popup.locator('body').innerText()).toContain(
        '가져오지 않았습니다. 아무것도 바뀌지 않았습니다',
      );
    };
    await refuse('corrupt', '{"format": "gwangju-ai-context/fact-pack", "id": ', /not JSON/);
    // (each with its hash made again, so the check that refuses it is the one named)
    const badQuote = structuredClone(pack);
    badQuote.sources[0].quotes = ['광주시는 다른 문장을 썼다.'];
    badQuote.hash = packHash(badQuote);
    await refuse('bad-quote', JSON.stringify(badQuote), /the quote is not one of source/);
    const clash = structuredClone(pack);
    clash.observations[0].id = bundledStore.observations[0]!.id;
    clash.hash = packHash(clash);
    await refuse('clash', JSON.stringify(clash), /already used by the bundled store/);
    const edited = structuredClone(pack);
    edited.observations[0].value = 20000;
    await refuse('edited', JSON.stringify(edited), /does not match its hash/);
    const send = sendFrom(popup);
    expect((await send({ type: 'my-facts' })).ok && (await send({ type: 'packs' })).ok).toBe(true);
    const listed = await send({ type: 'packs' });
    expect(listed.ok && listed.value).toEqual([]);

    await popup.getByLabel('가져올 자료 묶음 파일 (JSON)').setInputFiles(file);
    await expect.poll(() => popup.locator('body').innerText()).toContain('자료 1건을 설치했습니다');
    await expect.poll(() => popup.locator('body').innerText()).toContain(GPU_A); // back as the reader's own
    await popup.getByLabel('가져올 자료 묶음 파일 (JSON)').setInputFiles(file);
    await expect.poll(() => popup.locator('body').innerText()).toContain('이미 설치돼 있습니다');
    await c.reload();
    await figure(c, '2만장').waitFor({ timeout: 10_000 });
    await expect.poll(() => figure(c, '2만장').getAttribute('data-status')).toBe('discrepancy');
    expect(await figure(c, '2만장').getAttribute('data-origin')).toBe('user');
    await c.close();
    await popup.close();
  });
});
