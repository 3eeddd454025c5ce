import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectTopic } from '../../../lib/judge/detect-topic';
import { buildFactIndex } from '../../../lib/judge/fact-index';
import { readFigures } from '../../../lib/judge/read/read-figures';
import { splitSentences } from '../../../lib/judge/read/sentences';
import { bundledStore } from '../../../lib/store/bundled-store';
import { analyzeDocument } from '../../../tools/analyze-document';

const index = buildFactIndex(bundledStore);

// Pieces of Korean news text that exercise every part of the pipeline.
const PIECES = [
  '광주광역시는',
  ' 인공지능(AI) 집적단지',
  ' 4116억원',
  '4천',
  '억',
  '원',
  ' 2만7500명',
  ' 창업 1500개를',
  ' 목표로 한다.',
  '2027년까지 ',
  '향후 10년간 ',
  '올해 ',
  '약 ',
  '여 명',
  ' 88.5페타플롭스',
  '%',
  '~',
  ', ',
  '. ',
  '\n',
  '"',
  '“',
  '경기 광주',
  '<b>',
  '</b>',
  '<span>',
  '</span>',
  '<p>',
  '</p>',
  '<article>',
  '</article>',
  '<script>x</script>',
  '<img src=x onerror=alert(1)>',
  '&lt;',
  '\u0000',
  '\uD800',
  '９',
  '삼천',
  '일곱 명',
];
const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join(''));
const text = fc.oneof(soup, fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

describe('the whole analysis on random input', () => {
  it('never throws on random HTML, and every figure points into the body text', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (body, wrap) => {
        const html = wrap ? `<!doctype html><html><body><article>${body}</article></body></html>` : body;
        const { document } = parseHTML(html);
        const report = analyzeDocument(index, document as unknown as Document, 'https://n.news.naver.com/x', {
          all: true,
        });
        if (!report) return;
        for (const f of report.figures) {
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.sentence.length).toBeGreaterThan(0);
          expect(['consistent', 'discrepancy', 'related', 'unknown']).toContain(f.status);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random text in the text-level steps', () => {
    fc.assert(
      fc.property(
        text,
        fc.option(fc.constantFrom('2020-01-29T00:00:00+09:00', '2022-05-01T00:00:00+09:00')),
        (t, date) => {
          detectTopic(t);
          splitSentences(t);
          for (const f of readFigures(t, date)) expect(t.slice(f.start, f.end)).toBe(f.text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads a 1 MB run-on page of digits, hangul numerals and separators through the text pipeline', () => {
    const unit = '4천116억원, 2만 7500명 … 삼천 일곱 명 1,2,3,4 99999999999999999999999 ~~ %% 년간 ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const figures = readFigures(big, '2021-01-01T00:00:00+09:00');
    expect(figures.length).toBeGreaterThan(10_000);
    expect(detectTopic(big).detected).toBe(false);
  });
});
