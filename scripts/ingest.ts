// npm run ingest -- <article.html|article.txt|-> [--url <address>] [--date <ISO>] [--id <source id>]
// Prints draft fact entries (source, observations, statements) in the seeds' YAML format for a
// curator to review and copy into seeds/. It never writes into seeds/ itself.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { detectTopic } from '../lib/judge/detect-topic';
import { buildFactIndex } from '../lib/judge/fact-index';
import { readPage } from '../lib/page/read/read-page';
import { bundledStore } from '../lib/store/bundled-store';
import { InputError } from '../tools/cli/load-input';
import { openPage } from '../tools/cli/open-page';
import { draftFacts } from '../tools/draft-facts';

const USAGE =
  'usage: npm run ingest -- <article.html|article.txt|-> [--url <address>] [--date <ISO date>] [--id <source id>]';

function main() {
  let parsed: ReturnType<typeof parse>;
  const parse = () =>
    parseArgs({
      options: {
        url: { type: 'string' },
        date: { type: 'string' },
        id: { type: 'string' },
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
