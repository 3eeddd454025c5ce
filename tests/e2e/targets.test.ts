import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK_FORMAT, type PackContent } from '../../lib/shared/pack-schema';
import { bundledStore } from '../../lib/store/bundled-store';
import { packHash } from '../../lib/store/check-pack';
import { targetProgress } from '../../lib/store/progress';
import { seriousAxe } from '../../tools/testing/axe';
import { type Launched, launchWithExtension } from '../../tools/testing/launch';
import { readCsv } from '../../tools/testing/read-csv';
import { sendFrom } from '../../tools/testing/send-from';
import { fixture, servePages } from '../../tools/testing/serve-fixtures';

// Issue 11: the pledge tracker in the popup, the card's progress line, CSV export, and a
// reader's pack that adds an actual updating the open tracker without a reload.

const SEED = fixture('seed-001-naver');
const kstToday = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);

describe('the pledge tracker, in Chromium', () => {
  let run: Launched;
  let popupUrl: string;
  beforeAll(async () => {
    run = await launchWithExtension();
    await servePages(run.context, { [SEED.expected.url]: SEED.html });
    popupUrl = `chrome-extension://${run.extensionId}/popup.html`;
  });
  afterAll(async () => {
    await run?.close();
  });

  it('lists the startup and jobs targets as changed, with both sources; the progress bar says the share', async () => {
    const popup = await run.context.newPage();
    await popup.goto(popupUrl);
    // Keyboard: from the first tab to 목표 추적 with the arrow keys.
    await popup.getByRole('tab', { name: '검색' }).focus();
    await popup.keyboard.press('ArrowRight');
    await popup.keyboard.press('ArrowRight');
    await expect
      .poll(() => popup.getByRole('tab', { name: '목표 추적' }).getAttribute('aria-selected'))
      .toBe('true');
    const startups = popup.locator('#target-ai-startup-target');
    await startups.waitFor({ timeout: 5000 });
    expect(await startups.innerText()).toContain('목표 변경');
    expect(await startups.innerText()).toContain('뉴스핌');
    expect(await startups.innerText()).toContain('광주일보');
    expect(await startups.innerText()).toContain('실적 없음');
    expect(await popup.locator('#target-ai-jobs-target').innerText()).toContain('목표 변경');
    // The experts target: its bar's value is the computed share, its name a sentence.
    const expected = targetProgress(bundledStore, kstToday()).find((p) => p.metric === 'ai-experts-target')!;
    const bar = popup.locator('#target-ai-experts-target [role="progressbar"]');
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBe(Math.round(expected.share! * 100));
    expect(await bar.getAttribute('aria-label')).toMatch(
      /^AI 전문 인재 양성 목표 5,150명 목표 중 155명, .* 3% \(2029년까지\)$/,
    );
    expect(
      await popup.locator('#target-ai-startup-target [role="progressbar"]').getAttribute('aria-valuetext'),
    ).toBe('실적 보도 없음');
    expect(await popup.locator('.rule').innerText()).toContain('직선 속도');
    // Searchable like the rest of the popup (초성 too), and the chart opens by keyboard.
    await popup.getByLabel('목표 찾기').fill('ㅊㅇ');
    await expect.poll(() => popup.locator('.target').count()).toBe(1);
    await popup.getByRole('button', { name: '차트 보기' }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.target svg[role="img"]').count()).toBe(1);
    expect(await popup.locator('.target figcaption').innerText()).toContain('목표 변경');
    await popup.getByLabel('목표 찾기').fill('');
    expect(await seriousAxe(popup)).toEqual([]);
    await popup.close();
  });

  it('exports CSV that reads back to the same numbers', async () => {
    const popup = await run.context.newPage();
    await popup.goto(`${popupUrl}?view=targets`);
    await popup.locator('.target').first().waitFor({ timeout: 5000 });
    const downloading = popup.waitForEvent('download');
    await popup.getByRole('button', { name: 'CSV로 내보내기' }).click();
    const file = join(tmpdir(), `targets-${Date.now()}.csv`);
    await (await downloading).saveAs(file);
    const rows = readCsv(readFileSync(file, 'utf8'));
    const [head, ...body] = rows;
    const col = (row: string[], name: string) => row[head!.indexOf(name)];
    const expected = targetProgress(bundledStore, kstToday());
    expect(body.map((r) => col(r, 'metric'))).toEqual(expected.map((p) => p.metric));
    for (const p of expected) {
      const row = body.find((r) => col(r, 'metric') === p.metric)!;
      expect(Number(col(row, 'target'))).toBe(p.target.value);
      expect(col(row, 'status')).toBe(p.status);
      expect(col(row, 'target_quote')).toBe(p.target.quote);
      if (p.share !== null) expect(Number(col(row, 'share'))).toBeCloseTo(p.share, 4);
    }
    await popup.close();
  });

  it("a card on a seed page shows its target's progress and opens the tracker at it", async () => {
    const page = await run.context.newPage();
    await page.goto(SEED.expected.url);
    const experts = page.locator('gctx-figure[data-metric="ai-experts-target"]').first();
    await experts.waitFor({ timeout: 10_000 });
    await experts.click();
    const card = page.locator('gctx-overlay [role="dialog"]');
    await expect
      .poll(() => card.locator('.progress-line').innerText())
      .toMatch(/5,150명 목표 중 155명, .* 3%/);
    const opening = run.context.waitForEvent('page');
    await card.getByRole('button', { name: '목표 추적 보기' }).click();
    const tracker = await opening;
    await tracker.waitForLoadState();
    expect(tracker.url()).toContain('popup.html?view=targets&target=ai-experts-target');
    await expect
      .poll(() => tracker.evaluate(() => document.activeElement?.id), { timeout: 5000 })
      .toBe('target-ai-experts-target');
    await tracker.close();
    await page.close();
  });

  it("a reader's pack that adds an actual updates the open tracker, no reload", async () => {
    const popup = await run.context.newPage();
    await popup.goto(`${popupUrl}?view=targets`);
    const companies = popup.locator('#target-ai-companies-target-2024');
    await companies.waitFor({ timeout: 5000 });
    expect(await companies.getAttribute('data-status')).toBe('overdue');
    const quote = '광주시는 지금까지 AI 기업 320개사를 유치했다고 밝혔다.';
    const content: PackContent = {
      sources: [
        {
          id: 'team-a-s1',
          url: 'https://www.yna.co.kr/view/AKR20240601000100054',
          outlet: '연합뉴스',
          headline: '광주 AI 기업 유치 320개사',
          publishedAt: '2024-06-01T09:00:00+09:00',
          quotes: [quote],
        },
      ],
      metrics: [],
      observations: [
        {
          id: 'team-a-o1',
          metric: 'ai-companies-attracted',
          figure: '320개사',
          occurrence: 1,
          value: 320,
          unit: 'company',
          qualifier: 'exact',
          kind: 'actual',
          scope: { key: 'as-of-2024-05', label: '지금까지', asOf: '2024-05-31' },
          source: 'team-a-s1',
          quote,
        },
      ],
      statements: [],
    };
    const pack = {
      format: PACK_FORMAT,
      id: 'team-a',
      version: 1,
      name: '시민단체 A 자료',
      author: '시민단체 A',
      createdAt: '2024-06-02T00:00:00Z',
      hash: packHash(content),
      ...content,
    };
    const other = await run.context.newPage();
    await other.goto(popupUrl);
    const reply = await sendFrom(other)({ type: 'pack-import', data: pack });
    expect(reply).toMatchObject({ ok: true, value: { action: 'install' } });
    await other.close();
    await expect.poll(() => companies.getAttribute('data-status'), { timeout: 5000 }).toBe('achieved');
    expect(await companies.innerText()).toContain('320개사');
    expect(await companies.locator('.badge-mine').count()).toBe(1);
    await popup.close();
  });
});
