import { z } from 'zod';

/** The period a sentence ties a figure to, resolved against the article's date. */
export const FigureScope = z.strictObject({
  /** the words that set it ("2027년까지", "향후 10년간", "올해"), or null when the sentence has none */
  label: z.string().nullable(),
  from: z.number().int().optional(),
  until: z.number().int().optional(),
  /** the date the article reports counts as of (YYYY-MM-DD), when known */
  asOf: z.string().optional(),
});
export type FigureScope = z.infer<typeof FigureScope>;

const UNTIL = /(19|20)(\d{2})년\s*(?:까지|말까지|이내)/;
const SPAN = /(?:향후|앞으로|오는)?\s*(\d{1,2})년\s*(?:간|동안)/;
const FISCAL = /(19|20)(\d{2})년도|(19|20)(\d{2})년\s*(?:예산|본예산|예산안)/;
const COMPARISON_BASE = /^\s*\S{0,6}?(?:보다|대비|에 비해)/;
const RELATIVE: ReadonlyArray<readonly [RegExp, number]> = [
  [/올해|금년|올 한 해/, 0],
  [/내년|이듬해|다음 해/, 1],
  [/지난해|작년|전년/, -1],
];

/**
 * Reads the period a sentence states for its figures. `articleDate` is YYYY-MM-DD (or null when
 * unknown: relative words then stay unresolved). The nearest period words before the figure
 * win over words after it. Never throws.
 */
export function resolveScope(
  sentence: string,
  figureOffset: number,
  articleDate: string | null,
): FigureScope {
  const year = articleDate ? Number(articleDate.slice(0, 4)) : null;
  const scope: FigureScope = { label: null };
  if (articleDate) scope.asOf = articleDate;
  // Prefer the words before the figure; fall back to the whole sentence.
  for (const text of [sentence.slice(0, figureOffset), sentence]) {
    const until = text.match(UNTIL);
    if (until) return { ...scope, label: until[0], until: Number(until[1]! + until[2]!) };
    const span = text.match(SPAN);
    if (span && year !== null) {
      const n = Number(span[1]);
      if (n > 0) return { ...scope, label: span[0].trim(), from: year, until: year + n - 1 };
    }
    const fiscal = text.match(FISCAL);
    if (fiscal) {
      const y = Number((fiscal[1] ?? fiscal[3])! + (fiscal[2] ?? fiscal[4])!);
      return { ...scope, label: fiscal[0], from: y, until: y };
    }
    if (year !== null) {
      for (const [re, delta] of RELATIVE) {
        const m = text.match(re);
        // "올해 본예산보다 10% 증가": the year is the comparison base, not the figure's period.
        if (m && !COMPARISON_BASE.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 10))) {
          return { ...scope, label: m[0], from: year + delta, until: year + delta };
        }
      }
    }
  }
  return scope;
}
