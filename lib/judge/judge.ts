import { convertValue, intervalsAgree, valueInterval } from '../quantity/compare';
import { formatQuantity, formatQuantityEnglish } from '../quantity/format-quantity';
import { intervalInMetricUnit } from '../store/derive';
import type { Metric, Observation } from '../store/schema';
import { type FactIndex, findTerms, type TermHit } from './fact-index';
import type {
  AnalysisReport,
  FigureReading,
  FigureStatus,
  JudgedFigure,
  MetricHistory,
  PageReading,
  ReportDiscrepancy,
  ReportStatement,
} from './report';

// ---- linking a figure to a metric ------------------------------------------------------------

// Commas, list marks and clause endings separate list items: "일자리 2만7500명, 창업 2000개".
const CLAUSE_BREAK = /[,，;·△▲○■]|\s-\s/;
const PREVIOUS_SENTENCE_WEIGHT = 0.35;
const MIN_LINK_SCORE = 0.6;
const TARGET_CUE = /목표|계획|예정|하겠다|방침|기대|전망|조성한다|육성한다/;
const ACTUAL_CUE = /현재|했으며|했다|됐다|배출|개소|설립|근무|지원하는|참석/;

/** Whether a metric holds only actuals, only plans (targets, budgets, forecasts), or both. */
function metricKindOf(index: FactIndex, metricId: string): 'actual' | 'plan' | 'mixed' {
  const obs = index.observationsByMetric.get(metricId) ?? [];
  const actual = obs.some((o) => o.kind === 'actual');
  const plan = obs.some((o) => o.kind !== 'actual');
  return actual && plan ? 'mixed' : actual ? 'actual' : 'plan';
}

/** The dominant kind of a metric's observations: "actual", or "plan" for targets, budgets, plans. */
function metricKind(index: FactIndex, metric: Metric): 'actual' | 'plan' {
  const obs = index.observationsByMetric.get(metric.id) ?? [];
  const actual = obs.filter((o) => o.kind === 'actual').length;
  return actual * 2 > obs.length ? 'actual' : 'plan';
}

function agreesWith(index: FactIndex, metric: Metric, f: FigureReading): boolean {
  const v = convertValue(f.value, f.unit, metric.unit);
  if (v === null) return false;
  const fi = valueInterval(
    v,
    f.qualifier,
    f.max === undefined ? undefined : (convertValue(f.max, f.unit, metric.unit) ?? undefined),
  );
  return (index.observationsByMetric.get(metric.id) ?? []).some((o) => {
    const oi = intervalInMetricUnit(o, metric);
    return oi !== null && intervalsAgree(fi, oi);
  });
}

/** Proximity weight of a dictionary hit for the figure at [fs, fe) of `sentence`. */
function proximity(sentence: string, hit: TermHit, fs: number, fe: number): number {
  const before = hit.end <= fs;
  const after = hit.start >= fe;
  if (!before && !after) return 0; // overlaps the figure itself ("1조원" as a keyword)
  const gapText = before ? sentence.slice(hit.end, fs) : sentence.slice(fe, hit.start);
  const sameClause = !CLAUSE_BREAK.test(gapText);
  const distance = gapText.length;
  // A keyword anywhere in the sentence says something about the topic; nearness says more.
  return 0.25 + (1 / (1 + distance / 6)) * (sameClause ? 1 : 0.3) * (before ? 1 : 0.8);
}

/**
 * The store metric a figure is about, from the words around it in its sentence: metric keywords
 * and entity aliases weighted by length and nearness (same clause first), the figure's unit, cues
 * of target vs actual, and whether the store knows the value. Null when nothing ties it.
 * Cost depends on the sentence, not on the size of the store.
 */
export function linkFigure(index: FactIndex, f: FigureReading): Metric | null {
  const fs = f.sentenceOffset;
  const fe = fs + f.text.length;
  // Per metric, each distinct word counts once (its best placement): a keyword repeated across
  // a list ("(5대 중점과제) ... (4대 중점과제)") must not outvote the word next to the figure.
  const best = new Map<number, Map<string, number>>();
  const add = (mi: number, word: string, score: number) => {
    const m = index.metrics[mi]!;
    if (convertValue(f.value, f.unit, m.unit) === null) return;
    const words = best.get(mi) ?? new Map<string, number>();
    best.set(mi, words);
    words.set(word, Math.max(words.get(word) ?? 0, score));
  };
  // Anchor words may stand in the sentence before: "1단계 사업으로 … 조성한다. 사업비만 국비 2798억원 등 …".
  const anchored = new Set<number>();
  for (const hit of findTerms(index, f.sentence)) {
    for (const mi of hit.anchors) anchored.add(mi);
    const near = proximity(f.sentence, hit, fs, fe);
    if (near === 0) continue;
    const weight = Math.min(3, 0.6 + hit.word.length * 0.3);
    for (const mi of hit.metrics) add(mi, hit.word, weight * near);
    // An entity alias alone is weak evidence ("GGM" says nothing of which GGM number).
    if (hit.entity)
      for (const mi of index.metricsByEntity.get(hit.entity) ?? [])
        add(mi, `entity:${hit.entity}`, 0.3 * near);
  }
  // The sentence before often names the subject a figure continues ("… 120개사로 늘었다. 지난 3월
  // 82개사에서 …"). Its anchors count; its cue words only when the figure's own sentence has
  // none, and then only for a value the store knows.
  const previous = findTerms(index, f.previousSentence);
  for (const hit of previous) for (const mi of hit.anchors) anchored.add(mi);
  const fromPreviousOnly = best.size === 0;
  if (fromPreviousOnly) {
    for (const hit of previous) {
      const weight = Math.min(3, 0.6 + hit.word.length * 0.3);
      for (const mi of hit.metrics) add(mi, `prev:${hit.word}`, weight * PREVIOUS_SENTENCE_WEIGHT);
    }
  }
  const scores = new Map<number, { score: number; keyword: boolean }>();
  for (const [mi, words] of best) {
    let score = 0;
    let keyword = false;
    for (const [word, s] of words) {
      score += s;
      if (!word.startsWith('entity:')) keyword = true;
    }
    scores.set(mi, { score, keyword });
  }
  const target = TARGET_CUE.test(f.sentence);
  const actual = ACTUAL_CUE.test(f.sentence);
  let chosen: { metric: Metric; score: number } | null = null;
  for (const [mi, s] of scores) {
    if (!s.keyword) continue;
    const metric = index.metrics[mi]!;
    // A metric with anchor words needs one nearby: "사업비" alone does not make a figure the AI
    // cluster's budget.
    if (metric.anchors.length > 0 && !anchored.has(mi)) continue;
    let score = s.score;
    // The store knowing this exact value for a metric the words point at is strong evidence.
    const known = agreesWith(index, metric, f);
    if (fromPreviousOnly && !known) continue;
    if (known) score += 2;
    const kind = metricKind(index, metric);
    if ((kind === 'plan' && target && !actual) || (kind === 'actual' && actual && !target)) score += 0.4;
    if (!chosen || score > chosen.score) chosen = { metric, score };
  }
  return chosen && chosen.score >= MIN_LINK_SCORE ? chosen.metric : null;
}

// ---- judging a linked figure -----------------------------------------------------------------

const DAY = 86_400_000;
const AS_OF_WINDOW_DAYS = 45;

function sourceDate(index: FactIndex, o: Observation): string {
  return index.sourceById.get(o.source)?.publishedAt.slice(0, 10) ?? '';
}

// Verbs that say a count was achieved, and words that say a number is a goal. Plain past tense
// ("발표했다", "편성했다") says neither: plans are reported in the past tense too.
const DONE = /현재|생산했|유치했|배출했|달성했|기록했|근무하|설립했|개소했|집계됐|수료했|입주했/;
const GOAL = /목표|계획|예정|하겠다|방침|기대된다|전망/;

const KIND_WINDOW = 24;

/** What the words around the figure say the number is: achieved, aimed at, or not clear. */
export function figureKind(f: FigureReading): 'actual' | 'plan' | 'unclear' {
  // Only the figure's neighbourhood: one sentence often holds a count and a goal
  // ("공정률 30%를 보이고 있는 공장은 … 10만대 양산을 목표로").
  const around = f.sentence.slice(
    Math.max(0, f.sentenceOffset - KIND_WINDOW),
    f.sentenceOffset + f.text.length + KIND_WINDOW,
  );
  const done = DONE.test(around);
  const goal = GOAL.test(around);
  return done && !goal ? 'actual' : goal && !done ? 'plan' : 'unclear';
}

/** Whether a stored observation speaks about the same scope as the figure. */
function sameScope(index: FactIndex, o: Observation, f: FigureReading): boolean {
  // A count of what was done is not comparable with a target, nor a target with a count.
  const kind = figureKind(f);
  if (
    kind !== 'unclear' &&
    (o.kind === 'actual') !== (kind === 'actual') &&
    metricKindOf(index, o.metric) !== 'mixed'
  ) {
    return false;
  }
  if (o.kind === 'actual' && o.scope.asOf) {
    // A running count (companies attracted so far) is comparable only near its as-of date.
    if (!f.scope.asOf) return true; // undated page: cannot tell, assume the same time
    return Math.abs(Date.parse(f.scope.asOf) - Date.parse(o.scope.asOf)) <= AS_OF_WINDOW_DAYS * DAY;
  }
  const fFrom = f.scope.from ?? Number.NEGATIVE_INFINITY;
  const fUntil = f.scope.until ?? Number.POSITIVE_INFINITY;
  const oFrom = o.scope.from ?? Number.NEGATIVE_INFINITY;
  const oUntil = o.scope.until ?? Number.POSITIVE_INFINITY;
  return !(fUntil < oFrom || oUntil < fFrom);
}

/** True when the figure states a term that contradicts an observation's stated term. */
function termConflicts(f: FigureReading, o: Observation): boolean | null {
  // A period carried over from the sentence before is context, not a claim about this figure.
  if (f.scope.inherited) return null;
  if (f.scope.until !== undefined && o.scope.until !== undefined) return f.scope.until !== o.scope.until;
  if (f.scope.years !== undefined && o.scope.from !== undefined && o.scope.until !== undefined) {
    return f.scope.years !== o.scope.until - o.scope.from + 1;
  }
  return null; // nothing to compare
}

function cite(index: FactIndex, o: Observation, lang: 'ko' | 'en'): string {
  const s = index.sourceById.get(o.source);
  const value = lang === 'ko' ? formatQuantity(o) : formatQuantityEnglish(o);
  return `${value} (${s ? s.outlet[lang] : o.source}, ${sourceDate(index, o)}, ${o.scope.label})`;
}

interface Judgment {
  status: FigureStatus;
  explanation: string;
  explanationEn: string;
  facts: string[];
  periodMismatch: boolean;
}

/** Status and explanation of a figure against the observations of its metric. */
export function judgeFigure(index: FactIndex, metric: Metric, f: FigureReading): Judgment {
  const all = index.observationsByMetric.get(metric.id) ?? [];
  const v = convertValue(f.value, f.unit, metric.unit) ?? f.value;
  const fi = valueInterval(v, f.qualifier, f.max);
  const compatible = all.filter((o) => sameScope(index, o, f));
  const agreeing = compatible.filter((o) => {
    const oi = intervalInMetricUnit(o, metric);
    return oi !== null && intervalsAgree(fi, oi);
  });
  const figKo = formatQuantity(f);
  const figEn = formatQuantityEnglish(f);
  const name = metric.name;
  const list = (obs: Observation[], lang: 'ko' | 'en') => obs.map((o) => cite(index, o, lang)).join('; ');

  if (agreeing.length > 0) {
    // Only a stated multi-year term can be contradicted by another term ("10년간" vs "2027년까지");
    // a fiscal-year budget in a sentence that also names 2045 is not a period claim.
    const isTerm = (o: Observation) =>
      o.scope.until !== undefined && (o.scope.from === undefined || o.scope.from < o.scope.until);
    const terms = agreeing.filter((o) => isTerm(o) && termConflicts(f, o) !== null);
    const periodMismatch = terms.length > 0 && terms.every((o) => termConflicts(f, o) === true);
    if (periodMismatch) {
      return {
        status: 'discrepancy',
        explanation: `기간이 다름: 이 기사는 ${figKo}을(를) "${f.scope.label}"로 적었지만, 사실 자료의 ${name.ko}는 ${list(terms, 'ko')}`,
        explanationEn: `Different period: this article gives ${figEn} "${f.scope.label}", the store has ${name.en} as ${list(terms, 'en')}`,
        facts: terms.map((o) => o.id),
        periodMismatch,
      };
    }
    return {
      status: 'consistent',
      explanation: `사실 자료와 일치: ${name.ko} ${list(agreeing, 'ko')}`,
      explanationEn: `Agrees with the store: ${name.en} ${list(agreeing, 'en')}`,
      facts: agreeing.map((o) => o.id),
      periodMismatch: false,
    };
  }
  if (compatible.length > 0) {
    return {
      status: 'discrepancy',
      explanation: `불일치: 이 기사는 ${figKo}, 사실 자료의 ${name.ko}는 ${list(compatible, 'ko')}`,
      explanationEn: `Discrepancy: this article says ${figEn}; the store has ${name.en} as ${list(compatible, 'en')}`,
      facts: compatible.map((o) => o.id),
      periodMismatch: false,
    };
  }
  return {
    status: 'related',
    explanation: `관련 자료(다른 시점·기간): ${name.ko} ${list(all, 'ko')}`,
    explanationEn: `Related (another date or period): ${name.en} ${list(all, 'en')}`,
    facts: all.map((o) => o.id),
    periodMismatch: false,
  };
}

// ---- the page --------------------------------------------------------------------------------

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
        speaker: speaker?.name.ko ?? s.speaker,
        role: speaker?.role ?? null,
        date: s.date,
        quote: s.quote,
        topics: s.topics,
        source: s.source,
        outlet: source?.outlet.ko ?? s.source,
        speakerEn: speaker?.name.en ?? s.speaker,
        outletEn: source?.outlet.en ?? s.source,
      };
    });
}

/** Every observation of a metric, formatted for the card, oldest source first. */
export function metricHistory(index: FactIndex, metric: Metric): MetricHistory {
  return {
    id: metric.id,
    name: metric.name,
    unit: metric.unit,
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
      };
    }),
  };
}

const UNKNOWN_KO = '사실 자료에 이 수치와 연결되는 지표가 없습니다';
const UNKNOWN_EN = 'No metric in the store is tied to this figure';

/**
 * Judges every figure of a page reading against the store and collects the page's
 * discrepancies (the store's own, for metrics on the page, and the page's figures that
 * disagree) and the prior statements on its topics. Pure; never throws on a valid reading.
 */
export function judgePage(index: FactIndex, reading: PageReading): AnalysisReport {
  const figures: JudgedFigure[] = [];
  const linked: Metric[] = [];
  const discrepancies = new Map<string, ReportDiscrepancy>();
  for (const f of reading.figures) {
    // Figures of a page that is not a Gwangju AI-policy article are listed, never judged.
    const metric = reading.detected ? linkFigure(index, f) : null;
    if (!metric) {
      figures.push({
        ...f,
        metric: null,
        metricName: null,
        status: 'unknown',
        explanation: UNKNOWN_KO,
        explanationEn: UNKNOWN_EN,
        facts: [],
        discrepancies: [],
      });
      continue;
    }
    linked.push(metric);
    const j = judgeFigure(index, metric, f);
    const storeDiscrepancies = index.discrepanciesByMetric.get(metric.id) ?? [];
    for (const d of storeDiscrepancies) {
      discrepancies.set(d.id, {
        id: d.id,
        origin: 'store',
        kind: d.kind,
        metric: d.metric,
        summary: d.summary.ko,
        summaryEn: d.summary.en,
        note: d.note?.ko ?? null,
        observations: [...d.observations],
        figure: null,
      });
    }
    if (j.status === 'discrepancy') {
      const id = `page:${metric.id}:${f.start}`;
      discrepancies.set(id, {
        id,
        origin: 'page',
        kind: j.periodMismatch ? 'period' : 'value',
        metric: metric.id,
        summary: j.explanation,
        summaryEn: j.explanationEn,
        note: null,
        observations: j.facts,
        figure: f.text,
      });
    }
    figures.push({
      ...f,
      metric: metric.id,
      metricName: metric.name,
      status: j.status,
      explanation: j.explanation,
      explanationEn: j.explanationEn,
      facts: j.facts,
      discrepancies: storeDiscrepancies.map((d) => d.id),
    });
  }
  return {
    url: reading.url,
    detected: reading.detected,
    score: reading.score,
    reasons: reading.reasons,
    article: reading.article,
    figures,
    statements: reading.detected ? pickStatements(index, linked, reading.text) : [],
    discrepancies: [...discrepancies.values()],
    metrics: Object.fromEntries(linked.map((m) => [m.id, metricHistory(index, m)])),
    storeVersion: index.store.version,
  };
}
