import type { ClaimFrame, DecidingSlot, FigureReading, FigureStatus } from '../shared/report';
import type { Metric, Observation } from '../shared/store-schema';
import { isFundingSource, namesBothPhases, phaseNamedBefore, type Span } from './claim-frame';
import { type FactIndex, findTerms, significantDigits } from './fact-index';
import { GENERIC_WORDS, isNeighbour, type Link } from './link-figure';
import {
  agreeingObservations,
  isMultiYear,
  kindGroup,
  observationCohort,
  observationPhase,
} from './stored-values';
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

// The status of a figure tied to a metric, by asymmetric evidence: agreement is cheap to confirm,
// an accusation needs every slot of the claim to match a stored observation (README, "The one rule
// of judgment"); withhold.ts holds the signs that a matching figure is still another quantity.

const MOVED_TO_AFTER =
  /^\s?(?:으로|로)\s?(?:줄었|줄어|줄였|떨어졌|떨어져|감소했|감소해|내려갔|낮아졌|낮췄|늘었|늘어났|늘렸|불어났|증가했|증가해|올랐|높아졌|높였|상향|하향)/;
// "… 150명이라고 밝혔다", "… 172명이다.", "… 192명이었다": a copula closing the sentence on the figure.
const STATED_AS_IS = /^(?:이|가)?\s?(?:이?라고|이?다\.?$|이?었다|였다|에 이른다|에 달한다|로 집계)/;
const FUTURE_WORDS = /겠|예정|계획|목표|전망|할 것|될 것|오는|내년|앞으로|향후/;
const DAY = 86_400_000;
const AS_OF_WINDOW_DAYS = 45;

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
  if (totalOfListed(f, link.words)) return related('sum');
  // A specification with no kind cue tied by a generic word only ("부지 5만㎡") is judged only when
  // its sentence names the metric's own thing (집적단지 for the cluster's site).
  const generic = link.words.every((w) => w.length <= 2);
  // (Only a figure with no kind cue at all: cues of two kinds, "지금까지 … 투자했다" beside a fund's
  // size, are doubt, and doubt accuses nothing.)
  const specOnly =
    frame.kindCue === null &&
    all.every((o) => o.kind === 'plan') &&
    (!generic || namesEntity(index, metric, f));
  const afterFigure = f.sentence.slice(f.sentenceOffset + f.text.length);
  // "센터가 운영하는 연산 자원은 44.3PF로 줄었다", "목표를 1만명으로 늘렸다": the level a quantity
  // moved to is not the spec or plan the store holds, but where it stands after the move. Only a
  // running count (an actual) can be compared at a new level.
  if (all.length > 0 && all.every((o) => o.kind !== 'actual') && MOVED_TO_AFTER.test(afterFigure))
    return related('level');
  // "이들 기업의 광주 인력이 약 150명이라고 밝혔다": a count stated as it stands, with no word of a
  // plan or a future, is a count of a metric that is only ever counted.
  const statedCount =
    frame.kindCue === null &&
    all.length > 0 &&
    all.every((o) => o.kind === 'actual') &&
    STATED_AS_IS.test(afterFigure) &&
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
