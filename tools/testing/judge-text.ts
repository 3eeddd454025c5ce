import { buildFactIndex, type FactIndex } from '../../lib/judge/fact-index';
import { judgePage } from '../../lib/judge/judge';
import { readFigures } from '../../lib/judge/read/read-figures';
import type { AnalysisReport } from '../../lib/shared/report';
import { bundledStore } from '../../lib/store/bundled-store';

let bundledIndex: FactIndex | null = null;

/**
 * Judges a body text as if it were a detected Gwangju AI-policy article published on `date`
 * (YYYY-MM-DD) under `headline`, against the bundled store (or `index`): the judge alone,
 * without extraction or detection.
 */
export function judgeText(text: string, date: string, index?: FactIndex, headline = 't'): AnalysisReport {
  bundledIndex ??= buildFactIndex(bundledStore);
  const publishedAt = `${date}T09:00:00+09:00`;
  return judgePage(
    index ?? bundledIndex,
    {
      url: 'https://example.test/a',
      article: { title: headline, outlet: 'o', publishedAt, textLength: text.length, method: 'test' },
      figures: readFigures(text, publishedAt, headline),
      text,
    },
    { verdict: { detected: true, score: 1, reasons: [] } },
  );
}
