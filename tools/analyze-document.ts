import type { FactIndex } from '../lib/judge/fact-index';
import { judgePage } from '../lib/judge/judge';
import { type ReadPageOptions, readPage } from './read-page';

/** Options for analyzeDocument: reading, and whether to list an undetected page's figures. */
export type AnalyzeOptions = ReadPageOptions & { all?: boolean };

import type { AnalysisReport } from '../lib/shared/report';

/**
 * The whole pipeline on one document: extract, detect, read figures, judge against the store.
 * Null when the page has no article body. Figures of undetected pages are read only with `all`.
 */
export function analyzeDocument(
  index: FactIndex,
  doc: Document,
  url: string,
  options: AnalyzeOptions = {},
): AnalysisReport | null {
  const read = readPage(doc, url, options);
  return read ? judgePage(index, read.reading, { all: options.all }) : null;
}
