import { isSyllable } from '../shared/hangul';
import type { ClaimFrame, Evidence, FigureReading } from '../shared/report';
import type { Metric } from '../shared/store-schema';
import { valueInMetricUnit } from '../store/derive';
import {
  CLAUSE_BREAK,
  COMPARATIVE,
  inJoinedPhases,
  isBracketed,
  ownerOf,
  owns,
  phaseOf,
  type Span,
  topicMarkAt,
  topicOf,
  withoutBrackets,
} from './claim-frame';
import { type FactIndex, findTerms, type TermHit } from './fact-index';
import { agreeingObservations, kindGroup, metricKind, observationPhase } from './stored-values';

// Which metric of the store a figure is about: the dictionary words around it, weighed by where
// they stand (its own clause first), its kind, phase, term and value. The judge then decides its
// status against that metric's observations (judge-figure.ts).

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
// ("11대 대표산업 육성에는 올해보다 67억원 많은 1천238억원": the difference before the figure too.)
const FILLER = new RegExp(
  `(?:19|20)\\d{2}년(?:도|까지|부터|말까지|까지는)?|(?:향후|앞으로|오는)?\\s?\\d{1,2}년\\s?(?:간|동안)|올해|내년|지난해|모두|총|약|보다|대비|[\\d,.]+[천만억조\\d,.]*(?:원|명|개|곳|개사)\\s?${COMPARATIVE}|\\s`,
  'g',
);
const gapTo = (sentence: string, hit: TermHit, fs: number, fe: number) =>
  withoutBrackets(hit.end <= fs ? sentence.slice(hit.end, fs) : sentence.slice(fe, hit.start)).replace(
    FILLER,
    '',
  ).length;

/** Metric keywords that name an action or a property shared by many quantities, not a metric. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
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
export const isNeighbour = (sentence: string, hit: TermHit) =>
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
