// npm run pack:check -- FILE [--seeds DIR]   validates a fact pack with the full store rules; prints what it would add
// npm run pack:merge -- FILE [--seeds DIR]   writes its entries into seeds/ (sources with their quoted sentences)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { FactPack } from '../lib/shared/pack-schema';
import { bundledStore } from '../lib/store/bundled-store';
import { checkPack } from '../lib/store/check-pack';
import { buildStore, FACT_FILE_PATHS, StoreBuildError } from '../tools/store/build-store';
import { packArticleText, packSourceEntry, withPackInputs, yamlEntries } from '../tools/store/pack-seeds';
import { readSeedInputs } from '../tools/store/read-seeds';

const USAGE =
  'usage: npm run pack:check -- FILE.json [--seeds DIR] | npm run pack:merge -- FILE.json [--seeds DIR]';
let SEEDS = resolve(import.meta.dirname, '../seeds');

/** Checks a pack file; prints the report; returns the pack when it may be merged. */
function check(file: string): FactPack | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot read (${(e as Error).message})`);
    return null;
  }
  // The checks the extension runs on import, then the store build's own over seeds + pack.
  const offline = checkPack(text, bundledStore);
  if (!offline.ok) {
    console.error(`${file}: refused: ${offline.error}`);
    return null;
  }
  const pack = offline.pack;
  let built: ReturnType<typeof buildStore>;
  try {
    built = buildStore(withPackInputs(readSeedInputs(SEEDS), pack));
  } catch (e) {
    if (!(e instanceof StoreBuildError)) throw e;
    console.error(
      `${file}: refused by the store build:\n${e.problems.map((p) => `  [${p.entry ?? '-'}] ${p.reason}`).join('\n')}`,
    );
    return null;
  }
  const known = new Set(bundledStore.discrepancies.map((d) => d.id));
  const derived = built.discrepancies.filter((d) => !known.has(d.id));
  console.log(
    `${file}: fact pack "${pack.name}" (${pack.id} v${pack.version}${pack.author ? `, by ${pack.author}` : ''}) passes every check.`,
  );
  console.log(
    `It would add ${pack.sources.length} source(s), ${pack.metrics.length} metric(s), ${pack.observations.length} observation(s), ${pack.statements.length} statement(s):`,
  );
  for (const m of pack.metrics)
    console.log(`  metric ${m.id}: ${m.name.ko} (${m.unit}; keywords ${m.keywords.join(', ')})`);
  for (const o of pack.observations) {
    const s = pack.sources.find((x) => x.id === o.source)!;
    console.log(
      `  observation ${o.id}: ${o.metric} ${o.figure} (${o.kind}, ${o.scope.label}) — ${s.outlet} ${s.publishedAt.slice(0, 10)}: "${o.quote}"`,
    );
  }
  for (const st of pack.statements)
    console.log(`  statement ${st.id}: ${st.speaker} ${st.date}: "${st.quote}"`);
  console.log(derived.length ? `and ${derived.length} new discrepancy(ies):` : 'and no new discrepancy.');
  for (const d of derived) console.log(`  ${d.summary.ko}`);
  return pack;
}

function merge(file: string): boolean {
  const pack = check(file);
  if (!pack) return false;
  const append = (name: keyof typeof FACT_FILE_PATHS, items: readonly unknown[]) => {
    if (!items.length) return;
    const path = join(SEEDS, FACT_FILE_PATHS[name]);
    const old = readFileSync(path, 'utf8');
    writeFileSync(path, `${old.replace(/\n*$/, '\n')}${yamlEntries(items, pack)}`);
    console.log(`appended ${items.length} to seeds/${FACT_FILE_PATHS[name]}`);
  };
  for (const s of pack.sources) {
    writeFileSync(join(SEEDS, 'articles', `${s.id}.txt`), packArticleText(s, pack));
    console.log(`wrote seeds/articles/${s.id}.txt`);
  }
  append(
    'sources.yaml',
    pack.sources.map((s) => packSourceEntry(s, pack)),
  );
  append('metrics.yaml', pack.metrics);
  append('observations.yaml', pack.observations);
  append('statements.yaml', pack.statements);
  console.log('Review the diff (git diff seeds/), then run npm run build:store.');
  return true;
}

function main() {
  let args: ReturnType<typeof parse>;
  const parse = () =>
    parseArgs({
      options: { seeds: { type: 'string' } },
      allowPositionals: true,
      args: process.argv.slice(2),
    });
  try {
    args = parse();
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const [command, file, ...rest] = args.positionals;
  if (!file || rest.length || (command !== 'check' && command !== 'merge')) {
    console.error(USAGE);
    process.exit(2);
  }
  if (args.values.seeds) SEEDS = resolve(args.values.seeds);
  const ok = command === 'check' ? check(file) !== null : merge(file);
  process.exit(ok ? 0 : 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
