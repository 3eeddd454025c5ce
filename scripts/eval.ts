// `npm run eval`: the accuracy of the analysis on every labelled set (tests/fixtures/LABELING.md):
// detection P/R, figures read, consistent recall, discrepancy P/R (against the right stored
// value), four-way status accuracy, and a table by kind of trap. `--pages` adds the per-page
// table and every mismatch; `--set tuning|holdout` limits the sets; `--match <regex>` limits the
// pages by name (a fresh batch is scored this way once, before any rule is tuned on it).
import { buildFactIndex } from '../lib/judge/fact-index';
import { bundledStore } from '../lib/store/bundled-store';
import type { LabelSet } from '../tools/testing/labels';
import {
  analyzeFixture,
  formatTable,
  formatTotals,
  formatTraps,
  loadSet,
  type PageScore,
  scorePage,
  TOTALS_HEADER,
} from '../tools/testing/score-fixtures';

const args = process.argv.slice(2);
const showPages = args.includes('--pages');
const only = args.includes('--set') ? (args[args.indexOf('--set') + 1] as LabelSet) : null;
const match = args.includes('--match') ? new RegExp(args[args.indexOf('--match') + 1] ?? '') : null;
const index = buildFactIndex(bundledStore);

// The first 41 tuning pages (seeds, c, n, x) predate issue 8; the t/u pages were written for it.
const isFirstCorpus = (name: string) => /^(seed-|[cnx]\d)/.test(name);
const groups: [string, PageScore[]][] = [];
for (const set of ['tuning', 'holdout'] as const) {
  if (only && only !== set) continue;
  const scores = loadSet(set)
    .filter((fx) => !match || match.test(fx.name))
    .map((fx) => scorePage(fx, analyzeFixture(index, fx)));
  if (!scores.length) continue;
  if (set === 'tuning') {
    groups.push(['tuning', scores]);
    groups.push(['  first 41', scores.filter((s) => isFirstCorpus(s.name))]);
    groups.push(['  new', scores.filter((s) => !isFirstCorpus(s.name))]);
  } else groups.push(['holdout', scores]);
}
console.log(TOTALS_HEADER);
for (const [label, scores] of groups) if (scores.length) console.log(formatTotals(label, scores));
for (const [label, scores] of groups) {
  if (label.startsWith(' ') || !scores.length) continue;
  console.log(
    `\nby trap kind, ${label} (right: consistent → consistent, discrepancy → the right one, others → not judged)`,
  );
  console.log(formatTraps(scores));
  if (showPages) {
    console.log(`\n${formatTable(scores)}`);
    for (const s of scores) if (s.mismatches.length) console.log(`  ${s.name}: ${s.mismatches.join('; ')}`);
  }
}
