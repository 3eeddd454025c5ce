import { withFigures } from '../lib/judge/read/read-figures';
import type { ExtractedArticle } from '../lib/page/article/extract-article';
import { type ReadPageOptions, readArticle } from '../lib/page/read/read-page';
import type { PageReading } from '../lib/shared/report';

// In Node the page and the background are one process: read the article as the content script
// does, and its figures as the background does.

export type { ReadPageOptions };

/**
 * Reads a page without any store data: its article and figures (readArticle, then withFigures).
 * Whether it is a Gwangju AI-policy article is the judge's call (judgePage). Null when the page
 * has no article body. Never throws on malformed pages.
 */
export function readPage(
  doc: Document,
  url: string,
  options: ReadPageOptions = {},
): { reading: PageReading; article: ExtractedArticle } | null {
  const read = readArticle(doc, url, options);
  return read && { reading: withFigures(read.page), article: read.article };
}
