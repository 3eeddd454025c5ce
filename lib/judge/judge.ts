import { isSyllable } from '../shared/hangul';
import { intervalsAgree, valueInterval } from '../shared/quantity/compare';
import { formatQuantity, formatQuantityEnglish } from '../shared/quantity/format-quantity';
import type {
  AnalysisReport,
  ClaimFrame,
  DecidingSlot,
  Evidence,
  FigureReading,
  FigureStatus,
  JudgedFigure,
  MetricHistory,
  PageReading,
  ReportDiscrepancy,
  ReportStatement,
} from '../shared/report';
import type { Metric, Observation } from '../shared/store-schema';
import { explainFigureBoth } from '../shared/wording/explain-figure';
import { intervalInMetricUnit, valueInMetricUnit } from '../store/derive';
import {
  CLAUSE_BREAK,
  inJoinedPhases,
  isBracketed,
  isFundingSource,
  namesBothPhases,
  ownerOf,
  owns,
  phaseNamedBefore,
  phaseOf,
  readClaimFrame,
  type Span,
  topicMarkAt,
  topicOf,
  withoutBrackets,
} from './claim-frame';
import { detectTopic, type TopicVerdict } from './detect-topic';
import { type FactIndex, findTerms, significantDigits, type TermHit } from './fact-index';
import {
  anotherBodysSentence,
  anotherPlacesThing,
  countsInstitutions,
  decimalSlip,
  effectNamedBefore,
  farFromAll,
  namesAList,
  nearSiblingValue,
  totalOfListed,
} from './withhold';

// ---- linking a figure to a metric ------------------------------------------------------------

const PHASE_WORD = /^[12]\s?단계$/;
const PREVIOUS_SENTENCE_WEIGHT = 0.35;
const MIN_LINK_SCORE = 0.6;
// A word nearer another figure of the sentence speaks for that figure ("150명 모집에 900명이 지원").
const OTHER_FIGURE_WEIGHT = 0.35;
const TARGET_CUE = /목표|계획|예정|하겠다|방침|기대|전망|조성한다|육성한다/;
const ACTUAL_CUE = /현재|했으며|했다|됐다|배출|개소|설립|근무|지원하는|참석/;

/** The figures of one sentence, as spans into it, and which of them is being linked. */
export interface SentenceFigures {
  spans: readonly Span[];
  me: number;
  /** The centre the article last named before this sentence, when the dictionary knows it
   * (see centreReferents): what a bare "센터" of the sentence stands for. */
  centre?: TermHit;
}

// A bare "센터" (not the end of a longer name: 데이터센터, 지원센터), as a word of its own.
const BARE_CENTRE = /(?<![가-힣A-Za-z])센터(?=[은는이가을를의에와과도로\s]|$)/g;
// The name of a centre as written ("국가AI데이터센터", "R&D센터", "창업지원센터").
const CENTRE_NAME = /[가-힣A-Za-z&]+센터/g;

/**
 * For each sentence start of `text`, the dictionary hit of the centre the text last named
 * before it, if the last centre named is one the dictionary knows ("국가AI데이터센터는 … 센터
 * 건립에는 국비와 NHN 투자금을 합쳐 3천억원": the 센터 is the data centre). A centre the
 * dictionary does not know, named later ("NHN R&D센터"), ends the carry.
 */
export function centreReferents(
  index: FactIndex,
  text: string,
  sentenceStarts: readonly number[],
): Map<number, TermHit> {
  const named = [...text.matchAll(CENTRE_NAME)].map((m) => {
    const end = m.index! + m[0].length;
    const hit = findTerms(index, m[0]).find((h) => h.end === m[0].length && h.metrics.length > 0);
    return { end, hit };
  });
  const out = new Map<number, TermHit>();
  let i = -1;
  for (const start of [...sentenceStarts].sort((a, b) => a - b)) {
    while (i + 1 < named.length && named[i + 1]!.end <= start) i++;
    const hit = named[i]?.hit;
    if (hit) out.set(start, hit);
  }
  return out;
}

/** A figure's tie to a metric, with the words that made it. */
export interface Link {
  metric: Metric;
  /** the dictionary words that tied it, strongest first */
  words: string[];
  via: Evidence['via'];
}

/** The dominant kind of a metric's observations: "actual", or "plan" for targets, budgets, plans. */
function metricKind(index: FactIndex, metric: Metric): 'actual' | 'plan' {
  const obs = index.observationsByMetric.get(metric.id) ?? [];
  const actual = obs.filter((o) => o.kind === 'actual').length;
  return actual * 2 > obs.length ? 'actual' : 'plan';
}

/** The figure's value interval in a metric's unit (range bounds converted too), or null. */
function figureInterval(f: FigureReading, metric: Metric) {
  const v = valueInMetricUnit(f.value, f.unit, metric);
  if (v === null) return null;
  const max = f.max === undefined ? undefined : (valueInMetricUnit(f.max, f.unit, metric) ?? undefined);
  return valueInterval(v, f.qualifier, max);
}

/** How far (a factor) a stored value may lie beyond an open bound ("N 이상", "N 이하") and agree. */
const OPEN_BOUND_REACH = 2;

function agreeingObservations(index: FactIndex, metric: Metric, f: FigureReading): Observation[] {
  const fi = figureInterval(f, metric);
  if (!fi) return [];
  return (index.observationsByMetric.get(metric.id) ?? []).filter((o) => {
    const oi = intervalInMetricUnit(o, metric);
    // Rounding slack only where a unit was converted (평 <-> ㎡): 4119억원 is not 4116억원.
    const converted = f.unit !== metric.unit || o.unit !== metric.unit;
    if (oi === null || !intervalsAgree(fi, oi, converted ? undefined : 0)) return false;
    // An open bound far from the stored value says nothing of it: "이 가운데 200억원 이상" is not
    // the 1000억원 fund, though 1000억 is above 200억.
    if (fi.hi === Number.POSITIVE_INFINITY) return oi.lo <= fi.lo * OPEN_BOUND_REACH;
    if (fi.lo === Number.NEGATIVE_INFINITY) return oi.hi >= fi.hi / OPEN_BOUND_REACH;
    return true;
  });
}

/** Proximity weight of a dictionary hit for the figure at [fs, fe) of `sentence`. */
function proximity(sentence: string, hit: TermHit, fs: number, fe: number): number {
  const before = hit.end <= fs;
  const after = hit.start >= fe;
  if (!before && !after) return 0; // overlaps the figure itself ("1조원" as a keyword)
  const gapText = withoutBrackets(before ? sentence.slice(hit.end, fs) : sentence.slice(fe, hit.start));
  const sameClause = !CLAUSE_BREAK.test(gapText);
  const distance = gapText.length;
  // A keyword anywhere in the sentence says something about the topic; nearness says more.
  return 0.25 + (1 / (1 + distance / 6)) * (sameClause ? 1 : 0.3) * (before ? 1 : 0.8);
}

// A word names the figure's metric "in its own clause" when it stands this close (characters
// between): "1단계 사업비 3900억원", "일자리 목표인 3만명", "데이터센터에 4000억원을".
const CLOSE_BEFORE = 8;
const CLOSE_AFTER = 6;
// "△시민참여형 AI 도시 만들기(4대 중점과제)": a count in brackets belongs to the item before it.
const CLOSE_PAREN = 16;
// Period words and a few fillers between a word and its figure do not distance them:
// "AI 전문 인재를 2027년까지 5천명", "사업비로 모두 4200억원".
const FILLER =
  /(?:19|20)\d{2}년(?:도|까지|부터|말까지|까지는)?|(?:향후|앞으로|오는)?\s?\d{1,2}년\s?(?:간|동안)|올해|내년|지난해|모두|총|약|보다|대비|[\d,.]+[천만억조\d,.]*(?:원|명|개|곳|개사)\s?(?:이\s?)?(?:더\s?)?(?:많은|적은|늘어난|줄어든|증가한|감소한|늘린|줄인|불어난)|\s/g;
const gapTo = (sentence: string, hit: TermHit, fs: number, fe: number) =>
  withoutBrackets(hit.end <= fs ? sentence.slice(hit.end, fs) : sentence.slice(fe, hit.start)).replace(
    FILLER,
    '',
  ).length;

/** Metric keywords that name an action or a property shared by many quantities, not a metric. */
const GENERIC_WORDS: ReadonlySet<string> = new Set([
  '사업비',
  '편성',
  '투입',
  '투자',
  '들여',
  '확보',
  '조성',
  '부지',
  '면적',
  '규모',
  '설립',
  '개소',
  // a property of any machine or service: "클라우드 서비스로, 연산 능력은 68.5PF"
  '연산 능력',
  '연산능력',
]);

const SUM_BETWEEN = /합쳐|합친|합하면|더해|더하면|포함해|포함한|합산/;
// "1단계 사업에 4300억원을 들여 데이터센터와 실증 장비를 갖췄다": what the money bought, named
// after the spending verb, is a part of the spending, not its name.
const BOUGHT_AFTER = /^(?:이|가|을|를)?\s?(?:들여|투입해|투입하여|투자해|투자하여)\s/;
// "데이터센터를 활용하는 '… 실증환경 조성' 사업비": a word that modifies the named thing is not its subject.
const MODIFIER_AFTER = /^(?:을|를)\s?(?:활용하는|활용한|이용하는|이용한|기반으로 한|기반으로 하는)\s/;
// "AI 집적단지와 맞닿은 2만3138㎡ 부지": a neighbour, named to place another site, neither names nor
// anchors the figure.
const NEIGHBOUR_AFTER = /^(?:와|과)\s?(?:맞닿은|맞닿아|인접한|인접해|이웃한|붙어 있는|가까운)\s/;
const isNeighbour = (sentence: string, hit: TermHit) =>
  NEIGHBOUR_AFTER.test(sentence.slice(hit.end, hit.end + 10));

const EXAMPLE_AFTER = /^\s?등(?:을|의|과|이|\s)/;

/** A longer dictionary word says more, up to a cap (a long name must not outvote the words next to the figure). */
const wordWeight = (word: string) => Math.min(2, 0.6 + word.length * 0.3);

const alone = (f: FigureReading): SentenceFigures => ({
  spans: [{ start: f.sentenceOffset, end: f.sentenceOffset + f.text.length }],
  me: 0,
});

/** The dictionary hits of the figure's sentence that belong to it (ownerOf), by position. */
export function ownedHits(index: FactIndex, f: FigureReading, ctx: SentenceFigures = alone(f)): TermHit[] {
  return findTerms(index, f.sentence).filter((h) => owns(f.sentence, ctx.spans, ctx.me, h.start, h.end));
}

/** The sentence's dictionary hits, with each bare "센터" read as the centre it stands for. */
function withCentre(index: FactIndex, sentence: string, centre: TermHit | undefined): TermHit[] {
  const hits = findTerms(index, sentence);
  if (!centre || !sentence.includes('센터')) return hits;
  const bare = [...sentence.matchAll(BARE_CENTRE)].map((m) => ({
    ...centre,
    start: m.index!,
    end: m.index! + m[0].length,
  }));
  return bare.length ? [...hits, ...bare].sort((a, b) => a.start - b.start) : hits;
}

/**
 * The store metric a figure is about, from the words around it in its sentence: metric keywords
 * and entity aliases weighted by length and nearness (same clause first, words nearer another
 * figure of the sentence discounted), the figure's unit, its kind (`kind`, from its claim frame;
 * the sentence's target and actual cues when not given), and whether the store knows the value. Null when nothing ties it. Cost depends on the sentence, not on
 * the size of the store.
 */
export function linkFigure(
  index: FactIndex,
  f: FigureReading,
  ctx: SentenceFigures = alone(f),
  kind?: ClaimFrame['kind'],
): Link | null {
  const fs = f.sentenceOffset;
  const fe = fs + f.text.length;
  // Per metric, each distinct word counts once (its best placement): a keyword repeated across
  // a list ("(5대 중점과제) ... (4대 중점과제)") must not outvote the word next to the figure.
  const best = new Map<number, Map<string, number>>();
  const ownedBy = new Map<number, Set<string>>();
  const add = (mi: number, word: string, score: number) => {
    const m = index.metrics[mi]!;
    if (valueInMetricUnit(f.value, f.unit, m) === null) return;
    const words = best.get(mi) ?? new Map<string, number>();
    best.set(mi, words);
    words.set(word, Math.max(words.get(word) ?? 0, score));
  };
  // Anchor words may stand in the sentence before: "1단계 사업으로 … 조성한다. 사업비만 국비 2798억원 등 …".
  const anchored = new Set<number>();
  const hits = withCentre(index, f.sentence, ctx.centre);
  // A name of the spending before the figure ("1단계 사업에 4300억원을 들여"): then the words after
  // the spending verb are what it bought.
  const namedBefore = hits.some(
    (o) =>
      o.end <= fs &&
      !GENERIC_WORDS.has(o.word) &&
      gapTo(f.sentence, o, fs, fe) <= CLOSE_BEFORE &&
      owns(f.sentence, ctx.spans, ctx.me, o.start, o.end),
  );
  for (const hit of hits) {
    // "4천119억원을 들여 … 국가데이터센터 등을 갖춰 조성하는 AI 집적단지": a thing the money buys,
    // given as an example ("X 등을"), is an item of what it builds, not its name.
    if (
      hit.start >= fe &&
      BOUGHT_AFTER.test(f.sentence.slice(fe, hit.start)) &&
      EXAMPLE_AFTER.test(f.sentence.slice(hit.end, hit.end + 4))
    )
      continue;
    // "이를 나눠 1단계부터 추진해 왔다", "1·2단계를 합쳐": a phase word naming the whole programme
    // is no word of one phase's metric.
    if (PHASE_WORD.test(hit.word) && inJoinedPhases(f.sentence, hit.start, hit.end)) continue;
    if (isNeighbour(f.sentence, hit)) continue;
    for (const mi of hit.anchors) anchored.add(mi);
    // A word inside a longer one found here ("사관학교" in "인공지능사관학교") is not a second word
    // for the metrics the longer one already speaks for.
    const within = hits.filter(
      (o) =>
        o !== hit &&
        o.start <= hit.start &&
        o.end >= hit.end &&
        o.end - o.start > hit.end - hit.start &&
        (o.end <= fs || o.start >= fe), // a longer word that includes the figure itself is skipped anyway
    );
    let near = proximity(f.sentence, hit, fs, fe);
    if (near === 0) continue;
    // Weight follows the nearest figure; a sentence's topic names the metric of its main figure too.
    // "국비와 NHN 투자금을 합쳐 3천억원": the words before a sum verb name the parts, not the total.
    // (A topic, "1단계 사업비는 국비 … 포함해 총 4200억원", is the total's own name.)
    const addend =
      hit.end <= fs &&
      SUM_BETWEEN.test(f.sentence.slice(hit.end, fs)) &&
      topicMarkAt(f.sentence, hit.end) === null &&
      topicOf(f.sentence, ctx.spans, hit.end) !== ctx.me;
    const mine = owns(f.sentence, ctx.spans, ctx.me, hit.start, hit.end) && !addend;
    const topic = !addend && topicOf(f.sentence, ctx.spans, hit.end) === ctx.me;
    const nearest = mine && !(topic && ownerOf(f.sentence, ctx.spans, hit.start, hit.end) !== ctx.me);
    if (addend || (!nearest && ownerOf(f.sentence, ctx.spans, hit.start, hit.end) !== -1))
      near *= OTHER_FIGURE_WEIGHT;
    const bought = namedBefore && hit.start >= fe && BOUGHT_AFTER.test(f.sentence.slice(fe, hit.start));
    const modifier = MODIFIER_AFTER.test(f.sentence.slice(hit.end, hit.end + 12));
    if (bought || modifier) near *= OTHER_FIGURE_WEIGHT;
    // A short word inside a longer one ("부가가치" for 가치, "예비창업" for 창업) says less.
    const inCompound =
      hit.word.length <= 2 && hit.start !== fe && isSyllable(f.sentence.charCodeAt(hit.start - 1));
    if (inCompound) near *= 0.5;
    const weight = wordWeight(hit.word);
    // The only figure of its sentence carries the sentence's subject: a word in its clause is its own.
    const reach =
      ctx.spans.length === 1
        ? Number.POSITIVE_INFINITY
        : hit.end <= fs
          ? isBracketed(f.sentence, ctx.spans[ctx.me]!)
            ? CLOSE_PAREN
            : CLOSE_BEFORE
          : CLOSE_AFTER;
    const close =
      !inCompound && !bought && !modifier && (topic || (mine && gapTo(f.sentence, hit, fs, fe) <= reach));
    for (const mi of hit.metrics) {
      if (within.some((o) => o.metrics.includes(mi))) continue;
      add(mi, hit.word, weight * near);
      if (close) {
        const set = ownedBy.get(mi) ?? new Set<string>();
        set.add(hit.word);
        ownedBy.set(mi, set);
      }
    }
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
  // The sentence before names a metric whose stored value this figure states: a candidate too,
  // so "… 3000억여원이 투입되며" after a data-centre sentence is not taken for NHN's investment.
  const previousOnly = new Set<number>();
  for (const hit of previous) {
    const weight = wordWeight(hit.word);
    for (const mi of hit.metrics) {
      if (
        !fromPreviousOnly &&
        (best.has(mi) || agreeingObservations(index, index.metrics[mi]!, f).length === 0)
      )
        continue;
      if (!best.has(mi)) previousOnly.add(mi);
      add(mi, `prev:${hit.word}`, weight * PREVIOUS_SENTENCE_WEIGHT);
    }
  }
  // The figure's own kind when its claim frame is known; else the sentence's cues.
  const target = kind === undefined ? TARGET_CUE.test(f.sentence) : kind === 'target' || kind === 'budget';
  const actual = kind === undefined ? ACTUAL_CUE.test(f.sentence) : kind === 'actual';
  const phase = phaseOf(f, true);
  const frameKindGroup = kind ? kindGroup(kind) : null;
  let chosen: { mi: number; score: number } | null = null;
  for (const [mi, words] of best) {
    let score = 0;
    let keyword = false;
    for (const [word, s] of words) {
      score += s;
      if (!word.startsWith('entity:')) keyword = true;
    }
    if (!keyword) continue;
    const metric = index.metrics[mi]!;
    // A metric with anchor words needs one nearby: "사업비" alone does not make a figure the AI
    // cluster's budget.
    if (metric.anchors.length > 0 && !anchored.has(mi)) continue;
    // The store knowing this exact value for a metric the words point at is strong evidence.
    const known = agreeingObservations(index, metric, f).length > 0;
    if ((fromPreviousOnly || previousOnly.has(mi)) && !known) continue;
    if (known) score += 2;
    const kind = metricKind(index, metric);
    if ((kind === 'plan' && target && !actual) || (kind === 'actual' && actual && !target)) score += 0.4;
    // A figure of a known kind is not another kind's metric ("모집에 1천65명이 몰려" is no seat count).
    if (frameKindGroup !== null) {
      const groups = (index.observationsByMetric.get(metric.id) ?? []).map((o) => kindGroup(o.kind));
      if (groups.length && groups.every((g) => g !== frameKindGroup)) score -= 1;
    }
    // A phase named near the figure points at that phase's metric, away from the whole programme's.
    if (phase !== null) {
      const phases = (index.observationsByMetric.get(metric.id) ?? []).map(observationPhase);
      if (phases.includes(phase)) score += 0.8;
      else if (phases.length && phases.every((p) => p === 0)) score -= 0.8;
    }
    // So does a term's end ("2024년까지 4천119억원을 들여"): the metric stored with that term.
    if (f.scope.until !== undefined && !f.scope.inherited) {
      const untils = (index.observationsByMetric.get(metric.id) ?? []).map((o) => o.scope.until);
      if (untils.includes(f.scope.until)) score += 0.5;
    }
    // And a bare year before it ("2020년 집적단지 몫으로 배정된 국비는"): the metric of that one year.
    if (f.scope.year !== undefined) {
      const years = (index.observationsByMetric.get(metric.id) ?? []).map((o) =>
        o.scope.from === o.scope.until ? o.scope.from : undefined,
      );
      if (years.includes(f.scope.year)) score += 0.5;
    }
    if (!chosen || score > chosen.score) chosen = { mi, score };
  }
  if (!chosen || chosen.score < MIN_LINK_SCORE) return null;
  const words = [...best.get(chosen.mi)!]
    .filter(([w]) => !w.startsWith('entity:'))
    .sort((a, b) => b[1] - a[1])
    .map(([w]) => w.replace(/^prev:/, ''));
  const owned = ownedBy.get(chosen.mi);
  return {
    metric: index.metrics[chosen.mi]!,
    words,
    via: owned?.size ? 'clause' : fromPreviousOnly || previousOnly.has(chosen.mi) ? 'previous' : 'sentence',
  };
}

/**
 * A metric whose distinctive stored value (88.5 PF, 4116억원, 2만7500명: three or more
 * significant digits, held by one metric only) the figure states, when its sentence or the one
 * before names any word of that metric. Agreement is cheap to confirm: this ties "데이터센터 연산
 * 성능은 88.5페타플롭스" without the store's keywords. Null otherwise.
 */
export function linkByValue(index: FactIndex, f: FigureReading): Link | null {
  if (f.qualifier === 'band' || f.qualifier === 'atLeast' || f.qualifier === 'atMost' || f.max !== undefined)
    return null;
  for (const d of index.distinctiveValues.get(f.unit) ?? []) {
    if (Math.abs(d.value - f.value) > Math.abs(d.value) * 1e-9) continue; // the stored value itself
    const metric = index.metrics[d.metric]!;
    const words = new Set<string>();
    for (const text of [f.sentence, f.previousSentence])
      for (const hit of findTerms(index, text)) {
        // a word of this metric, of its entity, or of another metric on the same topic
        const tied =
          hit.metrics.includes(d.metric) ||
          hit.anchors.includes(d.metric) ||
          (hit.entity !== null && hit.entity === metric.entity) ||
          hit.metrics.some((mi) => index.metrics[mi]!.topic === metric.topic);
        if (tied) words.add(hit.word);
      }
    if (words.size > 0) return { metric, words: [...words], via: 'value' };
  }
  return null;
}

// ---- judging a linked figure -----------------------------------------------------------------

const MOVED_TO_AFTER =
  /^\s?(?:으로|로)\s?(?:줄었|줄어|줄였|떨어졌|떨어져|감소했|감소해|내려갔|낮아졌|낮췄|늘었|늘어났|늘렸|불어났|증가했|증가해|올랐|높아졌|높였|상향|하향)/;
// "… 150명이라고 밝혔다", "… 172명이다.", "… 192명이었다": a copula closing the sentence on the figure.
const STATED_AS_IS = /^(?:이|가)?\s?(?:이?라고|이?다\.?$|이?었다|였다|에 이른다|에 달한다|로 집계)/;
const FUTURE_WORDS = /겠|예정|계획|목표|전망|할 것|될 것|오는|내년|앞으로|향후/;
const DAY = 86_400_000;
const AS_OF_WINDOW_DAYS = 45;

function sourceDate(index: FactIndex, o: Observation): string {
  return index.sourceById.get(o.source)?.publishedAt.slice(0, 10) ?? '';
}

type KindGroup = 'plan' | 'actual' | 'forecast';
const kindGroup = (k: Observation['kind'] | NonNullable<ClaimFrame['kind']>): KindGroup =>
  k === 'actual' ? 'actual' : k === 'forecast' ? 'forecast' : 'plan';

/** The phase an observation speaks of: 1, 0 for the whole programme, null when not phased. */
function observationPhase(o: Observation): number | null {
  if (o.scope.key === 'phase-1' || o.metric.includes('phase1')) return 1;
  if (o.scope.key === 'phase-2') return 2;
  if (o.scope.key === 'cluster-term') return 0;
  return null;
}

function observationCohort(o: Observation): number | null {
  const m = o.scope.key.match(/^cohort-(\d+)$/);
  return m ? Number(m[1]) : null;
}

const isMultiYear = (o: Observation) =>
  o.scope.from === undefined || o.scope.until === undefined || o.scope.from < o.scope.until;

/**
 * The first slot in which a stored observation and the figure's claim differ, or null when
 * every slot matches. `strict` is the test for a discrepancy: a slot the figure leaves unsaid
 * (no kind cue, no phase where the observation has one) fails it; agreement needs only that
 * nothing contradicts.
 */
function differingSlot(
  o: Observation,
  f: FigureReading,
  frame: ClaimFrame,
  strict: boolean,
  specOnly = false,
): DecidingSlot | null {
  // Agreement is cheap to confirm: the kind only has to match for an accusation.
  // A specification (a site's area, a plan's count) has no target/actual reading to confuse.
  if (strict && (frame.kind ? kindGroup(frame.kind) !== kindGroup(o.kind) : !specOnly)) return 'kind';
  const phase = observationPhase(o);
  // A phase-1 observation's term stated instead of its phase ("2024년까지 300개사") names it too.
  const samePeriod = frame.phase === null && f.scope.until !== undefined && f.scope.until === o.scope.until;
  // A phase carried over from the sentence before can name the stored phase, or contradict it
  // with another (2단계), but the first phase's context does not make a programme-wide goal a
  // phase-1 one ("1단계 사업에 4116억원을 … 광주시는 AI 창업 1500개를 목표로").
  // Nor does a 2단계 story make the programme's founding goals, restated in passing ("2019년 … 내건
  // 'AI 창업 1천개 …' 목표", "10년 목표인 AI 창업 1천개 … 달성도 2단계에 달렸다"), phase-2 ones when
  // the figure agrees with them: a phase carried over, or named only after the figure, in its predicate.
  const carried = frame.phaseInherited && phase === 0 && frame.phase === 1;
  const inPassing = !strict && phase === 0 && (frame.phaseInherited || !phaseNamedBefore(f));
  const figurePhase = carried || inPassing ? null : frame.phase;
  const phaseDiffers = strict
    ? phase === null
      ? figurePhase === 2
      : (figurePhase ?? 0) !== phase && !(phase > 0 && samePeriod)
    : figurePhase === 2 && phase !== null && phase !== 2;
  if (phaseDiffers) return 'phase';
  const cohort = observationCohort(o);
  if (
    cohort !== null &&
    (strict ? frame.cohort !== cohort : frame.cohort !== null && frame.cohort !== cohort)
  )
    return 'cohort';
  const single = o.scope.from !== undefined && o.scope.from === o.scope.until;
  if (single) {
    const year =
      f.scope.from !== undefined && f.scope.from === f.scope.until ? f.scope.from : (f.scope.year ?? null);
    if (year === null ? strict : year !== o.scope.from) return 'year';
  } else if (strict && frame.annual && isMultiYear(o) && o.kind !== 'actual') return 'annual';
  if (o.kind === 'actual' && o.scope.asOf) {
    // A running count (companies attracted so far) is comparable only near its as-of date.
    if (
      f.scope.asOf &&
      Math.abs(Date.parse(f.scope.asOf) - Date.parse(o.scope.asOf)) > AS_OF_WINDOW_DAYS * DAY
    )
      return 'asOf';
    return null;
  }
  // A plan stated with no term (a fund "조성·운용 계획") is not the same claim as a level to reach
  // over a stated term ("2030년까지 … 7천400억원을 조성", "앞으로 10년 동안 … 키운다").
  if (
    strict &&
    o.kind === 'plan' &&
    o.scope.until === undefined &&
    !f.scope.inherited &&
    (f.scope.until !== undefined || f.scope.years !== undefined)
  )
    return 'scope';
  // An accusation needs the same target year: "2023년까지 300곳" is another target than "2024년까지 310개사".
  if (
    strict &&
    !f.scope.inherited &&
    f.scope.until !== undefined &&
    o.scope.until !== undefined &&
    f.scope.until !== o.scope.until
  )
    return 'scope';
  const fFrom = f.scope.from ?? Number.NEGATIVE_INFINITY;
  const fUntil = f.scope.until ?? Number.POSITIVE_INFINITY;
  const oFrom = o.scope.from ?? Number.NEGATIVE_INFINITY;
  const oUntil = o.scope.until ?? Number.POSITIVE_INFINITY;
  return fUntil < oFrom || oUntil < fFrom ? 'scope' : null;
}

const RELATIVE_SPAN = /^(?:향후|앞으로|오는)/;

/** True when the figure states a term that contradicts an observation's stated term. */
function termConflicts(f: FigureReading, o: Observation): boolean | null {
  // A period carried over from the sentence before is context, not a claim about this figure;
  // a single year ("올해 시작한 1단계 사업") is a date, not a term.
  if (f.scope.inherited) return null;
  if (f.scope.from !== undefined && f.scope.from === f.scope.until) return null;
  // "향후 10년간" restated in a later article echoes the programme's term: only its length can differ.
  if (
    f.scope.label &&
    RELATIVE_SPAN.test(f.scope.label) &&
    f.scope.from !== undefined &&
    f.scope.until !== undefined
  ) {
    if (o.scope.from === undefined || o.scope.until === undefined) return null;
    return f.scope.until - f.scope.from !== o.scope.until - o.scope.from;
  }
  if (f.scope.until !== undefined && o.scope.until !== undefined) return f.scope.until !== o.scope.until;
  if (f.scope.years !== undefined && o.scope.from !== undefined && o.scope.until !== undefined) {
    return f.scope.years !== o.scope.until - o.scope.from + 1;
  }
  return null; // nothing to compare
}

/** The judgment of one figure: status, the observations it rests on and the slot that decided. */
export interface Judgment {
  status: FigureStatus;
  facts: string[];
  slot: DecidingSlot;
}

const mostCommon = <T>(xs: readonly T[]): T => {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
};

// "센터는 3천300억원을 들여 …", "이 센터는 …": a bare head noun as the topic points back at the
// thing the sentence before named.
const ANAPHORIC_TOPIC = /^(?:이\s|그\s)?(?:센터|단지|사업|학교|펀드|시설)[은는]\s/;

/**
 * Whether `text` names the metric by one of its anchors or its entity's aliases, outside `except`
 * (the figure itself: "약 1조원" is the value, not the name of the 1조원 programme).
 */
function namesOwnThing(index: FactIndex, metric: Metric, text: string, except?: Span): boolean {
  const mi = index.metrics.indexOf(metric);
  return findTerms(index, text).some(
    (h) =>
      (h.anchors.includes(mi) || (metric.entity !== undefined && h.entity === metric.entity)) &&
      !isNeighbour(text, h) &&
      !(except && h.start < except.end && h.end > except.start),
  );
}

/**
 * A tie by generic words only (an action or a property: "편성", "투입", "부지"), with the metric's
 * own name (an anchor or its entity) nowhere in the sentence but in the figure itself.
 */
function genericTieOnly(index: FactIndex, link: Link, f: FigureReading): boolean {
  const own = { start: f.sentenceOffset, end: f.sentenceOffset + f.text.length };
  // ("1·2단계를 합쳐 2030년까지 1조원이 투입": both phases named are the programme's own name.)
  const wholeProgramme =
    namesBothPhases(f.sentence) &&
    (index.observationsByMetric.get(link.metric.id) ?? []).some((o) => observationPhase(o) === 0);
  return (
    link.words.every((w) => GENERIC_WORDS.has(w)) &&
    !wholeProgramme &&
    !namesOwnThing(index, link.metric, f.sentence, own) &&
    !(ANAPHORIC_TOPIC.test(f.sentence) && namesOwnThing(index, link.metric, f.previousSentence))
  );
}

/** Whether the figure's sentence (or the one before) names the metric's entity by one of its aliases. */
function namesEntity(index: FactIndex, metric: Metric, f: FigureReading): boolean {
  if (!metric.entity) return true;
  return [f.sentence, f.previousSentence].some((text) =>
    findTerms(index, text).some((h) => h.entity === metric.entity),
  );
}

/**
 * Status of a figure against the observations of its linked metric, by asymmetric evidence:
 * consistent when the value agrees with an observation nothing in the claim contradicts;
 * discrepancy only when the metric is named in the figure's own clause, the figure is a whole
 * (not a part, a change, an effect) and an observation matches every slot (kind, phase, cohort,
 * year, as-of, period) yet no such observation agrees; related otherwise, with the slot that
 * kept it from being judged.
 */
export function judgeFigure(index: FactIndex, link: Link, f: FigureReading, frame: ClaimFrame): Judgment {
  const { metric } = link;
  const all = index.observationsByMetric.get(metric.id) ?? [];
  const agreeing = agreeingObservations(index, metric, f);
  // A change or a share of something else is not the stored quantity, however its value reads.
  // A part can be (the store holds parts too: "이 가운데 43개사가 … 설립"), and so can the value
  // before a change ("정원을 180명에서 330명으로": 180 is the earlier, stored value).
  const contradicted = frame.role === 'share' || frame.role === 'change';
  // A common small value (3대, 10위, 70%) agrees with too much to be tied by a word elsewhere.
  const common = significantDigits(f.value) <= 1 && f.value < 100;

  const related = (slot: DecidingSlot): Judgment => ({
    status: 'related',
    facts: all.map((o) => o.id),
    slot,
  });
  if (agreeing.length > 0) {
    if (common && link.via !== 'clause' && link.via !== 'value')
      return { status: 'related', facts: all.map((o) => o.id), slot: 'link' };
    // An effect estimate (고용유발 효과는 6천여명) agrees only with a stored estimate, not with the
    // target it happens to equal.
    const estimate = effectNamedBefore(f, frame);
    const fitting = contradicted
      ? []
      : agreeing.filter(
          (o) => differingSlot(o, f, frame, false) === null && (!estimate || o.kind === 'forecast'),
        );
    if (fitting.length === 0 && estimate)
      return { status: 'related', facts: all.map((o) => o.id), slot: 'role' };
    if (fitting.length === 0) {
      const slot = contradicted
        ? 'role'
        : mostCommon(agreeing.map((o) => differingSlot(o, f, frame, false)!));
      return { status: 'related', facts: all.map((o) => o.id), slot };
    }
    // Only a stated multi-year term can be contradicted by another term ("10년간" vs "2027년까지");
    // a fiscal-year budget in a sentence that also names 2045 is not a period claim.
    const isTerm = (o: Observation) =>
      o.scope.until !== undefined && (o.scope.from === undefined || o.scope.from < o.scope.until);
    const terms = fitting.filter((o) => isTerm(o) && termConflicts(f, o) !== null);
    const periodMismatch =
      link.via === 'clause' && terms.length > 0 && terms.every((o) => termConflicts(f, o) === true);
    // ("첨단3지구 전체를 개발하는 데 2025년까지 약 1조원이 투입된다": another programme of the same
    // size, tied by "투입" alone, is no evidence of a wrong term.)
    if (periodMismatch && genericTieOnly(index, link, f)) return related('link');
    if (periodMismatch) return { status: 'discrepancy', facts: terms.map((o) => o.id), slot: 'period' };
    return { status: 'consistent', facts: fitting.map((o) => o.id), slot: 'value' };
  }
  if (link.via !== 'clause') return related('link');
  // A tie by generic words only accuses only when the metric's own name stands in the sentence.
  if (genericTieOnly(index, link, f)) return related('link');
  // "1단계 국비 2천억원" is the whole of a national-share metric; "국비 923억원" is part of a budget.
  // ("용역비는 국비 7억원": the source word alone ties nothing: the metric's other words, or its
  // phase, must stand too.)
  const ownShare =
    frame.role === 'part' &&
    isFundingSource(frame.roleCue) &&
    metric.name.ko.includes(frame.roleCue!) &&
    (frame.phase !== null ||
      link.words.some((w) => !frame.roleCue!.includes(w)) ||
      // "2020년 집적단지 몫으로 배정된 국비": the year and the thing named beside it, as a phase would.
      (f.scope.year !== undefined && namesOwnThing(index, metric, f.sentence)));
  if (frame.role !== 'whole' && !ownShare) return related('role');
  // "GIST는 … 데이터센터실에 100억원을 들여": a sentence about another body's money or count is
  // not the metric's, whatever word it shares with it.
  if (anotherBodysSentence(index, metric, f)) return related('link');
  // "NHN 판교 데이터센터의 클라우드 자원 8.85PF": another place's centre, not the metric's.
  if (anotherPlacesThing(f, link.words)) return related('link');
  // "투자·창업 지원기관 4곳": the count is of the bodies its head noun names, not of 창업.
  if (countsInstitutions(f)) return related('link');
  // "국비와 NHN 투자금 등 3천억원": the total of the things listed, not the one that tied it.
  if (totalOfListed(f, link.words)) return related('role');
  // A specification with no kind cue tied by a generic word only ("부지 5만㎡") is judged only when
  // its sentence names the metric's own thing (집적단지 for the cluster's site).
  const generic = link.words.every((w) => w.length <= 2);
  // (Only a figure with no kind cue at all: cues of two kinds, "지금까지 … 투자했다" beside a fund's
  // size, are doubt, and doubt accuses nothing.)
  const specOnly =
    frame.kindCue === null &&
    all.every((o) => o.kind === 'plan') &&
    (!generic || namesEntity(index, metric, f));
  // "센터가 운영하는 연산 자원은 44.3PF로 줄었다", "목표를 1만명으로 늘렸다": the level a quantity
  // moved to is not the spec or plan the store holds, but where it stands after the move. Only a
  // running count (an actual) can be compared at a new level.
  if (
    all.length > 0 &&
    all.every((o) => o.kind !== 'actual') &&
    MOVED_TO_AFTER.test(f.sentence.slice(f.sentenceOffset + f.text.length))
  )
    return related('role');
  // "이들 기업의 광주 인력이 약 150명이라고 밝혔다": a count stated as it stands, with no word of a
  // plan or a future, is a count of a metric that is only ever counted.
  const statedCount =
    frame.kindCue === null &&
    all.length > 0 &&
    all.every((o) => o.kind === 'actual') &&
    STATED_AS_IS.test(f.sentence.slice(f.sentenceOffset + f.text.length)) &&
    !FUTURE_WORDS.test(f.sentence);
  const slots = all.map((o) => differingSlot(o, f, frame, true, specOnly || statedCount));
  const comparable = all.filter((_, i) => slots[i] === null);
  if (comparable.length === 0) return related(all.length ? mostCommon(slots.map((s) => s!)) : 'link');
  // "이 사업의 총사업비는 4천61억원": within a tenth of the phase-1 budget (4116억원) and far from the
  // programme's 1조원. The words tied the programme's total, but the value points at its sibling:
  // the tie is in doubt, and doubt accuses nobody.
  // "AI 3대 강국", "5대 중점과제": a number that is part of a list's name. Another number names
  // another list (a new government's slogan, a re-cast plan), not a miscount of the stored one.
  if (namesAList(f)) return related('name');
  if (farFromAll(comparable, metric, f) && nearSiblingValue(index, metric, f)) return related('link');
  // A wrong or outdated figure is rarely off by more than a factor of two from every value the
  // metric has ever had (4천300억 for 4116억, 1만명 for a target once 7천명 and now 2만7500명); a
  // value that far is more often another quantity whose words the sentence does not give away (a
  // year's share, a line item, a part of the count). On the fresh pages as they were scored
  // before any tuning: of 24 accusations within a factor of two, 20 were right; of 21 beyond, 3.
  // (A decimal point moved, 8.85PF for 88.5PF, is the same number written wrong.)
  if (farFromAll(all, metric, f) && !decimalSlip(comparable, metric, f)) return related('magnitude');
  return { status: 'discrepancy', facts: comparable.map((o) => o.id), slot: 'value' };
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
