// Store scale: analysis time per article on the labeled fixtures, and how it grows when the
// fact store is inflated 10x and 100x with synthetic metrics (ratios to 1x, same run).
// Each figure is a median over repeated runs.
import { parseHTML } from 'linkedom';
import { buildFactIndex } from '../lib/judge/fact-index';
import { judgePage } from '../lib/judge/judge';
import { bundledStore } from '../lib/store/bundled-store';
import { readPage } from '../tools/read-page';
import { inflateStore } from '../tools/store/inflate-store';
import { loadFixtures } from '../tools/testing/score-fixtures';
import { median, ms, printTable } from './common';

export interface StoreScaleResult {
  runs: number;
  pages: number;
  analysis: Record<number, { buildMs: number; medianMs: number; totalMs: number; metrics: number }>;
}

export function runStoreScale(runs: number): StoreScaleResult {
  const pages = loadFixtures().map((fx) => ({
    name: fx.name,
    url: fx.expected.url,
    document: parseHTML(fx.html).document as unknown as Document,
  }));

  const FACTORS = [1, 10, 100] as const;
  const built = FACTORS.map((factor) => {
    const store = inflateStore(bundledStore, factor);
    const t0 = process.hrtime.bigint();
    const index = buildFactIndex(store);
    return { factor, index, buildMs: ms(t0), metrics: store.metrics.length };
  });
  const analyse = (index: ReturnType<typeof buildFactIndex>, p: (typeof pages)[number]) => {
    const read = readPage(p.document, p.url);
    if (read) judgePage(index, read.reading, { all: true });
  };
  // Warm every variant on every page first, so the JIT does not favour whichever runs last.
  for (let i = 0; i < 3; i++) for (const b of built) for (const p of pages) analyse(b.index, p);
  const samples = new Map<number, number[][]>(built.map((b) => [b.factor, pages.map(() => [])]));
  for (let run = 0; run < runs; run++) {
    // Rotate the order of the variants each run, so none always goes first.
    const order = built.map((_, i) => built[(i + run) % built.length]!);
    pages.forEach((p, pi) => {
      for (const b of order) {
        const t0 = process.hrtime.bigint();
        analyse(b.index, p);
        samples.get(b.factor)![pi]!.push(ms(t0));
      }
    });
  }
  const perFactor: StoreScaleResult['analysis'] = {};
  for (const b of built) {
    const perPage = samples.get(b.factor)!.map(median);
    perFactor[b.factor] = {
      buildMs: b.buildMs,
      medianMs: median(perPage),
      totalMs: perPage.reduce((a, c) => a + c, 0),
      metrics: b.metrics,
    };
  }
  const base = perFactor[1]!;
  const rows = Object.entries(perFactor).map(([factor, r]) => ({
    store: `${factor}x (${r.metrics} metrics)`,
    'index build ms': r.buildMs.toFixed(1),
    'median per article ms': r.medianMs.toFixed(3),
    'all fixtures ms': r.totalMs.toFixed(1),
    'ratio to 1x': (r.medianMs / base.medianMs).toFixed(2),
  }));
  printTable(
    `[6] store scale: analysis per article, ${pages.length} fixture pages, median of ${runs} runs (baseline: the same pipeline with the 1x store)`,
    rows,
  );
  return { runs, pages: pages.length, analysis: perFactor };
}
