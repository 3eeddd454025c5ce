import { formatQuantity, formatQuantityEnglish } from '../shared/quantity/format-quantity';
import type {
  AnalysisReport,
  JudgedFigure,
  MetricHistory,
  PageReading,
  ReportDiscrepancy,
  ReportStatement,
} from '../shared/report';
import type { Metric } from '../shared/store-schema';
import { explainFigureBoth } from '../shared/wording/explain-figure';
import { readClaimFrame, type Span } from './claim-frame';
import { detectTopic, type TopicVerdict } from './detect-topic';
import type { FactIndex } from './fact-index';
import { judgeFigure } from './judge-figure';
import { centreReferents, linkByValue, linkFigure, ownedHits, type SentenceFigures } from './link-figure';
import { agreeingObservations, sourceDate } from './stored-values';

// The page's report: each figure read, framed (claim-frame.ts), tied to a metric (link-figure.ts)
// and judged (judge-figure.ts), with the metrics, prior statements and discrepancies it brings.

function pickStatements(index: FactIndex, metrics: Metric[], pageText: string, limit = 6): ReportStatement[] {
  const topicWeight = new Map<string, number>();
  for (const m of metrics) topicWeight.set(m.topic, (topicWeight.get(m.topic) ?? 0) + 1);
  const scored = new Map<string, { score: number; date: string }>();
  for (const [topic, weight] of topicWeight) {
    for (const s of index.statementsByTopic.get(topic) ?? []) {
      if (pageText.includes(s.quote)) continue; // the page itself quotes it: not a prior statement
      const cur = scored.get(s.id) ?? { score: 0, date: s.date };
      cur.score += weight;
      scored.set(s.id, cur);
    }
  }
  const byId = new Map(index.store.statements.map((s) => [s.id, s]));
  const entities = new Map(index.store.entities.map((e) => [e.id, e]));
  return [...scored]
    .sort((a, b) => b[1].score - a[1].score || b[1].date.localeCompare(a[1].date))
    .slice(0, limit)
    .map(([id]) => {
      const s = byId.get(id)!;
      const speaker = entities.get(s.speaker);
      const source = index.sourceById.get(s.source);
      return {
        id: s.id,
        speaker: speaker?.name ?? { ko: s.speaker, en: s.speaker },
        role: speaker?.role ?? null,
        date: s.date,
        quote: s.quote,
        topics: s.topics,
        source: s.source,
        outlet: source?.outlet ?? { ko: s.source, en: s.source },
      };
    });
}

/** Every observation of a metric, formatted for the card, oldest source first. */
export function metricHistory(index: FactIndex, metric: Metric): MetricHistory {
  return {
    id: metric.id,
    name: metric.name,
    unit: metric.unit,
    topic: metric.topic,
    history: (index.observationsByMetric.get(metric.id) ?? []).map((o) => {
      const s = index.sourceById.get(o.source);
      return {
        id: o.id,
        figure: { ko: formatQuantity(o), en: formatQuantityEnglish(o) },
        value: o.value,
        unit: o.unit,
        kind: o.kind,
        scope: o.scope.label,
        outlet: s ? s.outlet : { ko: o.source, en: o.source },
        date: sourceDate(index, o),
        url: s?.url ?? null,
        headline: s?.headline ?? '',
        quote: o.quote,
        origin: index.fromPack.has(o.id) ? ('user' as const) : ('bundled' as const),
      };
    }),
  };
}

/** Options for judgePage. */
export interface JudgeOptions {
  /** list the figures of a page that is not a target too, all unknown (analyze --all) */
  all?: boolean;
  /** a topic verdict the caller already has (tests of the judge alone); else detectTopic decides */
  verdict?: TopicVerdict;
}

/**
 * Decides whether a page reading is a Gwangju AI-policy article (detectTopic), judges every
 * figure of one against the store and collects the page's discrepancies (the store's own, for
 * metrics on the page, and the page's figures that disagree) and the prior statements on its
 * topics. Pure; never throws on a valid reading.
 */
export function judgePage(
  index: FactIndex,
  reading: PageReading,
  options: JudgeOptions = {},
): AnalysisReport {
  const verdict = options.verdict ?? detectTopic(reading.text, reading.article.title);
  const histories = new Map<string, MetricHistory>();
  const metricHistoryOf = (m: Metric) => {
    const h = histories.get(m.id) ?? metricHistory(index, m);
    histories.set(m.id, h);
    return h;
  };
  const detected = verdict.detected;
  const figures: JudgedFigure[] = [];
  const linked: Metric[] = [];
  const discrepancies = new Map<string, ReportDiscrepancy>();
  // Figures of one sentence share it: each word belongs to the figure nearest it.
  const bySentence = new Map<number, Span[]>();
  for (const f of reading.figures) {
    const key = f.start - f.sentenceOffset;
    const spans = bySentence.get(key) ?? [];
    spans.push({ start: f.sentenceOffset, end: f.sentenceOffset + f.text.length });
    bySentence.set(key, spans);
  }
  const centres = detected ? centreReferents(index, reading.text, [...bySentence.keys()]) : new Map();
  for (const f of detected || options.all ? reading.figures : []) {
    const spans = bySentence.get(f.start - f.sentenceOffset)!;
    const ctx: SentenceFigures = {
      spans,
      me: spans.findIndex((s) => s.start === f.sentenceOffset),
      centre: centres.get(f.start - f.sentenceOffset),
    };
    // Figures of a page that is not a Gwangju AI-policy article are listed, never judged.
    const owned = ownedHits(index, f, ctx);
    const frame = readClaimFrame(f, spans, ctx.me, owned);
    let link = detected ? linkFigure(index, f, ctx, frame.kind) : null;
    if (detected && (!link || agreeingObservations(index, link.metric, f).length === 0))
      link = linkByValue(index, f) ?? link;
    // A metric the store holds no value of has nothing to show as context: the figure is unknown.
    if (link && (index.observationsByMetric.get(link.metric.id) ?? []).length === 0) link = null;
    if (!link) {
      const unknown = {
        ...f,
        metric: null,
        metricName: null,
        status: 'unknown' as const,
        facts: [],
        discrepancies: [],
        // what the figure's words say, even unjudged: the add-a-fact form starts from it
        frame: detected ? frame : null,
        evidence: null,
        origin: 'bundled' as const,
      };
      figures.push({ ...unknown, explanation: explainFigureBoth(unknown, undefined) });
      continue;
    }
    const metric = link.metric;
    linked.push(metric);
    const j = judgeFigure(index, link, f, frame);
    const history = metricHistoryOf(metric);
    const judged = {
      ...f,
      metric: metric.id,
      metricName: metric.name,
      status: j.status,
      facts: j.facts,
      discrepancies: (index.discrepanciesByMetric.get(metric.id) ?? []).map((d) => d.id),
      frame,
      evidence: { words: link.words, via: link.via, slot: j.slot },
      origin: j.facts.some((id) => index.fromPack.has(id)) ? ('user' as const) : ('bundled' as const),
    };
    const storeDiscrepancies = index.discrepanciesByMetric.get(metric.id) ?? [];
    for (const d of storeDiscrepancies) {
      discrepancies.set(d.id, {
        id: d.id,
        origin: 'store',
        kind: d.kind,
        metric: d.metric,
        summary: d.summary,
        note: d.note?.ko ?? null,
        observations: [...d.observations],
        figure: null,
        figureIndex: null,
      });
    }
    if (j.status === 'discrepancy') {
      const id = `page:${metric.id}:${f.start}`;
      discrepancies.set(id, {
        id,
        origin: 'page',
        kind: j.slot === 'period' ? 'period' : 'value',
        metric: metric.id,
        summary: explainFigureBoth(judged, history),
        note: null,
        observations: j.facts,
        figure: f.text,
        figureIndex: figures.length,
      });
    }
    // The words are data for the page, attached here so the content script carries no wording code.
    figures.push({ ...judged, explanation: explainFigureBoth(judged, history) });
  }
  // A sentence that states a metric's stored value and another value of it ("국비 30억원과 … 올해
  //확보한 국비 626억원에 포함돼") is telling parts or other quantities, not contradicting itself.
  figures.forEach((f, i) => {
    if (f.status !== 'discrepancy' || f.evidence?.slot !== 'value') return;
    const sentence = f.start - f.sentenceOffset;
    const sibling = figures.some(
      (g) =>
        g !== f &&
        g.start - g.sentenceOffset === sentence &&
        g.metric === f.metric &&
        g.status === 'consistent',
    );
    if (!sibling) return;
    discrepancies.delete(`page:${f.metric}:${f.start}`);
    const all = index.observationsByMetric.get(f.metric!) ?? [];
    const judged = {
      ...f,
      status: 'related' as const,
      facts: all.map((o) => o.id),
      origin: all.some((o) => index.fromPack.has(o.id)) ? ('user' as const) : ('bundled' as const),
      evidence: { ...f.evidence, slot: 'sibling' as const },
    };
    figures[i] = {
      ...judged,
      explanation: explainFigureBoth(judged, metricHistoryOf(index.metricById.get(f.metric!)!)),
    };
  });
  return {
    url: reading.url,
    detected,
    score: verdict.score,
    reasons: verdict.reasons,
    article: reading.article,
    figures,
    statements: detected ? pickStatements(index, linked, reading.text) : [],
    discrepancies: [...discrepancies.values()],
    metrics: Object.fromEntries(linked.map((m) => [m.id, metricHistoryOf(m)])),
    storeVersion: index.store.version,
  };
}
