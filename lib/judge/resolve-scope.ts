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

interface PeriodWords {
  start: number;
  end: number;
  label: string;
  from?: number;
  until?: number;
}

const UNTIL = /((?:19|20)\d{2})년\s*(?:까지|말까지|이내)/g;
const SPAN = /(?:(?:향후|앞으로|오는)\s*)?(\d{1,2})년\s*(?:간|동안)/g;
const FISCAL = /((?:19|20)\d{2})년도|((?:19|20)\d{2})년\s*(?:예산|본예산|예산안)/g;
const RELATIVE: ReadonlyArray<readonly [RegExp, number]> = [
  [/올해|금년|올 한 해/g, 0],
  [/내년|이듬해|다음 해/g, 1],
  [/지난해|작년|전년/g, -1],
];
// "올해 본예산보다 10% 증가": the year is the comparison base, not the figure's period.
const COMPARISON_BASE = /^\s*\S{0,6}?(?:보다|대비|에 비해)/;

/** Every set of period words in a sentence, resolved against the article year when relative. */
function periodWords(sentence: string, year: number | null): PeriodWords[] {
  const found: PeriodWords[] = [];
  const at = (m: RegExpMatchArray) => ({ start: m.index!, end: m.index! + m[0].length, label: m[0].trim() });
  for (const m of sentence.matchAll(UNTIL)) found.push({ ...at(m), until: Number(m[1]) });
  for (const m of sentence.matchAll(FISCAL)) {
    const y = Number(m[1] ?? m[2]);
    found.push({ ...at(m), from: y, until: y });
  }
  if (year === null) return found;
  for (const m of sentence.matchAll(SPAN)) {
    const n = Number(m[1]);
    if (n > 0) found.push({ ...at(m), from: year, until: year + n - 1 });
  }
  for (const [re, delta] of RELATIVE) {
    for (const m of sentence.matchAll(re)) {
      const after = sentence.slice(m.index! + m[0].length, m.index! + m[0].length + 10);
      if (!COMPARISON_BASE.test(after)) found.push({ ...at(m), from: year + delta, until: year + delta });
    }
  }
  return found;
}

/**
 * Reads the period a sentence states for the figure at `figureOffset`. `articleDate` is
 * YYYY-MM-DD, or null when unknown (relative words then stay unresolved). The nearest period
 * words before the figure win; failing those, the nearest after it. Never throws.
 */
export function resolveScope(
  sentence: string,
  figureOffset: number,
  articleDate: string | null,
): FigureScope {
  const year = articleDate ? Number(articleDate.slice(0, 4)) : null;
  const base: FigureScope = articleDate ? { label: null, asOf: articleDate } : { label: null };
  const words = periodWords(sentence, year);
  const before = words.filter((w) => w.end <= figureOffset).sort((a, b) => b.end - a.end)[0];
  const after = words.filter((w) => w.start >= figureOffset).sort((a, b) => a.start - b.start)[0];
  const chosen = before ?? after;
  if (!chosen) return base;
  return {
    ...base,
    label: chosen.label,
    ...(chosen.from !== undefined ? { from: chosen.from } : {}),
    ...(chosen.until !== undefined ? { until: chosen.until } : {}),
  };
}
