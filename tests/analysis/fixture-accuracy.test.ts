import { describe, expect, it } from 'vitest';
import { buildFactIndex } from '../../lib/judge/fact-index';
import { bundledStore } from '../../lib/store/bundled-store';
import { labelProblems } from '../../tools/testing/labels';
import {
  analyzeFixture,
  formatTable,
  formatTotals,
  formatTraps,
  loadSet,
  scorePage,
  TOTALS_HEADER,
  totals,
} from '../../tools/testing/score-fixtures';

const index = buildFactIndex(bundledStore);
const tuning = loadSet('tuning');
const holdout = loadSet('holdout');
const score = (set: typeof tuning) => set.map((fx) => scorePage(fx, analyzeFixture(index, fx)));
const tuningScores = score(tuning);
const holdoutScores = score(holdout);

/** The holdout meets issue 8's bar (0.95 / 0.9) since the fourth round (11 of 12, none false; 12
 * of 12 since the sixth); see README, Accuracy. */
const HOLDOUT_LEVEL = { discrepancyPrecision: 0.95, discrepancyRecall: 0.9 };

/**
 * The bar issue 8 sets for every labelled set. The tuning set meets it since the sixth round (116
 * of 128 discrepancies, none false, after z133–z156 were scored fresh and then tuned on); its
 * recall stood below the bar from the second round to the fifth (83.3%–89.5%, README, Accuracy).
 * A fresh batch that brings it below again is to be measured and reported, not hidden here.
 */
function meetsTheBar(scores: ReturnType<typeof score>) {
  const t = totals(scores);
  expect(t.detectionPrecision, 'detection precision').toBeGreaterThanOrEqual(0.95);
  expect(t.detectionRecall, 'detection recall').toBeGreaterThanOrEqual(0.95);
  expect(t.figureRecall, 'figures read').toBeGreaterThanOrEqual(0.95);
  expect(t.consistentRecall, 'consistent figures judged consistent').toBeGreaterThanOrEqual(0.9);
  expect(t.discrepancyPrecision, 'discrepancy precision').toBeGreaterThanOrEqual(0.95);
  expect(t.discrepancyRecall, 'discrepancy recall').toBeGreaterThanOrEqual(0.9);
}

describe('analysis accuracy on the labelled pages (tests/fixtures/LABELING.md)', () => {
  it('has at least 100 labelled pages, 25 of them a holdout, seeds in outlet and portal layouts', () => {
    expect(tuning.length + holdout.length).toBeGreaterThanOrEqual(100);
    expect(holdout.length).toBeGreaterThanOrEqual(25);
    expect(tuning.filter((f) => f.name.startsWith('seed-')).length).toBe(15);
    expect([...tuning, ...holdout].filter((f) => !f.expected.detected).length).toBeGreaterThanOrEqual(20);
  });

  it('every label file is well formed and agrees with the store (checked without any analysis)', () => {
    for (const fx of [...tuning, ...holdout]) expect(labelProblems(fx, bundledStore), fx.name).toEqual([]);
  });

  it('the tuning pages meet the bar (tables printed)', () => {
    console.log(
      `\n${TOTALS_HEADER}\n${formatTotals('tuning', tuningScores)}\n${formatTotals('holdout', holdoutScores)}`,
    );
    console.log(`\n${formatTraps(tuningScores)}\n\n${formatTable(tuningScores)}`);
    for (const s of tuningScores)
      if (s.mismatches.length) console.log(`  ${s.name}: ${s.mismatches.join('; ')}`);
    meetsTheBar(tuningScores);
  });

  // The holdout is reported, not tuned on. Its bar is the one issue 8 sets (README, Accuracy):
  // a change that loses ground fails.
  it('the holdout holds its measured level (no rule was tuned on it)', () => {
    console.log(`\n${formatTraps(holdoutScores)}`);
    const t = totals(holdoutScores);
    expect(t.detectionPrecision, 'detection precision').toBeGreaterThanOrEqual(0.95);
    expect(t.detectionRecall, 'detection recall').toBeGreaterThanOrEqual(0.95);
    expect(t.figureRecall, 'figures read').toBeGreaterThanOrEqual(0.95);
    expect(t.consistentRecall, 'consistent figures judged consistent').toBeGreaterThanOrEqual(0.9);
    expect(t.discrepancyPrecision, 'discrepancy precision').toBeGreaterThanOrEqual(
      HOLDOUT_LEVEL.discrepancyPrecision,
    );
    expect(t.discrepancyRecall, 'discrepancy recall').toBeGreaterThanOrEqual(HOLDOUT_LEVEL.discrepancyRecall);
  });

  it('the first 41 pages come out exactly as labelled: every figure, status and metric', () => {
    for (const s of tuningScores.filter((x) => /^(seed-|[cnx]\d)/.test(x.name))) {
      expect(s.mismatches, s.name).toEqual([]);
      expect(s.statusAgree, s.name).toBe(s.labeled);
    }
  });

  it('says why in words on every figure of every page: no "null" or "undefined" in a card\'s reason', () => {
    for (const fx of [...tuning, ...holdout]) {
      for (const f of analyzeFixture(index, fx)?.figures ?? []) {
        for (const text of [f.explanation.ko, f.explanation.en])
          expect(text, `${fx.name}: ${f.text}`).not.toMatch(/\bnull\b|\bundefined\b|“”/);
      }
    }
  });

  it('extracts title, outlet and publication time of the seed pages', () => {
    for (const fx of tuning.filter((f) => f.name.startsWith('seed-'))) {
      const report = analyzeFixture(index, fx)!;
      expect(report.article.outlet, fx.name).toBe(fx.expected.outlet);
      expect(report.article.publishedAt?.slice(0, 16), fx.name).toBe(fx.expected.publishedAt.slice(0, 16));
      expect(report.article.title.replace(/\s+/g, ' ').trim(), fx.name).toBe(
        fx.expected.title.replace(/\s+/g, ' ').trim(),
      );
    }
  });
});
