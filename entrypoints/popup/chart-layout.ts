import type { MetricDetail } from '../../lib/search/metric-detail';
import { convertValue } from '../../lib/shared/quantity/compare';
import type { UnitCode } from '../../lib/shared/quantity/types';
import type { ObservationKind } from '../../lib/shared/store-schema';

// Where the metric chart's marks go: x = the source's date, y = the value in the metric's unit.
// Pure (no DOM), so the geometry can be reasoned about apart from the markup.

export interface ChartPoint {
  id: string;
  x: number;
  y: number;
  value: number;
  kind: ObservationKind;
  date: string;
}

export interface ChartLink {
  id: string;
  kind: 'value' | 'period';
  from: ChartPoint;
  to: ChartPoint;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  points: ChartPoint[];
  links: ChartLink[];
  yTicks: Array<{ y: number; value: number }>;
  xTicks: Array<{ x: number; date: string }>;
  /** observations left out because their unit cannot be shown in the metric's unit */
  skipped: number;
}

/** Round tick values (1, 2 or 5 times a power of ten) covering lo..hi. */
export function niceTicks(lo: number, hi: number, count = 3): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step)
    ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

const dayOf = (date: string) => Date.parse(`${date}T12:00:00+09:00`);

/** Lays out `detail` in a width x height box. Never throws; an empty history gives no points. */
export function layoutChart(detail: MetricDetail, width = 340, height = 176): ChartLayout {
  const plot = { left: 14, right: width - 14, top: 22, bottom: height - 26 };
  const unit = detail.metric.unit as UnitCode;
  let skipped = 0;
  const raw = detail.history.flatMap((h) => {
    const o = h.observation;
    const value = convertValue(o.value, o.unit, unit);
    const t = dayOf(h.date);
    if (value === null || !Number.isFinite(value) || Number.isNaN(t)) {
      skipped++;
      return [];
    }
    return [{ id: o.id, value, kind: o.kind, date: h.date, t }];
  });
  if (raw.length === 0)
    return { width, height, plot, points: [], links: [], yTicks: [], xTicks: [], skipped };

  // y: from zero, except calendar years and ranks, whose zero means nothing
  const values = raw.map((p) => p.value);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (unit === 'year' || unit === 'rank') {
    const pad = Math.max(1, (hi - lo) * 0.2);
    lo -= pad;
    hi += pad;
  } else {
    lo = Math.min(0, lo);
    hi = hi > 0 ? hi * 1.15 : lo < 0 ? 0 : 1;
  }
  const ticks = niceTicks(lo, hi);
  lo = Math.min(lo, ticks[0] ?? lo);
  hi = Math.max(hi, ticks[ticks.length - 1] ?? hi);
  const yOf = (v: number) => plot.bottom - ((v - lo) / (hi - lo || 1)) * (plot.bottom - plot.top);

  // x: by date; marks of one day sit side by side
  const dates = [...new Set(raw.map((p) => p.date))].sort();
  const t0 = dayOf(dates[0]!);
  const t1 = dayOf(dates[dates.length - 1]!);
  // the y labels sit above the grid lines at the left: keep the marks clear of them
  const inner = { left: plot.left + 64, right: plot.right - 20 };
  const xOf = (t: number) =>
    t1 === t0
      ? (inner.left + inner.right) / 2
      : inner.left + ((t - t0) / (t1 - t0)) * (inner.right - inner.left);
  const sameDay = new Map<string, number>();
  const perDay = new Map<string, number>();
  for (const p of raw) perDay.set(p.date, (perDay.get(p.date) ?? 0) + 1);
  const points = raw.map((p): ChartPoint => {
    const i = sameDay.get(p.date) ?? 0;
    sameDay.set(p.date, i + 1);
    const n = perDay.get(p.date) ?? 1;
    return {
      id: p.id,
      value: p.value,
      kind: p.kind,
      date: p.date,
      x: xOf(p.t) + (i - (n - 1) / 2) * 12,
      y: yOf(p.value),
    };
  });

  const byId = new Map(points.map((p) => [p.id, p]));
  const links = detail.discrepancies.flatMap((d): ChartLink[] => {
    const from = byId.get(d.observations[0]);
    const to = byId.get(d.observations[1]);
    return from && to ? [{ id: d.id, kind: d.kind, from, to }] : [];
  });

  // at most four date labels: all when few, else first, last and two between
  const shown =
    dates.length <= 4
      ? dates
      : [
          dates[0]!,
          dates[Math.round((dates.length - 1) / 3)]!,
          dates[Math.round((2 * (dates.length - 1)) / 3)]!,
          dates[dates.length - 1]!,
        ];
  return {
    width,
    height,
    plot,
    points,
    links,
    yTicks: ticks.map((value) => ({ value, y: yOf(value) })),
    xTicks: [...new Set(shown)].map((date) => ({ date, x: xOf(dayOf(date)) })),
    skipped,
  };
}
