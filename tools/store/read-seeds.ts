import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FactFileName } from '../../lib/shared/store-schema';
import { FACT_FILE_PATHS } from './build-store';

const seeds = resolve(import.meta.dirname, '../../seeds');

/** Reads seeds/ into the builder's inputs. */
export function readSeedInputs(seedDir = seeds) {
  const files = Object.fromEntries(
    (Object.keys(FACT_FILE_PATHS) as FactFileName[]).map((name) => [
      name,
      readFileSync(join(seedDir, FACT_FILE_PATHS[name]), 'utf8'),
    ]),
  ) as Record<FactFileName, string>;
  const articleDir = join(seedDir, 'articles');
  const articles = Object.fromEntries(
    readdirSync(articleDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(join(articleDir, f), 'utf8')]),
  );
  return { files, articles };
}
