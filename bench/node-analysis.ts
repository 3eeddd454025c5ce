// Analysis in Node: our whole pipeline per fixture article (readPage + judgePage: extract, detect,
// read figures, judge) against @mozilla/readability extracting the same page, both on linkedom.
// Readability mutates its document, so every run of every side gets a freshly parsed document;
// parsing is outside both sides' timings. Both sides are warmed up, and run interleaved per page
// (alternating which goes first).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { buildFactIndex } from '../lib/judge/fact-index';
import { judgePage } from '../lib/judge/judge';
import { bundledStore } from '../lib/store/bundled-store';
import { readPage } from '../tools/read-page';
import { loadFixtures } from '../tools/testing/score-fixtures';
import { fmt, median, ms, printTable, quantile, sum, verdict } from './common';

export const NODE_RATIO_TARGET = 0.5;

export interface NodeAnalysisResult {
  runs: number;
  warmup: number;
  pages: number;
  options: string;
  perPage: {
    name: string;
    detected: boolean;
    oursMs: number;
    readPageMs: number;
    judgeMs: number;
    readabilityMs: number;
    ratio: number;
  }[];
  medianOursMs: number;
  medianReadabilityMs: number;
  /** median(ours per article) / median(Readability per article) */
  ratio: number;
  /** median over pages of ours/Readability on that page */
  medianPageRatio: number;
  totalOursMs: number;
  totalReadabilityMs: number;
  target: number;
  met: boolean;
}

const fresh = (html: string) => parseHTML(html).document as unknown as Document;

export function runNodeAnalysis(runs: number, warmup = 3): NodeAnalysisResult {
  const fixtures = loadFixtures();
  const index = buildFactIndex(bundledStore);
  let sink = 0; // keeps results alive so nothing is optimised away

  const ours = (html: string, url: string) => {
    const doc = fresh(html);
    const t0 = process.hrtime.bigint();
    const read = readPage(doc, url);
    const tRead = ms(t0);
    let detected = false;
    if (read) {
      const report = judgePage(index, read.reading, { all: true });
      sink += report.figures.length;
      detected = report.detected;
    }
    const total = ms(t0);
    return { total, read: tRead, judge: total - tRead, detected };
  };
  const readability = (html: string) => {
    const doc = fresh(html);
    const t0 = process.hrtime.bigint();
    const article = new Readability(doc).parse();
    const t = ms(t0);
    sink += article?.textContent?.length ?? 0;
    return t;
  };

  for (let i = 0; i < warmup; i++)
    for (const fx of fixtures) {
      ours(fx.html, fx.expected.url);
      readability(fx.html);
    }

  const samples = fixtures.map(() => ({
    ours: [] as number[],
    read: [] as number[],
    judge: [] as number[],
    rd: [] as number[],
    detected: false,
  }));
  for (let run = 0; run < runs; run++) {
    fixtures.forEach((fx, i) => {
      const s = samples[i]!;
      const doOurs = () => {
        const r = ours(fx.html, fx.expected.url);
        s.ours.push(r.total);
        s.read.push(r.read);
        s.judge.push(r.judge);
        s.detected = r.detected;
      };
      const doReadability = () => s.rd.push(readability(fx.html));
      // Alternate which side goes first, so neither always runs on a warmer cache.
      if ((run + i) % 2) {
        doOurs();
        doReadability();
      } else {
        doReadability();
        doOurs();
      }
    });
  }
  if (sink < 0) console.log(sink);

  const perPage = fixtures.map((fx, i) => {
    const s = samples[i]!;
    const oursMs = median(s.ours);
    const readabilityMs = median(s.rd);
    return {
      name: fx.name,
      detected: s.detected,
      oursMs,
      readPageMs: median(s.read),
      judgeMs: median(s.judge),
      readabilityMs,
      ratio: oursMs / readabilityMs,
    };
  });
  const medianOursMs = median(perPage.map((p) => p.oursMs));
  const medianReadabilityMs = median(perPage.map((p) => p.readabilityMs));
  const ratio = medianOursMs / medianReadabilityMs;
  const result: NodeAnalysisResult = {
    runs,
    warmup,
    pages: fixtures.length,
    options:
      'readPage(doc, url, { all: true }) + judgePage(index of the bundled store); Readability: new Readability(doc).parse(); linkedom parseHTML, parsing untimed',
    perPage,
    medianOursMs,
    medianReadabilityMs,
    ratio,
    medianPageRatio: median(perPage.map((p) => p.ratio)),
    totalOursMs: sum(perPage.map((p) => p.oursMs)),
    totalReadabilityMs: sum(perPage.map((p) => p.readabilityMs)),
    target: NODE_RATIO_TARGET,
    met: ratio <= NODE_RATIO_TARGET,
  };

  const group = (label: string, pages: typeof perPage) => ({
    pages: `${label} (${pages.length})`,
    'ours ms (median/article)': fmt(median(pages.map((p) => p.oursMs)), 3),
    '  readPage ms': fmt(median(pages.map((p) => p.readPageMs)), 3),
    '  judgePage ms': fmt(median(pages.map((p) => p.judgeMs)), 3),
    'Readability ms (median/article)': fmt(median(pages.map((p) => p.readabilityMs)), 3),
    'ratio ours/Readability': fmt(
      median(pages.map((p) => p.oursMs)) / median(pages.map((p) => p.readabilityMs)),
    ),
    'per-page ratio p25/p50/p75': [0.25, 0.5, 0.75]
      .map((q) =>
        fmt(
          quantile(
            pages.map((p) => p.ratio),
            q,
          ),
        ),
      )
      .join(' / '),
  });
  printTable(
    `[1] analysis in Node: ours (readPage + judgePage) vs @mozilla/readability parse(), ${fixtures.length} fixtures, linkedom, fresh document per run, median of ${runs} runs after ${warmup} warm-up passes`,
    [
      group('all', perPage),
      group(
        'detected',
        perPage.filter((p) => p.detected),
      ),
      group(
        'not detected',
        perPage.filter((p) => !p.detected),
      ),
    ],
    [
      `ratio (median ours / median Readability) = ${fmt(ratio)}; target <= ${NODE_RATIO_TARGET}: ${verdict(ratio, NODE_RATIO_TARGET)}`,
      `all ${fixtures.length} fixtures: ours ${fmt(result.totalOursMs, 1)} ms, Readability ${fmt(result.totalReadabilityMs, 1)} ms`,
    ],
  );
  return result;
}
