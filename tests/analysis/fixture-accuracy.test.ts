import { describe, expect, it } from 'vitest';
import { buildFactIndex } from '../../lib/judge/fact-index';
import { bundledStore } from '../../lib/store/bundled-store';
import { analyzeFixture, formatTable, loadFixtures, scorePage, totals } from './score-fixtures';

const index = buildFactIndex(bundledStore);
const fixtures = loadFixtures();
const scores = fixtures.map((fx) => scorePage(fx, analyzeFixture(index, fx)));

describe('analysis accuracy on the labeled fixture pages', () => {
  it('has at least 30 labeled pages, seeds in outlet and portal layouts among them', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    expect(fixtures.filter((f) => f.name.startsWith('seed-')).length).toBe(15);
    expect(fixtures.filter((f) => !f.expected.detected).length).toBeGreaterThanOrEqual(6);
  });

  it('meets the targets (table printed)', () => {
    console.log(`\n${formatTable(scores)}`);
    for (const s of scores) if (s.mismatches.length) console.log(`  ${s.name}: ${s.mismatches.join('; ')}`);
    const t = totals(scores);
    expect(t.detectionPrecision).toBeGreaterThanOrEqual(0.95);
    expect(t.detectionRecall).toBeGreaterThanOrEqual(0.95);
    expect(t.figureRecall).toBeGreaterThanOrEqual(0.95);
    expect(t.discrepancyPrecision).toBeGreaterThanOrEqual(0.9);
    expect(t.discrepancyRecall).toBeGreaterThanOrEqual(0.9);
  });

  it('extracts title, outlet and publication time of the seed pages', () => {
    for (const fx of fixtures.filter((f) => f.name.startsWith('seed-'))) {
      const report = analyzeFixture(index, fx)!;
      expect(report.article.outlet, fx.name).toBe(fx.expected.outlet);
      expect(report.article.publishedAt?.slice(0, 16), fx.name).toBe(fx.expected.publishedAt.slice(0, 16));
      expect(report.article.title.replace(/\s+/g, ' ').trim(), fx.name).toBe(
        fx.expected.title.replace(/\s+/g, ' ').trim(),
      );
    }
  });
});
