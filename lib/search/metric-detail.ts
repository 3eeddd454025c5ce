import type { Bilingual } from '../shared/bilingual';
import type { Discrepancy, FactStore, Metric, Observation } from '../shared/store-schema';
import { inTimeOrder } from '../store/timeline';

// One metric as the popup's metric page shows it: every stored value with its source, the
// discrepancies among them, and what officials said on the metric's topic.

/** One observation with the source it comes from. */
export interface MetricHistoryItem {
  observation: Observation;
  outlet: Bilingual;
  /** the source's publication date, YYYY-MM-DD (KST) */
  date: string;
  url: string | null;
  headline: string;
  /** "user" when it comes from a fact pack (내 자료) */
  origin: 'bundled' | 'user';
}

/** A statement with its speaker and outlet spelled out. */
export interface MetricStatement {
  id: string;
  date: string;
  quote: string;
  topics: string[];
  source: string;
  speaker: { id: string; name: Bilingual; role: string | null };
  outlet: Bilingual;
  url: string | null;
}

export interface MetricDetail {
  metric: Metric;
  topic: Bilingual;
  /** oldest source first */
  history: MetricHistoryItem[];
  discrepancies: Discrepancy[];
  /** statements on the metric's topic, newest first, at most MAX_STATEMENTS */
  statements: MetricStatement[];
}

export const MAX_STATEMENTS = 8;

/** The metric with id `id` and everything the store says about it; null when there is none. */
export function metricDetail(store: FactStore, id: string): MetricDetail | null {
  const metric = store.metrics.find((m) => m.id === id);
  if (!metric) return null;
  const sourceById = new Map(store.sources.map((s) => [s.id, s]));
  const topic = store.topics.find((t) => t.id === metric.topic);

  const history = inTimeOrder(
    store.observations.filter((o) => o.metric === metric.id),
    sourceById,
  ).map((observation) => {
    const s = sourceById.get(observation.source);
    return {
      observation,
      outlet: s ? { ko: s.outlet.ko, en: s.outlet.en } : { ko: observation.source, en: observation.source },
      date: s ? s.publishedAt.slice(0, 10) : '',
      url: s?.url ?? null,
      headline: s?.headline ?? '',
      origin: s?.pack ? ('user' as const) : ('bundled' as const),
    };
  });

  const entityById = new Map(store.entities.map((e) => [e.id, e]));
  const statements = store.statements
    .map((s, order) => ({ s, order }))
    .filter(({ s }) => s.topics.includes(metric.topic))
    .sort((a, b) => b.s.date.localeCompare(a.s.date) || a.order - b.order)
    .slice(0, MAX_STATEMENTS)
    .map(({ s }): MetricStatement => {
      const speaker = entityById.get(s.speaker);
      const source = sourceById.get(s.source);
      return {
        id: s.id,
        date: s.date,
        quote: s.quote,
        topics: [...s.topics],
        source: s.source,
        speaker: {
          id: s.speaker,
          name: speaker ? { ko: speaker.name.ko, en: speaker.name.en } : { ko: s.speaker, en: s.speaker },
          role: speaker?.role ?? null,
        },
        outlet: source ? { ko: source.outlet.ko, en: source.outlet.en } : { ko: s.source, en: s.source },
        url: source?.url ?? null,
      };
    });

  return {
    metric,
    topic: topic ? { ko: topic.name.ko, en: topic.name.en } : { ko: metric.topic, en: metric.topic },
    history,
    discrepancies: store.discrepancies.filter((d) => d.metric === metric.id),
    statements,
  };
}
