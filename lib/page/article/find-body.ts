import { type CollectOptions, isSkippedElement } from './collect-text';
import { NDSOFT_ADAPTER, NOISE_CLASS, type SiteAdapter } from './site-adapters';

// Where a page keeps its article: shared by the reader (extract-article) and the gate, so the
// gate's topic check reads the very container the overlay would read.

/** The first element any of the selectors finds; a selector this DOM cannot parse is skipped. */
export function firstMatch(doc: ParentNode, selectors: readonly string[] | undefined): Element | null {
  for (const sel of selectors ?? []) {
    try {
      const el = doc.querySelector(sel);
      if (el) return el;
    } catch {
      // a selector this DOM cannot parse: try the next
    }
  }
  return null;
}

/** Below this many letters a container is not an article body. */
export const MIN_BODY_CHARS = 80;

/** Text length of an element's own paragraphs, less text inside links: a cheap content score. */
function densityScores(
  doc: Document,
  skip: Pick<CollectOptions, 'exclude' | 'excludeClass'>,
): Map<Element, number> {
  const scores = new Map<Element, number>();
  const body = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = (node as Text).data.trim().length;
    if (len < 20) continue;
    let parent = node.parentElement;
    let inLink = false;
    let skipped = false;
    for (let a: Element | null = parent; a && a !== body; a = a.parentElement) {
      if (a.tagName === 'A') inLink = true;
      if (isSkippedElement(a, skip)) {
        skipped = true;
        break;
      }
    }
    if (skipped || inLink) continue;
    // Inline wrappers (b, span) do not make a container: credit the nearest block ancestor.
    while (
      parent &&
      /^(B|STRONG|SPAN|EM|I|U|FONT|MARK|SMALL|SUB|SUP|GCTX-FIGURE)$/.test(parent.tagName.toUpperCase())
    ) {
      parent = parent.parentElement;
    }
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  return scores;
}

/** Letters in an element, whitespace left out. */
function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

/** The article container of a page no adapter knows: itemprop=articleBody, a single <article>,
 * or the densest block of paragraph text. Null when nothing holds enough text. */
function findGenericBody(
  doc: Document,
  skip: Pick<CollectOptions, 'exclude' | 'excludeClass'>,
): { root: Element; method: string } | null {
  const itemprop = doc.querySelector('[itemprop="articleBody"]');
  if (itemprop && textLength(itemprop) >= MIN_BODY_CHARS)
    return { root: itemprop, method: 'generic:itemprop' };
  const articles = Array.from(doc.querySelectorAll('article')).filter((a) => textLength(a) >= MIN_BODY_CHARS);
  if (articles.length === 1) return { root: articles[0]!, method: 'generic:article' };
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of densityScores(doc, skip)) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (best && bestScore >= MIN_BODY_CHARS) return { root: best, method: 'generic:density' };
  return null;
}

/** What the reader leaves out of a page's text: noise boxes, and the adapter's own exclusions. */
export function skipFor(adapter: SiteAdapter | undefined): Pick<CollectOptions, 'exclude' | 'excludeClass'> {
  return { excludeClass: NOISE_CLASS, exclude: adapter?.exclude?.join(',') };
}

/**
 * The article container: the site adapter's, else NDsoft markup (many regional outlets share
 * that CMS), else generic detection. `method` says which ("naver", "ndsoft", "generic:density").
 */
export function findBody(
  doc: Document,
  adapter: SiteAdapter | undefined,
): { root: Element; method: string } | null {
  for (const a of [adapter, NDSOFT_ADAPTER]) {
    if (!a) continue;
    const el = firstMatch(doc, a.body);
    if (el && textLength(el) >= MIN_BODY_CHARS) return { root: el, method: a === adapter ? a.id : 'ndsoft' };
  }
  return findGenericBody(doc, skipFor(adapter));
}
