// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorFlags } from '../../../lib/flags/anchor-flags';
import { quoteOfMark, quotesOfMarks } from '../../../lib/page/overlay/flag-quote';
import type { FlagAnchor } from '../../../lib/shared/flag-anchor';

const flag = (exact: string, prefix: string, suffix: string): FlagAnchor => ({
  id: `${prefix}${exact}`,
  quote: { exact, prefix, suffix },
  createdAt: '2026-11-20T10:00:00.000Z',
});

const page = (html: string) => {
  document.body.innerHTML = html;
  return [...document.querySelectorAll('gctx-figure')].map((el, index) => ({ index, elements: [el] }));
};

describe('finding flags again', () => {
  it('quotesOfMarks reads every mark in one walk, as quoteOfMark reads one', () => {
    const marks = page(
      '<p>창업 <gctx-figure>2000개</gctx-figure>, 일자리 <gctx-figure>2만7500명</gctx-figure> 목표</p>',
    );
    const all = quotesOfMarks(document.body, marks, 8);
    expect(all.map((q) => q.quote)).toEqual(marks.map((m) => quoteOfMark(document.body, m.elements, 8)));
  });

  it('reads quotes from the nodes next to each mark: short nodes, marks in pieces, a long page', () => {
    const filler = Array.from({ length: 30 }, (_, i) => `<p>줄 ${i}<b>.</b></p>`).join('');
    const marks = page(
      `${filler}<p>사업비 <i>총</i><gctx-figure>4천</gctx-figure><gctx-figure>116억원</gctx-figure>에<b></b> 국비 <gctx-figure>2798억원</gctx-figure></p>${filler}`,
    );
    const grouped = [
      { index: 0, elements: [marks[0]!.elements[0]!, marks[1]!.elements[0]!] },
      { index: 1, elements: marks[2]!.elements },
    ];
    const all = quotesOfMarks(document.body, grouped, 40);
    expect(all.map((q) => q.quote)).toEqual(grouped.map((m) => quoteOfMark(document.body, m.elements, 40)));
    expect(all[0]!.quote.exact).toBe('4천116억원');
  });

  it('anchors by exact text and context; small edits around the figure still anchor', () => {
    const f = flag('2000개', '광주시는 AI 창업 ', '를 목표로 세웠다');
    page(
      '<p>광주시는 일자리 <gctx-figure>2000개</gctx-figure> 창출을, AI 창업은 <gctx-figure>2000개</gctx-figure>를 목표로 세웠다고 밝혔다</p>',
    );
    const marks = [...document.querySelectorAll('gctx-figure')].map((el, index) => ({
      index,
      elements: [el],
    }));
    const r = anchorFlags([f], quotesOfMarks(document.body, marks));
    expect(r.byFigure.map(([i]) => i)).toEqual([1]); // the one whose words match, not the first 2000개
    expect(r.lost).toEqual([]);
  });

  it('a flag whose sentence is gone is lost, not pinned to any look-alike', () => {
    const f = flag('2000개', '광주시는 AI 창업 ', '를 목표로 세웠다');
    const marks = page(
      '<p>부산시는 로봇 공장 <gctx-figure>2000개</gctx-figure>가 들어설 부지를 찾고 있다</p>',
    );
    const r = anchorFlags([f], quotesOfMarks(document.body, marks));
    expect(r.byFigure).toEqual([]);
    expect(r.lost).toEqual([f]);
  });

  it('a figure written one character differently (2,000개) still anchors when its words are there', () => {
    const f = flag('2000개', '광주시는 AI 창업 ', '를 목표로 세웠다');
    const marks = page('<p>광주시는 AI 창업 <gctx-figure>2,000개</gctx-figure>를 목표로 세웠다</p>');
    expect(anchorFlags([f], quotesOfMarks(document.body, marks)).byFigure.map(([i]) => i)).toEqual([0]);
  });
});
