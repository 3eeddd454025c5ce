import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Source } from '../../lib/shared/store-schema';
import { InputError, type LoadedPage, loadInput } from './load-input';

/** A page file opened for the CLI tools, with the address and date to analyse it under. */
export interface OpenedPage extends LoadedPage {
  url: string;
  /** the bundled seed this file is, when it is one (its metadata fills what the text lacks) */
  seed: Source | undefined;
}

/**
 * Reads `file` ("-" for standard input) for analyze/ingest. A bundled seed capture takes its
 * address and date from sources.yaml unless --url/--date say otherwise.
 * Throws InputError with a one-line reason when the file cannot be read or is not HTML/text.
 */
export function openPage(
  file: string,
  options: { url?: string; date?: string; sources: readonly Source[] },
): OpenedPage {
  let content: string;
  try {
    content = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(
      `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  const page = loadInput(content, file === '-' ? 'stdin' : file);
  const seed = file === '-' ? undefined : options.sources.find((s) => s.file === basename(file));
  const url =
    options.url ??
    seed?.url ??
    (seed?.domain ? `https://www.${seed.domain}/` : file === '-' ? 'stdin:' : `file://${file}`);
  const publishedAt = options.date ?? seed?.publishedAt ?? page.publishedAt;
  return { ...page, url, publishedAt, seed };
}
