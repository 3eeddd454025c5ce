import { findBody, firstMatch } from './find-body';
import { findAdapter, findAdapterForHost, type SiteAdapter } from './site-adapters';

// The first thing that runs on every supported page load, before anything else is loaded: it
// must cost next to nothing and touch nothing.

/** Does the text mention both 광주 and AI at all? Three regex scans, no allocation. */
export function mightBeGwangjuAi(text: string): boolean {
  return (
    /광주/.test(text) &&
    (/인공지능|데이터센터|집적단지/.test(text) || /(^|[^A-Za-z])AI([^A-Za-z]|$)/.test(text))
  );
}

/** Where a page is: its address, or a Location (its host name is read without parsing a URL). */
export type PageWhere = string | { readonly hostname: string };

function adapterFor(where: PageWhere): SiteAdapter | undefined {
  return typeof where === 'string' ? findAdapter(where) : findAdapterForHost(where.hostname);
}

/**
 * The text the gate reads: on a known site the article container. Elsewhere the body's text
 * settles most pages; one that mentions 광주 and AI anywhere (a sidebar, a menu) is narrowed to
 * the container the reader would read, so the background judges the article, not the chrome.
 */
export function gateText(doc: Document, where: PageWhere): string {
  const adapter = adapterFor(where);
  const el = adapter ? firstMatch(doc, adapter.body) : null;
  if (el) return el.textContent ?? '';
  const all = doc.body?.textContent ?? '';
  if (!mightBeGwangjuAi(all)) return all;
  return findBody(doc, adapter)?.root.textContent ?? '';
}

/** The page's headline as its metadata gives it, for the background's topic check. */
export function gateTitle(doc: Document): string {
  return doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? doc.title ?? '';
}
