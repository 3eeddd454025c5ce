import { convertValue, intervalsAgree, valueInterval } from '../shared/quantity/compare';
import type { Check, CheckResult, Discrepancy, Metric, Observation, Source } from '../shared/store-schema';
import { citeObservation } from './cite';

/**
 * A value in `unit` expressed in the metric's unit: converted (평 -> ㎡), or taken one for one in a
 * unit the metric is also written in ("일자리 1천명" for 1천개); null when not comparable.
 */
export function valueInMetricUnit(value: number, unit: Metric['unit'], metric: Metric): number | null {
  return convertValue(value, unit, metric.unit) ?? (metric.alsoWrittenIn?.includes(unit) ? value : null);
}

/** An observation's value interval in its metric's unit; null when the units cannot be compared. */
export function intervalInMetricUnit(o: Observation, metric: Metric) {
  const v = valueInMetricUnit(o.value, o.unit, metric);
  if (v === null) return null;
  return valueInterval(v, o.qualifier);
}

/**
 * Every pair of observations of one metric and one scope key that disagree: on the value
 * (their intervals do not overlap) or, with agreeing values, on a stated period (`until` or
 * `from` both given and different). Pairs are ordered by source date, earlier first.
 */
export function deriveDiscrepancies(
  metrics: readonly Metric[],
  observations: readonly Observation[],
  sources: readonly Source[],
): Discrepancy[] {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const published = (o: Observation) => sourceById.get(o.source)?.publishedAt ?? '';
  const out: Discrepancy[] = [];
  for (const metric of metrics) {
    const groups = new Map<string, Observation[]>();
    for (const o of observations) {
      if (o.metric !== metric.id) continue;
      const list = groups.get(o.scope.key) ?? [];
      list.push(o);
      groups.set(o.scope.key, list);
    }
    for (const [scopeKey, list] of groups) {
      const sorted = [...list].sort((a, b) => published(a).localeCompare(published(b)));
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length; j++) {
          const a = sorted[i]!;
          const b = sorted[j]!;
          if (a.source === b.source) continue; // one article restating itself is not a change
          const ia = intervalInMetricUnit(a, metric);
          const ib = intervalInMetricUnit(b, metric);
          if (!ia || !ib) continue;
          const valuesAgree = intervalsAgree(ia, ib);
          const bothUntil = a.scope.until !== undefined && b.scope.until !== undefined;
          const bothFrom = a.scope.from !== undefined && b.scope.from !== undefined;
          const periodDiffers =
            (bothUntil && a.scope.until !== b.scope.until) || (bothFrom && a.scope.from !== b.scope.from);
          if (valuesAgree && !periodDiffers) continue;
          const kind = valuesAgree ? 'period' : 'value';
          const sa = sourceById.get(a.source);
          const sb = sourceById.get(b.source);
          const what =
            kind === 'value'
              ? { ko: '값이 다름', en: 'different values' }
              : { ko: '기간이 다름', en: 'different periods' };
          out.push({
            id: `${metric.id}:${a.id}~${b.id}`,
            kind,
            metric: metric.id,
            scopeKey,
            observations: [a.id, b.id],
            summary: {
              ko: `${metric.name.ko} — ${what.ko}: ${citeObservation(a, sa, 'ko')} → ${citeObservation(b, sb, 'ko')}`,
              en: `${metric.name.en} — ${what.en}: ${citeObservation(a, sa, 'en')} → ${citeObservation(b, sb, 'en')}`,
            },
          });
        }
      }
    }
  }
  return out;
}

const REL = 1e-9;
const near = (a: number, b: number) => Math.abs(a - b) <= REL * Math.max(1, Math.abs(a), Math.abs(b));

/** Recomputes each arithmetic claim; a claim that does not hold is reported, never thrown. */
export function runChecks(checks: readonly Check[], observations: readonly Observation[]): CheckResult[] {
  const byId = new Map(observations.map((o) => [o.id, o]));
  const v = (id: string) => byId.get(id)?.value ?? Number.NaN;
  return checks.map((c): CheckResult => {
    switch (c.kind) {
      case 'sum': {
        const sum = c.parts.reduce((acc, id) => acc + v(id), 0);
        const holds = near(sum, v(c.total));
        return {
          id: c.id,
          kind: c.kind,
          claim: c.claim,
          holds,
          detail: `${c.parts.map(v).join(' + ')} = ${sum}; stated ${v(c.total)}`,
        };
      }
      case 'ratio-at-least': {
        const ratio = v(c.numerator) / v(c.denominator);
        const holds = ratio >= v(c.ratio);
        return {
          id: c.id,
          kind: c.kind,
          claim: c.claim,
          holds,
          detail: `${v(c.numerator)} / ${v(c.denominator)} = ${ratio.toFixed(2)}; stated at least ${v(c.ratio)}`,
        };
      }
      case 'product': {
        const product = c.factors.reduce((acc, id) => acc * v(id), c.scale);
        const holds = near(product, v(c.total));
        return {
          id: c.id,
          kind: c.kind,
          claim: c.claim,
          holds,
          detail: `${c.factors.map(v).join(' × ')}${c.scale !== 1 ? ` × ${c.scale}` : ''} = ${product}; stated ${v(c.total)}`,
        };
      }
      default: {
        // part-of
        const holds = v(c.part) <= v(c.total);
        return { id: c.id, kind: c.kind, claim: c.claim, holds, detail: `${v(c.part)} <= ${v(c.total)}` };
      }
    }
  });
}
