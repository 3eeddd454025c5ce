import type { ArticleText } from '../../shared/report';
import { type ExtractedArticle, extractArticle } from '../article/extract-article';

/** Options for readArticle (and tools/read-page's readPage). */
export interface ReadPageOptions {
  /** publication time to use when the page does not say (ISO) */
  publishedAt?: string | null;
  isHidden?: (el: Element) => boolean;
}

/**
 * Reads a page's article as the content script sends it: address, metadata and body text, and
 * the extracted article (its segments map the text back to the page's nodes). Null when the page
 * has no article body. Never throws on malformed pages.
 */
export function readArticle(
  doc: Document,
  url: string,
  options: ReadPageOptions = {},
): { page: ArticleText; article: ExtractedArticle } | null {
  const article = extractArticle(doc, url, { isHidden: options.isHidden });
  if (!article) return null;
  return {
    article,
    page: {
      url,
      article: {
        title: article.title,
        outlet: article.outlet,
        publishedAt: article.publishedAt ?? options.publishedAt ?? null,
        textLength: article.text.length,
        method: article.method,
      },
      text: article.text,
    },
  };
}
