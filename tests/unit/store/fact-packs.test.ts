import { describe, expect, it } from 'vitest';
import { buildFactIndex } from '../../../lib/judge/fact-index';
import type { FactPack } from '../../../lib/shared/pack-schema';
import { bundledStore } from '../../../lib/store/bundled-store';
import { checkPack, idsOf, packHash } from '../../../lib/store/check-pack';
import { planImport } from '../../../lib/store/install-pack';
import { addFact, deleteFact, editFact, emptyOwnPack, type StoreContext } from '../../../lib/store/my-facts';
import { withPacks } from '../../../lib/store/with-packs';
import { judgeText } from '../../../tools/testing/judge-text';

// Issue 10: the reader's facts and fact packs, judged by the same rules as the bundled store.

const NOW = new Date('2026-12-02T00:00:00Z');
const PAGE = '광주시는 인공지능 2단계 사업으로 GPU 1만5000장을 확보하겠다는 목표를 세웠다. 다른 문장이다.';
const QUOTE = '광주시는 인공지능 2단계 사업으로 GPU 1만5000장을 확보하겠다는 목표를 세웠다.';
const ctx: StoreContext = { bundled: bundledStore, store: bundledStore, taken: idsOf(bundledStore) };

const draft = (over: Record<string, unknown> = {}) => ({
  metric: { name: 'GPU 확보 목표', topic: bundledStore.topics[0]!.id, keywords: ['GPU'] },
  figure: '1만5000장',
  value: 15000,
  unit: 'sheet',
  qualifier: 'exact',
  kind: 'target',
  scope: { label: '2025-03-02 보도 기준' },
  quote: QUOTE,
  source: {
    url: 'https://www.yna.co.kr/view/AKR20250302000100054',
    outlet: '연합뉴스',
    headline: '광주 AI 2단계, GPU 확보 목표',
    publishedAt: '2025-03-02T09:00:00+09:00',
  },
  ...over,
});

function mine(): FactPack {
  const change = addFact(emptyOwnPack('mine-t1', NOW), draft(), PAGE, ctx, NOW);
  if (!change.ok) throw new Error(JSON.stringify(change.problems));
  return change.pack;
}

describe("adding a figure as one of the reader's facts", () => {
  it('makes a sourced observation, a new metric from the subject words and a new pack version', () => {
    const pack = mine();
    expect(pack.version).toBe(2);
    expect(pack.hash).toBe(packHash(pack));
    expect(pack.metrics).toMatchObject([{ id: 'mine-t1-m1', unit: 'sheet', keywords: ['GPU'] }]);
    expect(pack.observations).toMatchObject([
      { id: 'mine-t1-o1', metric: 'mine-t1-m1', figure: '1만5000장', value: 15000, source: 'mine-t1-s1' },
    ]);
    expect(pack.sources[0]!.quotes).toEqual([QUOTE]);
    expect(checkPack(pack, bundledStore)).toMatchObject({ ok: true });
  });

  it('refuses, by field, a quote not on the page, a figure not in the quote and a value the parser does not read', () => {
    const own = emptyOwnPack('mine-t1', NOW);
    const off = addFact(own, draft({ quote: '광주시는 GPU 1만5000장을 확보한다.' }), PAGE, ctx, NOW);
    expect(off).toMatchObject({ ok: false, problems: [{ field: 'quote' }] });
    const figure = addFact(own, draft({ figure: '2만장' }), PAGE, ctx, NOW);
    expect(figure).toMatchObject({ ok: false, problems: [{ field: 'figure' }] });
    const value = addFact(own, draft({ value: 16000 }), PAGE, ctx, NOW);
    expect(value).toMatchObject({
      ok: false,
      problems: [{ field: 'value', message: expect.stringContaining('reads as 15000') }],
    });
    const unit = addFact(own, draft({ metric: { id: 'ai-startup-target' } }), PAGE, ctx, NOW);
    expect(unit).toMatchObject({ ok: false, problems: [{ field: 'unit' }] });
    const gone = addFact(own, draft(), null, ctx, NOW);
    expect(gone).toMatchObject({
      ok: false,
      problems: [{ field: 'quote', message: expect.stringMatching(/reload/) }],
    });
    const malformed = addFact(own, draft({ kind: 'guess' }), PAGE, ctx, NOW);
    expect(malformed).toMatchObject({ ok: false, problems: [{ field: 'kind' }] });
  });

  it('takes a value in a unit the metric is also written in (jobs in 명 for the 개 target), and no other', () => {
    const page = '광주시는 2024년까지 AI 기업을 유치해 일자리 1천200명을 만들겠다고 밝혔다.';
    const jobs = (unit: string, figure: string, value: number) =>
      addFact(
        emptyOwnPack('mine-t1', NOW),
        draft({ metric: { id: 'ai-company-jobs-target-2024' }, figure, value, unit, quote: page }),
        page,
        ctx,
        NOW,
      );
    expect(jobs('person', '1천200명', 1200)).toMatchObject({ ok: true });
    expect(jobs('KRW', '1천200명', 1200)).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([expect.objectContaining({ field: 'unit' })]),
    });
  });

  it('is judged at once by the same rules: the same value consistent, another value a discrepancy naming it', () => {
    const pack = mine();
    const index = buildFactIndex(withPacks(bundledStore, [pack]));
    const same = judgeText('광주시는 GPU 1만5000장을 확보하겠다는 목표를 세웠다.', '2025-05-02', index)
      .figures[0]!;
    expect(same).toMatchObject({
      status: 'consistent',
      metric: 'mine-t1-m1',
      origin: 'user',
      facts: ['mine-t1-o1'],
    });
    const other = judgeText('광주시는 GPU 2만장을 확보하겠다는 목표를 세웠다.', '2025-05-02', index);
    expect(other.figures[0]).toMatchObject({ status: 'discrepancy', origin: 'user', facts: ['mine-t1-o1'] });
    expect(other.figures[0]!.explanation.ko).toContain('내 자료');
    expect(other.metrics['mine-t1-m1']!.history[0]).toMatchObject({ origin: 'user' });
    // Bundled judgments are untouched and say so.
    const bundled = judgeText('창업기업 2천개를 육성한다.', '2020-12-01', index).figures[0]!;
    expect(bundled.origin).toBe('bundled');
  });

  it('a reader fact that disagrees with a bundled one is a derived discrepancy like any other', () => {
    const jobs = bundledStore.observations.find((o) => o.metric === 'ai-jobs-target' && o.value === 27500)!;
    const text = `광주시는 인공지능 산업으로 일자리 2만5000명을 만들겠다고 밝혔다.`;
    const change = addFact(
      emptyOwnPack('mine-t2', NOW),
      draft({
        metric: { id: 'ai-jobs-target' },
        figure: '2만5000명',
        value: 25000,
        unit: 'person',
        scope: {
          label: jobs.scope.label,
          ...(jobs.scope.until ? { until: jobs.scope.until } : {}),
          ...(jobs.scope.from ? { from: jobs.scope.from } : {}),
        },
        quote: text,
      }),
      text,
      ctx,
      NOW,
    );
    expect(change.ok).toBe(true);
    if (!change.ok) return;
    expect(change.observation.scope.key).toBe(jobs.scope.key);
    const store = withPacks(bundledStore, [change.pack]);
    const derived = store.discrepancies.filter((d) => d.observations.includes(change.observation.id));
    expect(derived.length).toBeGreaterThan(0);
    expect(derived[0]).toMatchObject({ metric: 'ai-jobs-target', kind: 'value' });
    expect(bundledStore.discrepancies.some((d) => d.observations.includes(change.observation.id))).toBe(
      false,
    );
  });

  it('edits and deletes keep the pack valid; a delete drops the source and metric nothing uses', () => {
    const pack = mine();
    const edited = editFact(pack, 'mine-t1-o1', { kind: 'plan', note: '확인 필요' }, ctx, NOW);
    expect(edited).toMatchObject({ ok: true, observation: { kind: 'plan', note: '확인 필요' } });
    const bad = editFact(pack, 'mine-t1-o1', { value: 1 }, ctx, NOW);
    expect(bad).toMatchObject({ ok: false, problems: [{ field: 'value' }] });
    const emptied = deleteFact(pack, 'mine-t1-o1', NOW);
    expect(emptied).toMatchObject({ sources: [], metrics: [], observations: [], version: 3 });
    expect(checkPack(emptied, bundledStore)).toMatchObject({ ok: true });
  });
});

describe('fact pack files', () => {
  it('refuses whole, with the reason and the entry: corrupt, bad quote, clash with bundled ids, changed content', () => {
    const pack = mine();
    expect(checkPack('{not json', bundledStore)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not JSON/),
    });
    expect(checkPack({ ...pack, format: 'x' }, bundledStore)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^not a valid fact pack: format/),
    });
    const badQuote = { ...pack, observations: [{ ...pack.observations[0]!, quote: '다른 문장 1만5000장.' }] };
    expect(checkPack({ ...badQuote, hash: packHash(badQuote) }, bundledStore)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^observations\[0\] \(mine-t1-o1\): the quote is not one of source/),
    });
    const clash = { ...pack, metrics: [{ ...pack.metrics[0]!, id: 'ai-jobs-target' }] };
    const clashObs = { ...clash, observations: [{ ...pack.observations[0]!, metric: 'ai-jobs-target' }] };
    expect(checkPack({ ...clashObs, hash: packHash(clashObs) }, bundledStore)).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^metrics\[0\] \(ai-jobs-target\): the id is already used by the bundled store/,
      ),
    });
    const edited = { ...pack, observations: [{ ...pack.observations[0]!, value: 16000 }] };
    expect(checkPack(edited, bundledStore)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/hash/),
    });
  });

  it('installs once: the same pack again is a no-op, a newer version replaces it, an older one is refused', () => {
    const pack = mine();
    const first = planImport(JSON.stringify(pack), bundledStore, [], null, NOW);
    expect(first).toMatchObject({ action: 'install', record: { id: 'mine-t1', enabled: true, own: false } });
    if (first.action !== 'install') return;
    expect(planImport(pack, bundledStore, [first.record], null, NOW)).toMatchObject({ action: 'same' });
    const newer = editFact(pack, 'mine-t1-o1', { note: '새 판' }, ctx, NOW);
    if (!newer.ok) throw new Error('edit failed');
    expect(planImport(newer.pack, bundledStore, [first.record], null, NOW)).toMatchObject({
      action: 'replace',
    });
    const replaced = { ...first.record, pack: newer.pack };
    expect(planImport(pack, bundledStore, [replaced], null, NOW)).toMatchObject({
      action: 'refuse',
      error: expect.stringMatching(/older than the installed version 3/),
    });
    // The reader's own pack id comes back as the reader's own facts.
    expect(planImport(pack, bundledStore, [], 'mine-t1', NOW)).toMatchObject({
      action: 'install',
      record: { own: true },
    });
  });

  it('never changes the bundled store', () => {
    const before = JSON.stringify(bundledStore);
    withPacks(bundledStore, [mine()]);
    expect(JSON.stringify(bundledStore)).toBe(before);
  });
});
