import { type FactIndex, findTerms } from '../lib/judge/fact-index';
import { linkFigure } from '../lib/judge/link-figure';
import type { PageReading } from '../lib/shared/report';
import type { ObservationKind } from '../lib/shared/store-schema';

/** A draft observation for a curator to review: the seeds' format plus review hints. */
export interface DraftObservation {
  id: string;
  metric: string;
  figure: string;
  value: number;
  unit: string;
  qualifier: string;
  kind: ObservationKind;
  scope: { key: string; label: string; from?: number; until?: number; asOf?: string };
  source: string;
  quote: string;
  note: string;
}

/** A draft statement: a direct quote found in the text with a guessed speaker. */
export interface DraftStatement {
  id: string;
  speaker: string;
  date: string;
  quote: string;
  topics: string[];
  source: string;
}

const BUDGET_CUE = /예산|사업비|국비|투입|투자|들여|편성/;
const ACTUAL_CUE = /현재|했으며|했다|됐다|배출|개소|설립|근무|지원하는|참석/;
const FORECAST_CUE = /예상|전망|기대|효과/;
const TARGET_CUE = /목표|계획|하겠다|예정|방침/;

function guessKind(sentence: string): ObservationKind {
  if (FORECAST_CUE.test(sentence)) return 'forecast';
  if (TARGET_CUE.test(sentence)) return 'target';
  if (BUDGET_CUE.test(sentence)) return 'budget';
  if (ACTUAL_CUE.test(sentence)) return 'actual';
  return 'plan';
}

// “…”라며 / "…"고 밝혔다: a quote followed by a reporting ending.
const QUOTE = /[“"]([^“”"\n]{8,400})[”"]\s*(?:이?라(?:며|면서|고|는)|며|면서|고)/g;

/**
 * Drafts fact entries from an analysed page for a human to review: one observation per figure
 * (metric guessed by the linker, or "TODO" when none), and the direct quotes with a guessed
 * speaker. Never writes anywhere; the caller prints.
 */
export function draftFacts(index: FactIndex, reading: PageReading, sourceId: string) {
  const date = reading.article.publishedAt?.slice(0, 10) ?? 'TODO';
  const observations: DraftObservation[] = reading.figures.map((f, i) => {
    const metric = linkFigure(index, f)?.metric ?? null;
    const kind = guessKind(f.sentence);
    return {
      id: `${sourceId}-${metric ? metric.id.slice(0, 40) : 'figure'}-${i + 1}`,
      metric: metric?.id ?? 'TODO',
      figure: f.text,
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      kind,
      scope: {
        key: kind === 'actual' ? `as-of-${date.slice(0, 7)}` : 'TODO',
        label: f.scope.label ?? 'TODO',
        ...(f.scope.from !== undefined ? { from: f.scope.from } : {}),
        ...(f.scope.until !== undefined ? { until: f.scope.until } : {}),
        ...(kind === 'actual' && f.scope.asOf ? { asOf: f.scope.asOf } : {}),
      },
      source: sourceId,
      quote: f.sentence,
      note: metric
        ? `REVIEW: metric guessed from the words around "${f.text}"`
        : 'REVIEW: no metric matched; add one to metrics.yaml or drop this entry',
    };
  });

  const people = index.store.entities.filter((e) => e.kind === 'person');
  const statements: DraftStatement[] = [];
  const text = reading.text;
  for (const m of text.matchAll(QUOTE)) {
    const quote = m[1]!.trim();
    // The speaker is usually named just before the quote: "이용섭 시장은 "…"라며".
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const speaker = people.find((p) => p.aliases.some((a) => before.includes(a)));
    const topics = [
      ...new Set(findTerms(index, quote).flatMap((h) => h.metrics.map((mi) => index.metrics[mi]!.topic))),
    ];
    statements.push({
      id: `${sourceId}-statement-${statements.length + 1}`,
      speaker: speaker?.id ?? 'TODO',
      date,
      quote,
      topics: topics.length > 0 ? topics : ['TODO'],
      source: sourceId,
    });
  }
  const source = {
    id: sourceId,
    file: 'TODO.txt',
    outlet: { ko: reading.article.outlet ?? 'TODO', en: 'TODO' },
    domain: safeHost(reading.url),
    url: reading.url.startsWith('http') ? reading.url : null,
    byline: 'TODO',
    headline: reading.article.title,
    publishedAt: reading.article.publishedAt ?? 'TODO',
  };
  return { source, observations, statements };
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
