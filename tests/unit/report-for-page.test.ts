import { describe, expect, it } from 'vitest';
import { forPage } from '../../lib/shared/report';
import { judgeText } from '../../tools/testing/judge-text';

// The background keeps the full report (the card's forms read the figure's sentence from it);
// the page gets it without the sentences, which on an article of thousands of figures are most
// of the message (bench [4b]).
describe('the report as the page gets it', () => {
  const report = judgeText(
    '광주시는 AI 집적단지 1단계 사업비 4천116억원 가운데 국비 2천798억원을 확보했다. 일자리 2만7500명을 목표로 내걸었다.',
    '2021-03-03',
  );

  it("drops each figure's sentences and frame and keeps everything else as it was", () => {
    const page = forPage(report);
    expect(page.figures).toHaveLength(report.figures.length);
    for (const [i, f] of page.figures.entries()) {
      expect(f).not.toHaveProperty('sentence');
      expect(f).not.toHaveProperty('previousSentence');
      expect(f).not.toHaveProperty('frame');
      const { sentence: _s, previousSentence: _p, frame: _f, ...rest } = report.figures[i]!;
      expect(f).toEqual(rest);
    }
    expect({ ...page, figures: [] }).toEqual({ ...report, figures: [] });
    expect(report.figures[0]!.sentence).toContain('4천116억원'); // the background's copy is untouched
  });

  it('is smaller by the sentences', () => {
    const size = (x: unknown) => JSON.stringify(x).length;
    const sentences = report.figures.reduce((n, f) => n + f.sentence.length + f.previousSentence.length, 0);
    expect(size(report) - size(forPage(report))).toBeGreaterThanOrEqual(sentences);
  });
});
