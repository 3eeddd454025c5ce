import type { ClaimFrame, FigureReading } from '../shared/report';
import type { Metric, Observation } from '../shared/store-schema';
import { valueInMetricUnit } from '../store/derive';
import { topicMarkAt } from './claim-frame';
import { otherPlaceJustBefore } from './detect-subject';
import { type FactIndex, findTerms, significantDigits } from './fact-index';

// Why an accusation is withheld: each test here finds a sign that a figure tied to a metric, and
// matching its slots, is still another quantity (another body's money, another place's centre, a
// list's total, a list's name, an estimate, a value far from any the metric has had). judge.ts
// asks them in order before it calls a figure a discrepancy; each has trap tests of its own
// (tests/unit/judge/traps.test.ts).

/**
 * Whether the figure's sentence is about another organisation or company than the metric's own:
 * its topic (a name marked 은/는 before the figure) is such a body.
 */
export function anotherBodysSentence(index: FactIndex, metric: Metric, f: FigureReading): boolean {
  if (!metric.entity) return false;
  const byId = index.entityById;
  const kindOf = (id: string) => byId.get(id)?.kind;
  const hits = findTerms(index, f.sentence.slice(0, f.sentenceOffset));
  const topic = hits.find(
    (h) =>
      h.entity !== null &&
      h.entity !== metric.entity &&
      (kindOf(h.entity) === 'organisation' || kindOf(h.entity) === 'company') &&
      // the body that runs or funds the metric's programme (사업단, 과기정통부) speaks of it
      !(byId.get(h.entity)?.programmes ?? []).includes(metric.entity!) &&
      topicMarkAt(f.sentence, h.end) !== null,
  );
  // "광주시와 과학기술정보통신부는 …": the city is among the subjects, so it is the city's programme.
  return !!topic && !hits.some((h) => h.end <= topic.end && h.entity !== null && kindOf(h.entity) === 'city');
}

/** Whether the last word tying the figure before it is another place's ("판교 데이터센터"). */
export function anotherPlacesThing(f: FigureReading, words: readonly string[]): boolean {
  const before = f.sentence.slice(0, f.sentenceOffset);
  let at = -1;
  for (const w of words) at = Math.max(at, before.lastIndexOf(w));
  return at > 0 && otherPlaceJustBefore(before.slice(0, at)) !== null;
}

// A list closed by 등 just before the figure: "A와 B 등 N원", "A·B·C 등 N개", or one item and
// others ("국비 등 4천억여원": the national share is one of the sources the total adds up).
const LISTED_BEFORE = /(?:^|[\s,(])([^\s,(][^,(]*?(?:와|과|및|·)[^,(]*?|[^\s,(]+)\s?등\s?$/;

/** Whether the figure totals a list that one of the words tying it belongs to. */
export function totalOfListed(f: FigureReading, words: readonly string[]): boolean {
  const m = LISTED_BEFORE.exec(f.sentence.slice(Math.max(0, f.sentenceOffset - 40), f.sentenceOffset));
  return !!m && words.some((w) => m[1]!.includes(w));
}

const INSTITUTION_HEAD = /(?:기관|센터|단체|시설|공간|협회|학교|대학|병원|위원회)$/;

/** Whether a count's head noun, the word just before it, names institutions or facilities. */
export function countsInstitutions(f: FigureReading): boolean {
  if (f.unit !== 'place' && f.unit !== 'count' && f.unit !== 'company') return false;
  const head =
    f.sentence
      .slice(Math.max(0, f.sentenceOffset - 20), f.sentenceOffset)
      .trimEnd()
      .split(/\s+/)
      .pop() ?? '';
  // (a head that counts companies too, "기업·기관 65곳", is the MOU partners' own noun)
  const word = head.replace(/[^가-힣A-Za-z]/g, '');
  return INSTITUTION_HEAD.test(word) && !/기업|업체/.test(word);
}

const LIST_NAME = /^\d{1,2}\s?대$/;
/** Is the figure the number of a named list ("3대 강국", "4대 전략"), a small N대 before a noun? */
export function namesAList(f: FigureReading): boolean {
  return LIST_NAME.test(f.text) && /^\s?[가-힣]/.test(f.sentence.slice(f.sentenceOffset + f.text.length));
}

/** Does the effect cue of the frame stand just before the figure ("고용유발 효과는 6천여명")? A cue
 * after it ("4개 산업단지의 … 파급 효과") is about what the counted things cause, not the count. */
export function effectNamedBefore(f: FigureReading, frame: ClaimFrame): boolean {
  if (frame.role !== 'effect' || !frame.roleCue) return false;
  const at = f.sentence.lastIndexOf(frame.roleCue, f.sentenceOffset);
  return at >= 0 && f.sentenceOffset - (at + frame.roleCue.length) <= 12;
}

/** Is the figure more than twice or less than half of every one of these values of its metric? */
export function farFromAll(observations: readonly Observation[], metric: Metric, f: FigureReading): boolean {
  const v = valueInMetricUnit(f.value, f.unit, metric);
  if (v === null || v <= 0) return false;
  return observations.every((o) => o.value <= 0 || o.value / v > 2 || v / o.value > 2);
}

/**
 * Is the figure one of these values with its decimal point moved (8.85PF for 88.5PF, 41.16억 for
 * 4116억)? Three or more significant digits in the same order are no coincidence: that is a slip
 * of the same number, however far its magnitude, not another quantity.
 */
export function decimalSlip(observations: readonly Observation[], metric: Metric, f: FigureReading): boolean {
  if (f.qualifier !== 'exact' || f.max !== undefined) return false;
  const v = valueInMetricUnit(f.value, f.unit, metric);
  if (v === null || v <= 0 || significantDigits(v) < 3) return false;
  return observations.some((o) => {
    if (o.value <= 0 || (o.qualifier !== undefined && o.qualifier !== 'exact')) return false;
    const k = Math.log10(v / o.value);
    const shift = Math.round(k);
    return shift !== 0 && Math.abs(shift) <= 3 && Math.abs(k - shift) < 1e-9;
  });
}

/** Does another metric of the same entity and unit hold a value within a tenth of the figure's? */
export function nearSiblingValue(index: FactIndex, metric: Metric, f: FigureReading): boolean {
  if (!metric.entity) return false;
  for (const mi of index.metricsByEntity.get(metric.entity) ?? []) {
    const other = index.metrics[mi]!;
    if (other.id === metric.id || other.unit !== metric.unit) continue;
    const v = valueInMetricUnit(f.value, f.unit, other);
    if (v === null) continue;
    const near = (index.observationsByMetric.get(other.id) ?? []).some(
      (o) => o.value > 0 && Math.abs(v - o.value) <= o.value * 0.1,
    );
    if (near) return true;
  }
  return false;
}
