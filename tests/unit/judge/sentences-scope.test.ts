import { describe, expect, it } from 'vitest';
import { resolveScope } from '../../../lib/judge/read/resolve-scope';
import { sentenceAt, splitSentences } from '../../../lib/judge/read/sentences';

describe('splitSentences', () => {
  it('splits at sentence ends and line breaks, not inside numbers or dates', () => {
    const text = '성능은 88.5페타플롭스다. 2020.12.28 촬영\n"만들겠다." 이 시장은 말했다!';
    const spans = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual([
      '성능은 88.5페타플롭스다.',
      '2020.12.28 촬영',
      '"만들겠다."',
      '이 시장은 말했다!',
    ]);
  });
  it('finds the sentence of an offset', () => {
    const text = '하나. 둘. 셋.';
    const spans = splitSentences(text);
    expect(sentenceAt(spans, text.indexOf('둘'))).toBe(1);
    expect(sentenceAt(spans, 999)).toBe(-1);
  });
});

describe('resolveScope', () => {
  const at = (s: string, fig: string) => s.indexOf(fig);
  it('reads "YYYY년까지" as a target year', () => {
    const s = '시는 오는 2027년까지 1조원 규모의 AI 단지를 조성한다.';
    expect(resolveScope(s, at(s, '1조원'), '2021-03-03')).toMatchObject({ label: '2027년까지', until: 2027 });
  });
  it('anchors "앞으로/향후 N년간" on the article year, keeps a bare "N년간" as a length, nearest first', () => {
    const s = '앞으로 5년간 4116억원 10년간 1조원 가량 투입될 예정';
    expect(resolveScope(s, at(s, '4116억원'), '2020-06-29')).toMatchObject({ from: 2020, until: 2024 });
    const bare = resolveScope(s, at(s, '1조원'), '2020-06-29');
    expect(bare).toMatchObject({ label: '10년간', years: 10 });
    expect(bare.until).toBeUndefined();
  });
  it('takes period words after the figure only within its clause, else from the sentence before', () => {
    const s = '국비는 2798억원으로, 시는 올해까지 확보한 예산으로 장비를 구축한다.';
    expect(resolveScope(s, at(s, '2798억원'), '2021-11-03')).toEqual({ label: null, asOf: '2021-11-03' });
    const next = '사업비는 300억원이다.';
    expect(
      resolveScope(next, at(next, '300억원'), '2021-11-03', '시는 2023년까지 센터를 짓는다.'),
    ).toMatchObject({
      until: 2023,
      inherited: true,
    });
  });
  it('leaves a term stated for a figure of an earlier clause to that figure', () => {
    const s =
      '집적단지는 2029년까지 10년 동안 1조원 규모를 들이는 사업으로, 1단계에만 4천억원대 사업비가 잡혀 있다.';
    expect(resolveScope(s, at(s, '1조원'), '2019-12-23')).toMatchObject({ from: 2020, until: 2029 });
    expect(resolveScope(s, at(s, '4천억원대'), '2019-12-23')).toEqual({ label: null, asOf: '2019-12-23' });
    // predicates joined by -고, or under one "-다는 목표", share it
    const goal = '시는 2024년까지 AI 기업 310개사를 유치하고, 신규 일자리 1천500개를 만든다는 목표를 세웠다.';
    expect(resolveScope(goal, at(goal, '1천500개'), '2021-04-20')).toMatchObject({ until: 2024 });
  });

  it('keeps a bare year before the figure as the date of its event, not as a term', () => {
    const s = '첫해인 2020년 집적단지 몫으로 배정된 국비는 697억원이었다.';
    expect(resolveScope(s, at(s, '697억원'), '2025-01-06')).toEqual({
      label: null,
      asOf: '2025-01-06',
      year: 2020,
    });
    // a month, a deadline, a start or another clause: not a bare year
    for (const t of [
      '2021년 3월 82개사가 입주했다.',
      '2024년까지 82개사를 유치한다.',
      '2020년, 시는 82개사를 모았다.',
    ])
      expect(resolveScope(t, at(t, '82개사'), '2025-01-06').year).toBeUndefined();
    // a single year already stated wins, and the bare year adds nothing
    const u = '2020년 예산에 담긴 국비는 697억원이다.';
    expect(resolveScope(u, at(u, '697억원'), '2025-01-06')).toMatchObject({ from: 2020, until: 2020 });
    expect(resolveScope(u, at(u, '697억원'), '2025-01-06').year).toBeUndefined();
  });
  it('reads the month a count is as of', () => {
    const s = '지난 3월 82개사에서 크게 늘었다.';
    expect(resolveScope(s, at(s, '82개사'), '2021-11-03').asOf).toBe('2021-03-15');
    const t = '6월말 현재 공정률 30%';
    expect(resolveScope(t, at(t, '30%'), '2020-06-29').asOf).toBe('2020-06-15');
    // a month of last year, or of a stated year, with "현재" as the date's own word
    const u = '지난해 3월 현재 광주에 유치한 AI 기업은 82개사다.';
    expect(resolveScope(u, at(u, '82개사'), '2022-03-20').asOf).toBe('2021-03-15');
    // "이듬해 3월" with no suffix: March of the year after the one the sentence named
    const next = '2020년 말 62곳이던 협약 기업은 이듬해 3월 82곳으로 늘었다.';
    expect(resolveScope(next, at(next, '82곳'), '2022-11-08').asOf).toBe('2021-03-15');
    // a quote's "지금까지" is the date it was said, not the article's
    const said = '시는 지난해 3월 "지금까지 82곳을 광주로 끌어왔다"고 밝혔다.';
    expect(resolveScope(said, at(said, '82곳'), '2022-11-08').asOf).toBe('2021-03-15');
    const now = '시는 지난해 3월 협약을 시작해 지금까지 82곳을 끌어왔다.';
    expect(resolveScope(now, at(now, '82곳'), '2022-11-08').asOf).toBe('2022-11-08');
    const early = '올해 3월 초만 해도 광주행을 약속한 기업이 82곳이었다.';
    expect(resolveScope(early, at(early, '82곳'), '2021-07-18').asOf).toBe('2021-03-15');
    const v = '2021년 3월 현재 광주에 유치한 AI 기업은 82개사다.';
    expect(resolveScope(v, at(v, '82개사'), '2022-11-20').asOf).toBe('2021-03-15');
    // "당시" is the date the sentence before stated
    const prev = '시가 집계한 2021년 3월 초 기준으로 광주행을 확정한 AI 기업은 82곳이었다.';
    const then = '당시 이들 기업에서 일하던 직원은 192명이었다.';
    expect(resolveScope(then, at(then, '192명'), '2024-03-26', prev).asOf).toBe('2021-03-15');
    expect(resolveScope(then.replace('당시 ', ''), 0, '2024-03-26', prev).asOf).toBe('2024-03-26');
    // "현재까지" after the date still counts up to now
    const w = '2019년 10월 첫 협약을 시작으로 현재까지 82개사를 유치했다.';
    expect(resolveScope(w, at(w, '82개사'), '2021-11-03').asOf).toBe('2021-11-03');
  });
  it('resolves 올해/내년, and a year used as a comparison base as the year after it', () => {
    const s1 = '올해 확보된 국비예산 626억원';
    expect(resolveScope(s1, at(s1, '626억원'), '2020-06-29')).toMatchObject({
      label: '올해',
      from: 2020,
      until: 2020,
    });
    const s2 = '올해 본예산보다 10% 증가한 역대 최대 규모다.';
    expect(resolveScope(s2, at(s2, '10%'), '2020-11-27')).toMatchObject({
      label: '올해 본예산보다',
      from: 2021,
      until: 2021,
    });
  });
  it('reads fiscal years', () => {
    const s = '2022년도 예산안 총규모는 7조원이다.';
    expect(resolveScope(s, at(s, '7조원'), '2021-11-01')).toMatchObject({ from: 2022, until: 2022 });
  });
  it('falls back on a single year the headline states, after the sentence before', () => {
    const s = '휴먼뉴딜 예산은 95억원이다.';
    expect(resolveScope(s, at(s, '95억원'), '2020-11-10', '', '광주시 내년 예산 6조원')).toMatchObject({
      from: 2021,
      until: 2021,
      inherited: true,
    });
    expect(
      resolveScope(s, at(s, '95억원'), '2020-11-10', '올해 예산은 늘었다.', '광주시 내년 예산'),
    ).toMatchObject({
      from: 2020,
    });
    // A deadline in the headline is not the year of every figure.
    expect(resolveScope(s, at(s, '95억원'), '2020-11-10', '', '2030년까지 AI 1조')).toEqual({
      label: null,
      asOf: '2020-11-10',
    });
  });
  it('leaves relative words unresolved without an article date', () => {
    const s = '내년 9월 10만대 양산';
    expect(resolveScope(s, at(s, '10만대'), null)).toEqual({ label: null });
  });
});
