// npm run build:store — validates seeds/ and writes the bundled fact store and the JSON Schemas.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FactPack } from '../lib/shared/pack-schema';
import { type FactFileName, FactFiles } from '../lib/shared/store-schema';
import { summarizeStore } from '../lib/store/summarize-store';
import { buildStore, StoreBuildError } from '../tools/store/build-store';
import { readSeedInputs } from '../tools/store/read-seeds';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seeds = join(root, 'seeds');

function writeJsonSchemas() {
  const dir = join(seeds, 'schema');
  mkdirSync(dir, { recursive: true });
  for (const name of Object.keys(FactFiles) as FactFileName[]) {
    const schema = z.toJSONSchema(FactFiles[name], { io: 'input', target: 'draft-2020-12' });
    writeFileSync(join(dir, name.replace('.yaml', '.schema.json')), `${JSON.stringify(schema, null, 2)}\n`);
  }
  // A fact pack file (the popup's export, `npm run pack:check`), from the same schemas.
  const pack = z.toJSONSchema(FactPack, { io: 'input', target: 'draft-2020-12' });
  writeFileSync(join(dir, 'fact-pack.schema.json'), `${JSON.stringify(pack, null, 2)}\n`);
}

function main() {
  writeJsonSchemas();
  try {
    const store = buildStore(readSeedInputs());
    const out = join(root, 'generated', 'fact-store.json');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(store));
    console.log(summarizeStore(store));
    console.log(
      `wrote ${out.replace(`${root}/`, '')} (${(JSON.stringify(store).length / 1024).toFixed(1)} KiB, version ${store.version})`,
    );
  } catch (e) {
    if (e instanceof StoreBuildError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
