import { describe, expect, it } from 'vitest';
import type { FactStore, Metric, Observation, Source } from '../../../lib/shared/store-schema';
import { bundledStore } from '../../../lib/store/bundled-store';
import {
  elapsedShare,
  progressCsv,
  progressFor,
  progressLine,
  progressStatus,
  targetProgress,
} from '../../../lib/store/progress';
import { readCsv } from '../../../tools/testing/read-csv';

// Issue 11: targets against results, from the store's own timeline.

const TODAY = '2026-12-02';

describe('the seeds’ targets', () => {
  const all = targetProgress(bundledStore, TODAY);
  const by = (id: string) => all.find((p) => p.metric === id)!;

  it('lists the targets with a deadline, the startup and jobs targets as changed, with both sources', () => {
    expect(all.map((p) => p.metric)).toEqual(
      expect.arrayContaining([
        'ai-startup-target',
        'ai-jobs-target',
        'ai-experts-target',
        'ai-companies-target-2024',
      ]),
    );
    const startups = by('ai-startup-target');
    expect(startups.changed).toBe(true);
    expect(startups.targets.map((t) => [t.value, t.date])).toEqual([
      [1000, '2020-01-29'],
      [2000, '2021-03-03'],
    ]);
    expect(startups.targets.map((t) => t.outlet.ko)).toEqual(['뉴스핌', '광주일보']);
    expect(by('ai-jobs-target').targets.map((t) => t.value)).toEqual([7000, 27500]);
    expect(by('ai-experts-target').changed).toBe(false); // 5,150 restated
    // Year targets (탄소중립 2045년) are dates, not quantities to reach.
    expect(all.some((p) => p.unit === 'year')).toBe(false);
  });

  it('a target with no tracked actual says so, never inventing one', () => {
    const startups = by('ai-startup-target');
    expect([startups.actual, startups.share, startups.status]).toEqual([null, null, 'no-actual']);
    expect(progressLine(startups).ko).toBe('AI 창업 목표 2,000개 목표 대비 실적 보도 없음 (2029년까지)');
  });

  it('experts: 155 graduates of the 5,150 target as of the source, 3%, behind a straight-line pace', () => {
    const experts = by('ai-experts-target');
    expect(experts.actual).toMatchObject({ metric: 'ai-academy-cohort1-graduates', value: 155 });
    expect(experts.share).toBeCloseTo(155 / 5150, 6);
    expect(experts.start).toBe(2020);
    expect(experts.deadline).toBe(2029);
    expect(experts.elapsedAtActual).toBeCloseTo(elapsedShare(2020, 2029, experts.actual!.date), 9);
    expect(experts.status).toBe('at-risk'); // 3% reached after ~10% of the term
    expect(progressLine(experts).ko).toMatch(
      /^AI 전문 인재 양성 목표 5,150명 목표 중 155명, 20\d\d-\d\d 기준 3% \(2029년까지\)$/,
    );
  });

  it('companies: 82 attracted of 310 by 2024, and the deadline has passed', () => {
    const companies = by('ai-companies-target-2024');
    expect(companies.actual?.value).toBe(82);
    expect(companies.status).toBe('overdue');
    expect(progressStatus(companies.share, companies.elapsedAtActual, 0.5)).toBe('on-track'); // in 2021 it was on pace
  });

  it('finds the target of a figure: the target itself, or the target an actual tracks', () => {
    const m = (id: string) => bundledStore.metrics.find((x) => x.id === id);
    expect(progressFor(all, m('ai-academy-cohort1-graduates'))?.metric).toBe('ai-experts-target');
    expect(progressFor(all, m('ai-experts-target'))?.metric).toBe('ai-experts-target');
    expect(progressFor(all, m('ai-dc-budget'))).toBeUndefined();
  });

  it('exports CSV that reads back to the same numbers, with sources and quotes', () => {
    const csv = progressCsv(all);
    const rows = readCsv(csv);
    expect(rows[0]).toContain('share');
    const experts = rows.find((r) => r[0] === 'ai-experts-target')!;
    const col = (name: string) => experts[rows[0]!.indexOf(name)];
    expect(Number(col('target'))).toBe(5150);
    expect(Number(col('actual'))).toBe(155);
    expect(Number(col('share'))).toBeCloseTo(155 / 5150, 4);
    expect(col('actual_quote')).toContain('155명');
    const startups = rows.find((r) => r[0] === 'ai-startup-target')!;
    expect(startups[rows[0]!.indexOf('earlier_targets')]).toContain('1,000개 (2020-01-29');
  });
});

describe('synthetic timelines', () => {
  const src = (id: string, date: string): Source => ({
    id,
    file: `${id}.txt`,
    outlet: { ko: id, en: id },
    domain: null,
    url: `https://example.test/${id}`,
    byline: 'x',
    headline: id,
    publishedAt: `${date}T09:00:00+09:00`,
  });
  const metric = (id: string, over: Partial<Metric> = {}): Metric => ({
    id,
    name: { ko: id, en: id },
    unit: 'count',
    topic: 't',
    keywords: [id],
    anchors: [],
    ...over,
  });
  let n = 0;
  const obs = (
    m: string,
    kind: Observation['kind'],
    value: number,
    source: string,
    scope: Partial<Observation['scope']> = {},
  ): Observation => ({
    id: `o${n++}`,
    metric: m,
    figure: `${value}개`,
    occurrence: 1,
    value,
    unit: 'count',
    qualifier: 'exact',
    kind,
    scope: { key: 'k', label: 'l', ...scope },
    source,
    quote: `${value}개`,
  });
  const store = (metrics: Metric[], observations: Observation[], sources: Source[]): FactStore => ({
    ...bundledStore,
    metrics,
    observations,
    sources,
    discrepancies: [],
  });
  const sources = [src('a', '2020-01-10'), src('b', '2022-06-01'), src('c', '2024-06-01')];

  it('a changed target is shown as changed; cumulative actuals: the latest counts', () => {
    const s = store(
      [metric('goal'), metric('done', { tracks: { target: 'goal', cumulative: true } })],
      [
        obs('goal', 'target', 100, 'a', { from: 2020, until: 2029 }),
        obs('goal', 'target', 200, 'b'),
        obs('done', 'actual', 40, 'b', { asOf: '2022-05-31' }),
        obs('done', 'actual', 90, 'c', { asOf: '2024-05-31' }),
      ],
      sources,
    );
    const [p] = targetProgress(s, '2025-01-01');
    expect([p!.changed, p!.target.value, p!.actual!.value, p!.share]).toEqual([true, 200, 90, 0.45]);
    expect(p!.deadline).toBe(2029); // the restated target keeps the stated term
    expect(p!.status).toBe('on-track'); // 45% reached, ~44% of 2020–2029 gone by 2024-05-31
  });

  it('non-cumulative actuals add up; reaching the target is 달성', () => {
    const s = store(
      [metric('goal'), metric('per-year', { tracks: { target: 'goal', cumulative: false } })],
      [
        obs('goal', 'target', 100, 'a', { until: 2024 }),
        obs('per-year', 'actual', 60, 'b', { asOf: '2022-12-31' }),
        obs('per-year', 'actual', 50, 'c', { asOf: '2023-12-31' }),
      ],
      sources,
    );
    const [p] = targetProgress(s, '2025-06-01');
    expect([p!.actual!.value, p!.status]).toEqual([110, 'achieved']);
  });

  it('an overdue target, and one with no actual', () => {
    const s = store(
      [
        metric('late'),
        metric('late-done', { tracks: { target: 'late', cumulative: true } }),
        metric('silent'),
      ],
      [
        obs('late', 'target', 100, 'a', { from: 2020, until: 2022 }),
        obs('late-done', 'actual', 30, 'b', { asOf: '2022-05-31' }),
        obs('silent', 'target', 10, 'a', { until: 2030 }),
      ],
      sources,
    );
    const all = targetProgress(s, '2025-01-01');
    expect(all.map((p) => [p.metric, p.status])).toEqual([
      ['late', 'overdue'],
      ['silent', 'no-actual'],
    ]);
  });

  it('states the rule: share reached vs share of time gone by at the actual', () => {
    expect(progressStatus(0.3, 0.5, 0.6)).toBe('at-risk');
    expect(progressStatus(0.5, 0.5, 0.6)).toBe('on-track');
    expect(progressStatus(1.2, 0.5, 1)).toBe('achieved');
    expect(progressStatus(0.9, 0.9, 1)).toBe('overdue');
    expect(progressStatus(null, null, 0.2)).toBe('no-actual');
    expect(elapsedShare(2020, 2029, '2019-06-01')).toBe(0);
    expect(elapsedShare(2020, 2029, '2030-06-01')).toBe(1);
  });
});
