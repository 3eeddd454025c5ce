// Checks labelled pages without running any analysis: `tsx scripts/check-labels.ts
// [tuning|holdout] [slug …]`. Exit 1 when a page has a problem (printed with its file).
import { bundledStore } from '../lib/store/bundled-store';
import { type LabelSet, labelProblems, loadLabelled } from '../tools/testing/labels';

const [setArg, ...names] = process.argv.slice(2);
const sets: LabelSet[] = setArg === 'tuning' || setArg === 'holdout' ? [setArg] : ['tuning', 'holdout'];
let bad = 0;
let pages = 0;
for (const set of sets) {
  for (const fx of loadLabelled(set)) {
    if (names.length && !names.includes(fx.name)) continue;
    pages++;
    const problems = labelProblems(fx, bundledStore);
    if (problems.length) {
      bad++;
      console.log(`${set}/${fx.name}:\n  ${problems.join('\n  ')}`);
    }
  }
}
console.log(`${pages} pages checked, ${bad} with problems`);
process.exit(bad ? 1 : 0);
