import { parseHTML } from 'linkedom';
import type { FactIndex } from '../../lib/judge/fact-index';
import type { AnalysisReport, JudgedFigure } from '../../lib/shared/report';
import { analyzeDocument } from '../analyze-document';
import {
  type ExpectedFigure,
  type Fixture,
  LABEL_SETS,
  type LabelSet,
  loadLabelled,
  PAGE_TRAPS,
  TRAP_KINDS,
} from './labels';

export type { Expected, ExpectedFigure, Fixture } from './labels';
export const FIXTURE_DIR = LABEL_SETS.tuning;

/** Every labelled page of the tuning set (tests/fixtures/pages). */
export function loadFixtures(): Fixture[] {
  return loadLabelled('tuning');
}

/** Every labelled page of a set. */
export function loadSet(set: LabelSet): Fixture[] {
  return loadLabelled(set);
}

/** Analyses a fixture the way the extension does (all figures listed, for recall on negatives). */
export function analyzeFixture(index: FactIndex, fx: Fixture): AnalysisReport | null {
  const { document } = parseHTML(fx.html);
  return analyzeDocument(index, document as unknown as Document, fx.expected.url, { all: true });
}

type Shape = { text: string; value: number; unit: string };
// A label that left a qualifier word out of the text ("6000억원" for "6000억원 규모") still names
// the same figure: figures read measures reading the quantity, not where its text ends.
const QUALIFIER_ONLY = /^\s?(?:규모|가량|정도|이상|이하|미만|초과|넘는|넘게|남짓|내외|안팎|가까이)$|^약\s?$/;
const sameText = (a: string, b: string) =>
  a === b ||
  (a.length < b.length && (b.startsWith(a) || b.endsWith(a)) && QUALIFIER_ONLY.test(b.replace(a, ''))) ||
  (b.length < a.length && (a.startsWith(b) || a.endsWith(b)) && QUALIFIER_ONLY.test(a.replace(b, '')));
const same = (a: Shape, b: Shape) =>
  sameText(a.text, b.text) &&
  a.unit === b.unit &&
  Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));

/** Pairs expected and found figures in document order (longest common subsequence). */
export function alignFigures<A extends Shape, B extends Shape>(
  expected: readonly A[],
  found: readonly B[],
): [A, B][] {
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

/** A found discrepancy is right only against the labelled metric and one of the labelled observations. */
export function isRightDiscrepancy(e: ExpectedFigure, f: JudgedFigure): boolean {
  return (
    e.status === 'discrepancy' &&
    f.status === 'discrepancy' &&
    f.metric === e.metric &&
    f.facts.some((id) => e.against?.includes(id) ?? true)
  );
}

/** Whether a found figure got its label right, in the sense the scores use. */
function judgedRight(e: ExpectedFigure, f: JudgedFigure): boolean {
  switch (e.status) {
    case 'consistent':
      return f.status === 'consistent' && f.metric === e.metric;
    case 'discrepancy':
      return isRightDiscrepancy(e, f);
    default:
      return f.status === 'related' || f.status === 'unknown';
  }
}

interface TrapCount {
  figures: number;
  read: number;
  right: number;
  falseDiscrepancies: number;
}

export interface PageScore {
  name: string;
  set: LabelSet;
  trap: string | null;
  expectedDetected: boolean;
  detected: boolean;
  labeled: number;
  found: number;
  matched: number;
  /** exact four-way status agreement among matched figures */
  statusAgree: number;
  consistentLabeled: number;
  consistentRight: number;
  discTp: number;
  discFp: number;
  discFn: number;
  /** page-level discrepancy metric sets */
  metricTp: number;
  metricFp: number;
  metricFn: number;
  traps: Map<string, TrapCount>;
  mismatches: string[];
}

const fmtFigure = (s: string, m: string | null | undefined) => `${s}${m ? ` (${m})` : ''}`;

/** Scores one analysed page against its labels. */
export function scorePage(fx: Fixture, report: AnalysisReport | null): PageScore {
  const found = report?.figures ?? [];
  const pairs = alignFigures(fx.expected.figures, found);
  const traps = new Map<string, TrapCount>();
  const trap = (k: string) => {
    const t = traps.get(k) ?? { figures: 0, read: 0, right: 0, falseDiscrepancies: 0 };
    traps.set(k, t);
    return t;
  };
  const s: PageScore = {
    name: fx.name,
    set: fx.set,
    trap: fx.expected.trap ?? null,
    expectedDetected: fx.expected.detected,
    detected: report?.detected ?? false,
    labeled: fx.expected.figures.length,
    found: found.length,
    matched: pairs.length,
    statusAgree: 0,
    consistentLabeled: fx.expected.figures.filter((e) => e.status === 'consistent').length,
    consistentRight: 0,
    discTp: 0,
    discFp: 0,
    discFn: 0,
    metricTp: 0,
    metricFp: 0,
    metricFn: 0,
    traps,
    mismatches: [],
  };
  const paired = new Map(pairs.map(([e, f]) => [e, f]));
  for (const e of fx.expected.figures) {
    const f = paired.get(e);
    const t = e.trap ? trap(e.trap) : null;
    if (t) t.figures++;
    if (!f) {
      s.mismatches.push(`missed figure ${e.text} (${e.value} ${e.unit})`);
      if (e.status === 'discrepancy') s.discFn++;
      continue;
    }
    if (t) t.read++;
    const agree = e.status === f.status && (e.status === 'unknown' || e.metric === f.metric);
    if (agree) s.statusAgree++;
    const right = judgedRight(e, f);
    if (t && right) t.right++;
    if (e.status === 'consistent' && right) s.consistentRight++;
    if (e.status === 'discrepancy') {
      if (right) s.discTp++;
      else s.discFn++;
    }
    if (f.status === 'discrepancy' && !right) {
      s.discFp++;
      if (t) t.falseDiscrepancies++;
    }
    if (!right || !agree)
      s.mismatches.push(
        `${e.text}: expected ${fmtFigure(e.status, e.metric)}, got ${fmtFigure(f.status, f.metric)}`,
      );
  }
  const matchedFound = new Set(pairs.map(([, f]) => f));
  for (const f of found)
    if (!matchedFound.has(f)) {
      s.mismatches.push(`extra figure ${f.text} (${f.value} ${f.unit})`);
      if (f.status === 'discrepancy') s.discFp++;
    }
  const expectedMetrics = new Set(fx.expected.discrepancyMetrics);
  const gotMetrics = new Set(report?.detected ? report.discrepancies.map((d) => d.metric) : []);
  s.metricTp = [...gotMetrics].filter((m) => expectedMetrics.has(m)).length;
  s.metricFp = gotMetrics.size - s.metricTp;
  s.metricFn = expectedMetrics.size - s.metricTp;
  if (s.expectedDetected !== s.detected)
    s.mismatches.unshift(`detected ${s.detected}, expected ${s.expectedDetected}`);
  return s;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Totals over pages: the scores issue 8 names, figure-level. */
export function totals(scores: readonly PageScore[]) {
  const sum = (f: (s: PageScore) => number) => scores.reduce((acc, s) => acc + f(s), 0);
  const tp = sum((s) => (s.detected && s.expectedDetected ? 1 : 0));
  const fp = sum((s) => (s.detected && !s.expectedDetected ? 1 : 0));
  const fn = sum((s) => (!s.detected && s.expectedDetected ? 1 : 0));
  const discTp = sum((s) => s.discTp);
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
    consistentRecall: ratio(
      sum((s) => s.consistentRight),
      sum((s) => s.consistentLabeled),
    ),
    discrepancies: { tp: discTp, fp: sum((s) => s.discFp), fn: sum((s) => s.discFn) },
    discrepancyPrecision: ratio(discTp, discTp + sum((s) => s.discFp)),
    discrepancyRecall: ratio(discTp, discTp + sum((s) => s.discFn)),
    metricPrecision: ratio(
      sum((s) => s.metricTp),
      sum((s) => s.metricTp + s.metricFp),
    ),
    metricRecall: ratio(
      sum((s) => s.metricTp),
      sum((s) => s.metricTp + s.metricFn),
    ),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The per-page table. */
export function formatTable(scores: readonly PageScore[]): string {
  const rows = scores.map(
    (s) =>
      `${s.name.slice(0, 44).padEnd(44)} ${(s.expectedDetected ? 'yes' : 'no').padEnd(4)} ${(s.detected ? 'yes' : 'no').padEnd(4)} ${`${s.matched}/${s.labeled}`.padStart(6)} ${String(s.found).padStart(5)} ${`${s.consistentRight}/${s.consistentLabeled}`.padStart(6)} ${`${s.discTp}/${s.discTp + s.discFp}/${s.discTp + s.discFn}`.padStart(8)}`,
  );
  return [
    `${'page'.padEnd(44)} ${'exp'.padEnd(4)} ${'got'.padEnd(4)} ${'read'.padStart(6)} ${'found'.padStart(5)} ${'cons'.padStart(6)} ${'disc tp/p/l'.padStart(8)}`,
    ...rows,
  ].join('\n');
}

/** One line of the scores issue 8 names. */
export function formatTotals(label: string, scores: readonly PageScore[]): string {
  const t = totals(scores);
  return `${label.padEnd(10)} ${String(t.pages).padStart(5)} ${pct(t.detectionPrecision).padStart(7)} ${pct(t.detectionRecall).padStart(7)} ${pct(t.figureRecall).padStart(7)} ${pct(t.consistentRecall).padStart(7)} ${pct(t.discrepancyPrecision).padStart(7)} ${pct(t.discrepancyRecall).padStart(7)} ${`${t.discrepancies.tp}/${t.discrepancies.fp}/${t.discrepancies.fn}`.padStart(9)} ${pct(t.statusAccuracy).padStart(7)}`;
}
export const TOTALS_HEADER = `${'set'.padEnd(10)} ${'pages'.padStart(5)} ${'det P'.padStart(7)} ${'det R'.padStart(7)} ${'read'.padStart(7)} ${'cons R'.padStart(7)} ${'disc P'.padStart(7)} ${'disc R'.padStart(7)} ${'tp/fp/fn'.padStart(9)} ${'status'.padStart(7)}`;

/** The table by kind of trap: figures, read, judged right (related/unknown count as "not judged"), false discrepancies. */
export function formatTraps(scores: readonly PageScore[]): string {
  const lines = [
    `${'trap'.padEnd(18)} ${'figs'.padStart(5)} ${'read'.padStart(5)} ${'right'.padStart(6)} ${'false disc'.padStart(10)}`,
  ];
  for (const k of TRAP_KINDS) {
    const t = { figures: 0, read: 0, right: 0, falseDiscrepancies: 0 };
    for (const s of scores) {
      const c = s.traps.get(k);
      if (!c) continue;
      t.figures += c.figures;
      t.read += c.read;
      t.right += c.right;
      t.falseDiscrepancies += c.falseDiscrepancies;
    }
    if (t.figures)
      lines.push(
        `${k.padEnd(18)} ${String(t.figures).padStart(5)} ${String(t.read).padStart(5)} ${String(t.right).padStart(6)} ${String(t.falseDiscrepancies).padStart(10)}`,
      );
  }
  for (const k of PAGE_TRAPS) {
    const pages = scores.filter((s) => s.trap === k);
    if (pages.length)
      lines.push(
        `page:${k.padEnd(13)} ${String(pages.length).padStart(5)} ${''.padStart(5)} ${String(pages.filter((s) => s.detected === s.expectedDetected).length).padStart(6)} ${String(pages.reduce((a, s) => a + s.discFp, 0)).padStart(10)}`,
      );
  }
  return lines.join('\n');
}
