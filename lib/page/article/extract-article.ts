import { type CollectOptions, collectText, type TextSegment } from './collect-text';
import { findBody, firstMatch, MIN_BODY_CHARS, skipFor } from './find-body';
import { findAdapter, type SiteAdapter } from './site-adapters';

/** An article read from a page: metadata, body text, and the map back to DOM text nodes. */
export interface ExtractedArticle {
  url: string;
  title: string;
  outlet: string | null;
  /** ISO 8601 with offset (KST when the page gives a local time), or null */
  publishedAt: string | null;
  text: string;
  segments: TextSegment[];
  root: Element;
  /** how the body was found: "naver", "generic:itemprop", "generic:density" ... */
  method: string;
}

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  publisher?: { name?: string };
  articleBody?: string;
}

// <meta> tags live in <head>: reading them there keeps a 50,000-element page from being walked
// once per missing tag.
function meta(doc: Document, ...names: string[]): string | null {
  const metas = Array.from((doc.head ?? doc).querySelectorAll('meta'));
  for (const name of names) {
    const el = metas.find((m) => m.getAttribute('property') === name || m.getAttribute('name') === name);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

function readJsonLd(doc: Document): JsonLdArticle | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      const items = (Array.isArray(data) ? data : [data]).flatMap((d: unknown) =>
        d && typeof d === 'object' && '@graph' in d ? ((d as { '@graph': unknown[] })['@graph'] ?? []) : [d],
      );
      for (const item of items) {
        const type = (item as { '@type'?: unknown })?.['@type'];
        const types = Array.isArray(type) ? type : [type];
        if (types.some((t) => typeof t === 'string' && /NewsArticle|Article|ReportageNewsArticle/.test(t))) {
          return item as JsonLdArticle;
        }
      }
    } catch {
      // malformed JSON-LD is common; ignore it
    }
  }
  return null;
}

const pad = (n: string | undefined) => (n ?? '0').padStart(2, '0');

/**
 * Reads a date-time as Korean sites print it ("2021-03-03 21:10:00", "2021.03.03. 오후 9:10",
 * "2021. 3. 3. 21:10", "2021년01월29일 14:52", ISO) as ISO 8601; local times are KST (+09:00).
 * Null when no date is found.
 */
export function parseKoreanDateTime(text: string): string | null {
  const iso = text.match(
    /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?/,
  );
  if (iso) {
    const zone = iso[7] ? (iso[7] === 'Z' ? 'Z' : iso[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '+09:00';
    return `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${pad(iso[6])}${zone}`;
  }
  const m = text.match(
    /(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*[.일]?\s*(?:\([^)]{1,3}\)\s*)?(?:(오전|오후|AM|PM)\s*)?(?:(\d{1,2}):(\d{2})(?::(\d{2}))?)?/i,
  );
  if (!m) return null;
  let hour = Number(m[5] ?? 0);
  const half = m[4]?.toUpperCase();
  if ((half === '오후' || half === 'PM') && hour < 12) hour += 12;
  if ((half === '오전' || half === 'AM') && hour === 12) hour = 0;
  return `${m[1]}-${pad(m[2])}-${pad(m[3])}T${pad(String(hour))}:${pad(m[6])}:${pad(m[7])}+09:00`;
}

function readTime(
  doc: Document,
  adapter: SiteAdapter | undefined,
  jsonLd: JsonLdArticle | null,
): string | null {
  if (adapter?.time) {
    const el = firstMatch(doc, adapter.time);
    if (el) {
      for (const attr of adapter.datetimeAttr ?? ['datetime']) {
        const v = el.getAttribute(attr);
        const parsed = v ? parseKoreanDateTime(v) : null;
        if (parsed) return parsed;
      }
      const parsed = parseKoreanDateTime(el.textContent ?? '');
      if (parsed) return parsed;
    }
  }
  const candidates = [
    meta(doc, 'article:published_time', 'og:article:published_time', 'pubdate', 'publish-date', 'date'),
    jsonLd?.datePublished ?? null,
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
  ];
  for (const c of candidates) {
    const parsed = c ? parseKoreanDateTime(c) : null;
    if (parsed) return parsed;
  }
  return null;
}

function readOutlet(
  doc: Document,
  adapter: SiteAdapter | undefined,
  jsonLd: JsonLdArticle | null,
): string | null {
  // Portals carry other outlets' stories: the story's outlet comes first, the portal's never.
  if (adapter?.outletSelectors) {
    const el = firstMatch(doc, adapter.outletSelectors);
    const name = (el?.getAttribute('alt') ?? el?.textContent ?? '').trim();
    if (name) return name;
    const author = meta(doc, 'og:article:author', 'article:author', 'dable:author');
    if (author) return author.split('|')[0]!.trim();
  }
  if (adapter?.outlet) return adapter.outlet;
  return jsonLd?.publisher?.name ?? meta(doc, 'og:site_name', 'twitter:site') ?? null;
}

function readTitle(doc: Document, adapter: SiteAdapter | undefined, jsonLd: JsonLdArticle | null): string {
  const el = firstMatch(doc, adapter?.title);
  const fromAdapter = el?.textContent?.trim();
  return (
    fromAdapter ||
    jsonLd?.headline?.trim() ||
    meta(doc, 'og:title', 'twitter:title') ||
    doc.querySelector('h1')?.textContent?.trim() ||
    doc.title.trim()
  );
}

/**
 * Extracts the article from a page: adapter selectors first, then NDsoft markup, then generic
 * detection (itemprop=articleBody, a single <article>, text density). Returns null when the
 * page has no body text worth reading (a front page, an empty or broken document).
 */
export function extractArticle(
  doc: Document,
  url: string,
  options: Pick<CollectOptions, 'isHidden'> = {},
): ExtractedArticle | null {
  if (!doc.documentElement || !doc.body) return null; // an empty or broken document
  const adapter = findAdapter(url);
  const jsonLd = readJsonLd(doc);
  const skip = skipFor(adapter);
  const found = findBody(doc, adapter);
  if (!found) return null;
  const { root, method } = found;
  const { text, segments } = collectText(root, { ...skip, isHidden: options.isHidden });
  if (text.replace(/\s+/g, '').length < MIN_BODY_CHARS / 2) return null;
  return {
    url,
    title: readTitle(doc, adapter, jsonLd),
    outlet: readOutlet(doc, adapter, jsonLd),
    publishedAt: readTime(doc, adapter, jsonLd),
    text,
    segments,
    root,
    method,
  };
}
