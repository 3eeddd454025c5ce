import type { Bilingual } from '../shared/bilingual';
import { convertValue } from '../shared/quantity/compare';
import { formatQuantity, formatQuantityEnglish } from '../shared/quantity/format-quantity';
import type { UnitCode } from '../shared/quantity/types';
import type { FactStore, Metric, Observation, Source } from '../shared/store-schema';
import { inTimeOrder } from './timeline';

// The pledge tracker: every target with a deadline, the actuals that measure it (metrics with
// `tracks`), the share reached and a plain status. Pure: `today` is passed in.

/** 달성 / 순항 / 지연 우려 / 기한 경과 / 실적 없음. */
export type ProgressStatus = 'achieved' | 'on-track' | 'at-risk' | 'overdue' | 'no-actual';

/** The order the tracker lists statuses in: what needs attention first. */
export const STATUS_ORDER: readonly ProgressStatus[] = [
  'overdue',
  'at-risk',
  'no-actual',
  'on-track',
  'achieved',
];

/** One stored value on the tracker, with its source. */
export interface ProgressPoint {
  observation: string;
  metric: string;
  /** in the target's unit */
  value: number;
  figure: Bilingual;
  /** the day the value refers to: the as-of date of an actual, the source's date of a target */
  date: string;
  outlet: Bilingual;
  url: string | null;
  quote: string;
  origin: 'bundled' | 'user';
}

/** A target and how far it has come. */
export interface TargetProgress {
  metric: string;
  name: Bilingual;
  unit: UnitCode;
  /** the target now (latest source) and every earlier value, oldest first */
  target: ProgressPoint;
  targets: ProgressPoint[];
  /** the target's value changed between sources */
  changed: boolean;
  /** first and last year of the target's period */
  start: number;
  deadline: number;
  /** actuals of the tracking metrics, oldest first; `actual` is the latest (or the sum) */
  actuals: ProgressPoint[];
  actual: ProgressPoint | null;
  /** actual / target, when there is an actual */
  share: number | null;
  /** share of the period gone by at the actual's date, and today */
  elapsedAtActual: number | null;
  elapsedToday: number;
  status: ProgressStatus;
}

const day = (iso: string) => Date.parse(`${iso.slice(0, 10)}T12:00:00+09:00`);

/** Share of the period [start-01-01, deadline-12-31] gone by on `date`, clamped to [0, 1]. */
export function elapsedShare(start: number, deadline: number, date: string): number {
  const from = Date.parse(`${start}-01-01T00:00:00+09:00`);
  const to = Date.parse(`${deadline}-12-31T23:59:59+09:00`);
  return Math.min(1, Math.max(0, (day(date) - from) / (to - from)));
}

/**
 * The status rule, stated in the README and shown next to each result: 달성 when the actual
 * reaches the target; 실적 없음 when no actual is reported; 기한 경과 when the deadline has passed
 * short of the target; else 순항 when the share reached is at least the share of the period
 * gone by at the actual's date (a straight-line pace), 지연 우려 when it is below.
 */
export function progressStatus(
  share: number | null,
  elapsedAtActual: number | null,
  elapsedToday: number,
): ProgressStatus {
  if (share === null || elapsedAtActual === null) return 'no-actual';
  if (share >= 1) return 'achieved';
  if (elapsedToday >= 1) return 'overdue';
  return share >= elapsedAtActual ? 'on-track' : 'at-risk';
}

function point(
  o: Observation,
  unit: UnitCode,
  date: string,
  source: Source | undefined,
): ProgressPoint | null {
  const value = convertValue(o.value, o.unit, unit);
  if (value === null) return null;
  return {
    observation: o.id,
    metric: o.metric,
    value,
    figure: { ko: formatQuantity(o), en: formatQuantityEnglish(o) },
    date,
    outlet: source ? source.outlet : { ko: o.source, en: o.source },
    url: source?.url ?? null,
    quote: o.quote,
    origin: source?.pack ? 'user' : 'bundled',
  };
}

/**
 * Every target metric with a deadline (a target observation with `scope.until`), with the
 * actuals of the metrics that track it, as of `today` (YYYY-MM-DD). Sorted by status
 * (STATUS_ORDER), then name.
 */
export function targetProgress(store: FactStore, today: string): TargetProgress[] {
  const sourceById = new Map(store.sources.map((s) => [s.id, s]));
  const published = (o: Observation) => sourceById.get(o.source)?.publishedAt.slice(0, 10) ?? '';
  const out: TargetProgress[] = [];
  for (const metric of store.metrics) {
    const unit = metric.unit as UnitCode;
    if (unit === 'year' || unit === 'years' || unit === 'months') continue; // a date is not a quantity to reach
    const targetObs = inTimeOrder(
      store.observations.filter((o) => o.metric === metric.id && o.kind === 'target'),
      sourceById,
    );
    const withPeriod = targetObs.filter((o) => o.scope.until !== undefined);
    if (withPeriod.length === 0) continue;
    const targets = targetObs
      .map((o) => point(o, unit, published(o), sourceById.get(o.source)))
      .filter((p): p is ProgressPoint => p !== null);
    const target = targets[targets.length - 1];
    if (!target) continue;
    // The period: the latest stated one (a restated target without a term keeps the earlier term).
    const period = withPeriod[withPeriod.length - 1]!;
    const deadline = period.scope.until!;
    const start = period.scope.from ?? Number(published(targetObs[0]!).slice(0, 4));
    const trackers = store.metrics.filter((m: Metric) => m.tracks?.target === metric.id);
    const actualsOf = (m: Metric) =>
      store.observations
        .filter((o) => o.metric === m.id && o.kind === 'actual')
        .map((o) => point(o, unit, o.scope.asOf ?? published(o), sourceById.get(o.source)))
        .filter((p): p is ProgressPoint => p !== null);
    const actuals = trackers.flatMap(actualsOf).sort((a, b) => a.date.localeCompare(b.date));
    let actual: ProgressPoint | null = null;
    if (actuals.length > 0) {
      const cumulative = trackers.every((m) => m.tracks!.cumulative);
      const latest = actuals[actuals.length - 1]!;
      const sum = actuals.reduce((total, p) => total + p.value, 0);
      const summed = { value: sum, unit, qualifier: 'exact' as const };
      actual = cumulative
        ? latest
        : {
            ...latest,
            value: sum,
            figure: { ko: formatQuantity(summed), en: formatQuantityEnglish(summed) },
          };
    }
    const share = actual ? actual.value / target.value : null;
    const elapsedAtActual = actual ? elapsedShare(start, deadline, actual.date) : null;
    const elapsedToday = elapsedShare(start, deadline, today);
    out.push({
      metric: metric.id,
      name: metric.name,
      unit,
      target,
      targets,
      changed: new Set(targets.map((t) => t.value)).size > 1,
      start,
      deadline,
      actuals,
      actual,
      share,
      elapsedAtActual,
      elapsedToday,
      status: progressStatus(share, elapsedAtActual, elapsedToday),
    });
  }
  return out.sort(
    (a, b) =>
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.name.ko.localeCompare(b.name.ko),
  );
}

/** The target a metric's figures speak to: itself when it is one, or the target it tracks. */
export function progressFor(
  all: readonly TargetProgress[],
  metric: Metric | undefined,
): TargetProgress | undefined {
  if (!metric) return undefined;
  return all.find((p) => p.metric === metric.id || p.metric === metric.tracks?.target);
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** One line of progress, for the card and the progress bar's accessible name. */
export function progressLine(p: TargetProgress): Bilingual {
  const name = p.name;
  if (!p.actual || p.share === null)
    return {
      ko: `${name.ko} ${p.target.figure.ko} 목표 대비 실적 보도 없음 (${p.deadline}년까지)`,
      en: `${name.en}: target ${p.target.figure.en}, no actual reported (by ${p.deadline})`,
    };
  return {
    ko: `${name.ko} ${p.target.figure.ko} 목표 중 ${p.actual.figure.ko}, ${p.actual.date.slice(0, 7)} 기준 ${pct(p.share)} (${p.deadline}년까지)`,
    en: `${name.en}: ${p.actual.figure.en} of the ${p.target.figure.en} target as of ${p.actual.date.slice(0, 7)}, ${pct(p.share)} (by ${p.deadline})`,
  };
}

/** The tracker as CSV (RFC 4180; every number with its source address and quote), for a spreadsheet. */
export function progressCsv(all: readonly TargetProgress[]): string {
  const head = [
    'metric',
    'name',
    'status',
    'target',
    'target_figure',
    'target_date',
    'target_source',
    'target_quote',
    'earlier_targets',
    'deadline',
    'actual',
    'actual_figure',
    'actual_as_of',
    'actual_source',
    'actual_quote',
    'share',
    'elapsed_at_actual',
  ];
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = all.map((p) => [
    p.metric,
    p.name.ko,
    p.status,
    p.target.value,
    p.target.figure.ko,
    p.target.date,
    p.target.url ?? p.target.outlet.ko,
    p.target.quote,
    p.targets
      .slice(0, -1)
      .map((t) => `${t.figure.ko} (${t.date}, ${t.url ?? t.outlet.ko})`)
      .join('; '),
    p.deadline,
    p.actual?.value ?? null,
    p.actual?.figure.ko ?? null,
    p.actual?.date ?? null,
    p.actual ? (p.actual.url ?? p.actual.outlet.ko) : null,
    p.actual?.quote ?? null,
    p.share === null ? null : p.share.toFixed(4),
    p.elapsedAtActual === null ? null : p.elapsedAtActual.toFixed(4),
  ]);
  return `${[head, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
