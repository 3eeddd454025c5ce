// npm run ingest -- <article.html|article.txt|-> [--url <address>] [--date <ISO>] [--id <source id>] [--pack OUT.json]
// Prints draft fact entries (source, observations, statements) in the seeds' YAML format for a
// curator to review and copy into seeds/. It never writes into seeds/ itself. With --pack it
// writes the entries it could tie to a metric as a fact pack file instead (npm run pack:check).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { detectTopic } from '../lib/judge/detect-topic';
import { buildFactIndex } from '../lib/judge/fact-index';
import { bundledStore } from '../lib/store/bundled-store';
import { checkPack } from '../lib/store/check-pack';
import { InputError } from '../tools/cli/load-input';
import { openPage } from '../tools/cli/open-page';
import { draftFacts } from '../tools/draft-facts';
import { draftsToPack } from '../tools/drafts-to-pack';
import { readPage } from '../tools/read-page';

const USAGE =
  'usage: npm run ingest -- <article.html|article.txt|-> [--url <address>] [--date <ISO date>] [--id <source id>] [--pack OUT.json]';

function main() {
  let parsed: ReturnType<typeof parse>;
  const parse = () =>
    parseArgs({
      options: {
        url: { type: 'string' },
        date: { type: 'string' },
        id: { type: 'string' },
        pack: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
  try {
    parsed = parse();
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.values.help) return console.log(USAGE);
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length > 1) {
    console.error(USAGE);
    process.exit(2);
  }
  try {
    const page = openPage(file, {
      url: parsed.values.url,
      date: parsed.values.date,
      sources: bundledStore.sources,
    });
    const read = readPage(page.document, page.url, { publishedAt: page.publishedAt });
    if (!read) throw new InputError(`${file}: no article text found`);
    const sourceId = parsed.values.id ?? `s${String(bundledStore.sources.length).padStart(3, '0')}`;
    const verdict = detectTopic(read.reading.text, read.reading.article.title);
    const drafts = draftFacts(buildFactIndex(bundledStore), read.reading, sourceId);
    if (parsed.values.pack) {
      const made = draftsToPack(drafts, bundledStore, {
        id: `ingest-${sourceId}`,
        name: read.reading.article.title || sourceId,
        author: null,
        now: new Date(),
      });
      if ('error' in made) throw new InputError(`${file}: ${made.error}`);
      const checked = checkPack(made.pack, bundledStore);
      if (!checked.ok)
        throw new InputError(`${file}: the drafted pack does not pass the checks: ${checked.error}`);
      writeFileSync(parsed.values.pack, `${JSON.stringify(made.pack, null, 2)}\n`);
      console.log(
        `wrote ${parsed.values.pack}: ${made.pack.observations.length} observation(s), ${made.pack.statements.length} statement(s); ${made.dropped} draft(s) left out (no metric, speaker or topic found). Review it with npm run pack:check -- ${parsed.values.pack}`,
      );
      return;
    }
    const header = [
      `# Draft entries from ${file} (${verdict.detected ? 'detected' : 'NOT detected'} as a Gwangju AI-policy article, score ${verdict.score}).`,
      '# Review every entry: check metric, kind and scope.key; delete what does not belong; then copy into',
      '# seeds/articles/sources.yaml, seeds/facts/observations.yaml and statements.yaml and run npm run build:store.',
    ];
    console.log(header.join('\n'));
    console.log(`\n# --- seeds/articles/sources.yaml\n${stringify([drafts.source])}`);
    console.log(
      `# --- seeds/facts/observations.yaml (${drafts.observations.length})\n${stringify(drafts.observations)}`,
    );
    console.log(
      `# --- seeds/facts/statements.yaml (${drafts.statements.length})\n${stringify(drafts.statements)}`,
    );
  } catch (e) {
    if (e instanceof InputError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
