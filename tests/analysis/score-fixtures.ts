import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../../lib/judge/analyze';
import type { FactIndex } from '../../lib/judge/fact-index';
import type { AnalysisReport } from '../../lib/judge/report';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/pages');

export interface ExpectedFigure {
  text: string;
  value: number;
  unit: string;
  status: string;
  metric: string | null;
}

export interface Expected {
  url: string;
  outlet: string;
  publishedAt: string;
  title: string;
  detected: boolean;
  note?: string;
  figures: ExpectedFigure[];
  discrepancyMetrics: string[];
}

export interface Fixture {
  name: string;
  html: string;
  expected: Expected;
}

/** Every labeled page in tests/fixtures/pages (an .html beside its .expected.json). */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace('.expected.json', '');
      return {
        name,
        html: readFileSync(join(FIXTURE_DIR, `${name}.html`), 'utf8'),
        expected: JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')) as Expected,
      };
    });
}

/** Analyses a fixture the way the extension does (all figures listed, for recall on negatives). */
export function analyzeFixture(index: FactIndex, fx: Fixture): AnalysisReport | null {
  const { document } = parseHTML(fx.html);
  return analyzeDocument(index, document as unknown as Document, fx.expected.url, { all: true });
}

const same = (
  a: { text: string; value: number; unit: string },
  b: { text: string; value: number; unit: string },
) =>
  a.text === b.text &&
  a.unit === b.unit &&
  Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));

/** Pairs expected and found figures in document order (longest common subsequence). */
export function alignFigures<
  A extends ExpectedFigure,
  B extends { text: string; value: number; unit: string },
>(expected: readonly A[], found: readonly B[]): [A, B][] {
  const n = expected.length;
  const m = found.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i]![j] = same(expected[i]!, found[j]!)
        ? dp[i + 1]![j + 1]! + 1
        : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  const pairs: [A, B][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(expected[i]!, found[j]!)) {
      pairs.push([expected[i]!, found[j]!]);
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

export interface PageScore {
  name: string;
  expectedDetected: boolean;
  detected: boolean;
  labeled: number;
  found: number;
  matched: number;
  statusAgree: number;
  /** figure-level discrepancy counts */
  discTp: number;
  discFp: number;
  discFn: number;
  /** page-level discrepancy metric sets */
  metricTp: number;
  metricFp: number;
  metricFn: number;
  mismatches: string[];
}

/** Scores one analysed page against its labels. */
export function scorePage(fx: Fixture, report: AnalysisReport | null): PageScore {
  const found = report?.figures ?? [];
  const pairs = alignFigures(fx.expected.figures, found);
  const mismatches: string[] = [];
  let statusAgree = 0;
  let discTp = 0;
  let discFp = 0;
  let discFn = 0;
  for (const [e, f] of pairs) {
    if (e.status === f.status) statusAgree++;
    else
      mismatches.push(
        `${e.text}: expected ${e.status}${e.metric ? ` (${e.metric})` : ''}, got ${f.status}${f.metric ? ` (${f.metric})` : ''}`,
      );
    if (e.status === 'discrepancy' && f.status === 'discrepancy') discTp++;
    else if (f.status === 'discrepancy') discFp++;
    else if (e.status === 'discrepancy') discFn++;
  }
  const matchedFound = new Set(pairs.map(([, f]) => f));
  const matchedExpected = new Set(pairs.map(([e]) => e));
  for (const f of found)
    if (!matchedFound.has(f)) {
      mismatches.push(`extra figure ${f.text} (${f.value} ${f.unit})`);
      if (f.status === 'discrepancy') discFp++;
    }
  for (const e of fx.expected.figures)
    if (!matchedExpected.has(e)) {
      mismatches.push(`missed figure ${e.text} (${e.value} ${e.unit})`);
      if (e.status === 'discrepancy') discFn++;
    }
  const expectedMetrics = new Set(fx.expected.discrepancyMetrics);
  const gotMetrics = new Set(report?.detected ? report.discrepancies.map((d) => d.metric) : []);
  const metricTp = [...gotMetrics].filter((m) => expectedMetrics.has(m)).length;
  return {
    name: fx.name,
    expectedDetected: fx.expected.detected,
    detected: report?.detected ?? false,
    labeled: fx.expected.figures.length,
    found: found.length,
    matched: pairs.length,
    statusAgree,
    discTp,
    discFp,
    discFn,
    metricTp,
    metricFp: gotMetrics.size - metricTp,
    metricFn: expectedMetrics.size - metricTp,
    mismatches,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Totals over pages: detection P/R, figure recall, status accuracy, discrepancy P/R. */
export function totals(scores: readonly PageScore[]) {
  const sum = (f: (s: PageScore) => number) => scores.reduce((acc, s) => acc + f(s), 0);
  const tp = sum((s) => (s.detected && s.expectedDetected ? 1 : 0));
  const fp = sum((s) => (s.detected && !s.expectedDetected ? 1 : 0));
  const fn = sum((s) => (!s.detected && s.expectedDetected ? 1 : 0));
  const discTp = sum((s) => s.discTp + s.metricTp);
  return {
    pages: scores.length,
    detectionPrecision: ratio(tp, tp + fp),
    detectionRecall: ratio(tp, tp + fn),
    figureRecall: ratio(
      sum((s) => s.matched),
      sum((s) => s.labeled),
    ),
    figurePrecision: ratio(
      sum((s) => s.matched),
      sum((s) => s.found),
    ),
    statusAccuracy: ratio(
      sum((s) => s.statusAgree),
      sum((s) => s.matched),
    ),
    discrepancyPrecision: ratio(discTp, discTp + sum((s) => s.discFp + s.metricFp)),
    discrepancyRecall: ratio(discTp, discTp + sum((s) => s.discFn + s.metricFn)),
  };
}

/** The per-page table printed on every run. */
export function formatTable(scores: readonly PageScore[]): string {
  const rows = scores.map(
    (s) =>
      `${s.name.padEnd(44)} ${String(s.expectedDetected ? 'yes' : 'no').padEnd(4)} ${String(s.detected ? 'yes' : 'no').padEnd(4)} ${`${s.matched}/${s.labeled}`.padStart(6)} ${String(s.found).padStart(5)} ${`${s.statusAgree}/${s.matched}`.padStart(6)} ${`${s.discTp}/${s.discTp + s.discFp}/${s.discTp + s.discFn}`.padStart(8)}`,
  );
  const t = totals(scores);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `${'page'.padEnd(44)} ${'exp'.padEnd(4)} ${'got'.padEnd(4)} ${'found'.padStart(6)} ${'read'.padStart(5)} ${'status'.padStart(6)} ${'disc tp/p/l'.padStart(8)}`,
    ...rows,
    `detection precision ${pct(t.detectionPrecision)} recall ${pct(t.detectionRecall)} · figure recall ${pct(t.figureRecall)} precision ${pct(t.figurePrecision)} · status accuracy ${pct(t.statusAccuracy)} · discrepancy precision ${pct(t.discrepancyPrecision)} recall ${pct(t.discrepancyRecall)} (${t.pages} pages)`,
  ].join('\n');
}
