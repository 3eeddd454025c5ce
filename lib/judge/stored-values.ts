import { intervalsAgree, valueInterval } from '../shared/quantity/compare';
import type { ClaimFrame, FigureReading } from '../shared/report';
import type { Metric, Observation } from '../shared/store-schema';
import { intervalInMetricUnit, valueInMetricUnit } from '../store/derive';
import type { FactIndex } from './fact-index';

// What the store holds for a metric, as the linker and the judge both read it: the observations a
// figure's value agrees with, and each observation's kind group, phase and cohort.

/** The dominant kind of a metric's observations: "actual", or "plan" for targets, budgets, plans. */
export function metricKind(index: FactIndex, metric: Metric): 'actual' | 'plan' {
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

/** The observations of the metric whose value the figure's value agrees with (qualifiers as intervals). */
export function agreeingObservations(index: FactIndex, metric: Metric, f: FigureReading): Observation[] {
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

/** The publication date (YYYY-MM-DD) of the source an observation cites, or ''. */
export function sourceDate(index: FactIndex, o: Observation): string {
  return index.sourceById.get(o.source)?.publishedAt.slice(0, 10) ?? '';
}

/** Kinds as an accusation compares them: targets, budgets and plans are one group. */
export type KindGroup = 'plan' | 'actual' | 'forecast';
/** The group of a stored or stated kind. */
export const kindGroup = (k: Observation['kind'] | NonNullable<ClaimFrame['kind']>): KindGroup =>
  k === 'actual' ? 'actual' : k === 'forecast' ? 'forecast' : 'plan';

/** The phase an observation speaks of: 1, 0 for the whole programme, null when not phased. */
export function observationPhase(o: Observation): number | null {
  if (o.scope.key === 'phase-1' || o.metric.includes('phase1')) return 1;
  if (o.scope.key === 'phase-2') return 2;
  if (o.scope.key === 'cluster-term') return 0;
  return null;
}

/** The cohort (N기) an observation speaks of, or null. */
export function observationCohort(o: Observation): number | null {
  const m = o.scope.key.match(/^cohort-(\d+)$/);
  return m ? Number(m[1]) : null;
}

/** Whether an observation spans more than one year (or has no stated term). */
export const isMultiYear = (o: Observation) =>
  o.scope.from === undefined || o.scope.until === undefined || o.scope.from < o.scope.until;
