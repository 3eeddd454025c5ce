import { scanQuantities } from '../../shared/quantity/parse-quantity';
import type { Quantity, UnitCode } from '../../shared/quantity/types';
import type { ArticleText, FigureReading, PageReading } from '../../shared/report';
import { resolveScope } from './resolve-scope';
import { type SentenceSpan, sentenceAt, splitSentences } from './sentences';

// Text only, no DOM: runs in the background (the page sends its article text, and the figures
// are read off the page's main thread) and in the Node tools.

// Calendar years and durations set a figure's scope; they are not figures to check themselves.
const SCOPE_UNITS: ReadonlySet<UnitCode> = new Set(['year', 'years', 'months']);

/** True for quantities the extension marks and judges (not years, durations). */
export function isCheckableFigure(q: Quantity): boolean {
  return !SCOPE_UNITS.has(q.unit);
}

// A run-on "sentence" (a table, a list with no full stops, a hostile page) is cut to a window
// around the figure: the words that tie a figure to a metric are near it, and the cost of
// reading each figure must not grow with the page.
const MAX_SENTENCE = 400;

function clip(span: SentenceSpan, start: number, end: number): SentenceSpan {
  const s = Math.min(span.start, start);
  const e = Math.max(span.end, end);
  if (e - s <= MAX_SENTENCE) return { start: s, end: e };
  const half = MAX_SENTENCE / 2;
  return { start: Math.max(s, start - half), end: Math.min(e, end + half) };
}

/** Every checkable figure in an article body, with its sentence and resolved scope. Never throws. */
export function readFigures(text: string, publishedAt: string | null, headline = ''): FigureReading[] {
  const sentences = splitSentences(text);
  const articleDate = publishedAt ? publishedAt.slice(0, 10) : null;
  const figures: FigureReading[] = [];
  for (const q of scanQuantities(text)) {
    if (!isCheckableFigure(q)) continue;
    const si = sentenceAt(sentences, q.start);
    const span = clip(si >= 0 ? sentences[si]! : { start: q.start, end: q.end }, q.start, q.end);
    const sentence = text.slice(span.start, span.end);
    const offset = q.start - span.start;
    const prev = si > 0 ? sentences[si - 1]! : null;
    const previousSentence = prev ? text.slice(Math.max(prev.start, prev.end - MAX_SENTENCE), prev.end) : '';
    figures.push({
      text: q.text,
      value: q.value,
      ...(q.max !== undefined ? { max: q.max } : {}),
      unit: q.unit,
      qualifier: q.qualifier,
      approximate: q.approximate,
      start: q.start,
      end: q.end,
      sentence,
      sentenceOffset: offset,
      previousSentence,
      scope: resolveScope(sentence, offset, articleDate, previousSentence, headline),
    });
  }
  return figures;
}

/** An article text with its figures read: what the judge takes. */
export function withFigures(page: ArticleText): PageReading {
  return {
    ...page,
    figures: readFigures(page.text, page.article.publishedAt, page.article.title),
  };
}
