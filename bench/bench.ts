// npm run bench — every benchmark, each against a baseline measured in the same run:
//   [1] analysis in Node: our pipeline vs @mozilla/readability on the labeled fixtures
//   [2]-[5] in Chromium with the built extension (GCTX_EXTENSION_DIR, default .output/chrome-mv3):
//       detected article vs mark.js, non-target pages, a stress page, cold start
//   [6] store scale: analysis time with the fact store inflated 10x and 100x
// Figures are medians over repeated runs; everything also goes to bench-results/bench.json.
// Run counts: BENCH_RUNS (store scale, 15), BENCH_NODE_RUNS (15), BENCH_DETECTED_RUNS (7),
// BENCH_NON_TARGET_RUNS (10), BENCH_STRESS_RUNS (4), BENCH_COLD_RUNS (12); BENCH_SKIP_CHROMIUM=1
// runs only the Node benchmarks; BENCH_ONLY=nonTarget,detected (see benchPartWanted) runs only those parts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChromium } from './chromium';
import { benchPartWanted } from './common';
import { runNodeAnalysis } from './node-analysis';
import { runStoreScale } from './store-scale';
import { runTextScaling } from './text-scaling';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

const started = Date.now();
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? null,
  loadAverageAtStart: loadavg(),
};

const step = (name: string) => {
  const t0 = Date.now();
  return () => {
    (results.wallMs as Record<string, number>)[name] = Date.now() - t0;
  };
};
results.wallMs = {};

let done = step('nodeAnalysis');
if (benchPartWanted('node')) results.nodeAnalysis = runNodeAnalysis(num('BENCH_NODE_RUNS', 15));
done();

done = step('textScaling');
if (benchPartWanted('textScaling')) results.textScaling = runTextScaling(num('BENCH_RUNS', 15));
done();

done = step('storeScale');
if (benchPartWanted('storeScale')) {
  const storeScale = runStoreScale(num('BENCH_RUNS', 15));
  // Kept at the top level too, where earlier bench.json files had it.
  results.runs = storeScale.runs;
  results.pages = storeScale.pages;
  results.analysis = storeScale.analysis;
  results.storeScale = storeScale;
}
done();

const chromiumParts = ['detected', 'nonTarget', 'stress', 'manyFigures', 'coldStart'];
if (process.env.BENCH_SKIP_CHROMIUM !== '1' && chromiumParts.some(benchPartWanted)) {
  done = step('chromium');
  try {
    results.chromium = await runChromium({
      detectedRuns: num('BENCH_DETECTED_RUNS', 7),
      nonTargetRuns: num('BENCH_NON_TARGET_RUNS', 10),
      stressRuns: num('BENCH_STRESS_RUNS', 4),
      coldRuns: num('BENCH_COLD_RUNS', 12),
    });
  } catch (e) {
    // Keep the Node results: write them, then fail.
    console.error(`\nChromium benchmarks failed: ${e instanceof Error ? e.message : String(e)}`);
    results.chromiumError = e instanceof Error ? e.message : String(e);
    process.exitCode = 1;
  }
  done();
}

results.totalWallMs = Date.now() - started;
results.loadAverageAtEnd = loadavg();
const out = join(ROOT, 'bench-results', 'bench.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
const [l1] = loadavg();
console.log(
  `\nload average (1 min) at start ${(results.loadAverageAtStart as number[])[0]!.toFixed(2)}, at end ${l1!.toFixed(2)} on ${cpus().length} CPUs: other work on the machine shows up as noise`,
);
console.log(
  `wrote ${out.replace(`${ROOT}/`, '')} (bench took ${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
