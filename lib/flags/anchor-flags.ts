import search from 'approx-string-match';
import type { FlagAnchor } from '../shared/flag-anchor';

/** A mark as the re-anchoring sees it: its figure index and its quote in the page's DOM text now. */
export interface MarkQuote {
  index: number;
  quote: FlagAnchor['quote'];
}

/** Where the reader's flags landed: [figure index, flags] pairs, and the flags whose sentence is gone. */
export interface AnchoredFlags {
  byFigure: [number, FlagAnchor[]][];
  lost: FlagAnchor[];
}

// How many edits the words around a figure may have taken before a flag no longer anchors:
// about a third of the context (a re-rendered page, a corrected typo, a changed particle).
const CONTEXT_ERRORS = 1 / 3;

/** Fewest edits turning `pattern` into some stretch of `text` (approx-string-match, Myers' algorithm); Infinity past `max`. */
function errors(text: string, pattern: string, max: number): number {
  if (!pattern) return 0;
  let best = Number.POSITIVE_INFINITY;
  for (const m of search(text, pattern, Math.floor(max))) best = Math.min(best, m.errors);
  return best;
}

/**
 * Finds each flag's figure again in the current page: first the marks whose text is the flag's
 * exact text (then one edit away), then the one whose surrounding words are closest to the
 * flag's prefix and suffix, within CONTEXT_ERRORS. Pure; the work is flags × marks with the same
 * text, each a short fuzzy search. Runs in the background: the page sends its marks' quotes.
 */
export function anchorFlags(flags: readonly FlagAnchor[], marks: readonly MarkQuote[]): AnchoredFlags {
  const byFigure = new Map<number, FlagAnchor[]>();
  const lost: FlagAnchor[] = [];
  for (const flag of flags) {
    const exact = marks.filter((m) => m.quote.exact === flag.quote.exact);
    const candidates = exact.length
      ? exact
      : marks.filter((m) => errors(m.quote.exact, flag.quote.exact, 1) <= 1);
    let best: { index: number; cost: number } | null = null;
    for (const m of candidates) {
      const pre = flag.quote.prefix.trim();
      const suf = flag.quote.suffix.trim();
      const budget = (pre.length + suf.length) * CONTEXT_ERRORS;
      const cost = errors(m.quote.prefix, pre, budget) + errors(m.quote.suffix, suf, budget);
      if (cost <= budget && (!best || cost < best.cost)) best = { index: m.index, cost };
    }
    if (!best) lost.push(flag);
    else byFigure.set(best.index, [...(byFigure.get(best.index) ?? []), flag]);
  }
  return { byFigure: [...byFigure], lost };
}
