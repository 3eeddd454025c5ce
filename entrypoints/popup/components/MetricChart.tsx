import type { MetricDetail } from '../../../lib/search/metric-detail';
import { formatQuantity, formatQuantityEnglish } from '../../../lib/shared/quantity/format-quantity';
import type { UnitCode } from '../../../lib/shared/quantity/types';
import type { ObservationKind } from '../../../lib/shared/store-schema';
import { layoutChart } from '../chart-layout';
import { useI18n } from '../i18n';
import { KIND_KEYS } from './KindBadge';
import { KindIcon, KindMarker } from './KindMarker';

export interface MetricChartProps {
  detail: MetricDetail;
  /** what a link between two values means: 불일치 (default), or 목표 변경 on the tracker */
  linkLabel?: string;
}

const KIND_ORDER: ObservationKind[] = ['target', 'actual', 'budget', 'plan', 'forecast'];

/**
 * The metric's values over time as an accessible image: x = article date, y = value; each kind
 * has its own mark shape and colour; a discrepancy is a red dashed link labelled 불일치.
 * The same facts are given in words (aria-label and the summary under it).
 */
export function MetricChart({ detail, linkLabel }: MetricChartProps) {
  const { t, lang, date } = useI18n();
  const linkWord = linkLabel ?? t('discrepancy');
  const layout = layoutChart(detail);
  const unit = detail.metric.unit as UnitCode;
  const fmt = (value: number) =>
    lang === 'en'
      ? formatQuantityEnglish({ value, unit, qualifier: 'exact' })
      : formatQuantity({ value, unit, qualifier: 'exact' });
  const name = detail.metric.name[lang] || detail.metric.name.ko;

  if (layout.points.length === 0) return <p class="muted">{t('chartNoPoints')}</p>;

  const values = layout.points.map((p) => p.value);
  const dates = layout.points.map((p) => p.date).sort();
  const summary = [
    t('chartRange', fmt(Math.min(...values)), fmt(Math.max(...values))),
    layout.links.length ? t('chartDiscrepancies', layout.links.length) : '',
    t('chartXAxis'),
  ]
    .filter(Boolean)
    .join(' ');
  const label = t(
    'chartLabel',
    name,
    layout.points.length,
    date(dates[0] ?? ''),
    date(dates[dates.length - 1] ?? ''),
    summary,
  );
  const kinds = KIND_ORDER.filter((k) => layout.points.some((p) => p.kind === k));
  const { plot } = layout;

  return (
    <figure class="chart">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        preserveAspectRatio="xMidYMid meet"
      >
        <title>{label}</title>
        {layout.yTicks.map((tick) => (
          <g key={tick.value} class="tick">
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} class="grid" />
            <text x={plot.left} y={tick.y - 3} class="axis-label">
              {fmt(tick.value)}
            </text>
          </g>
        ))}
        {layout.xTicks.map((tick) => (
          <text key={tick.date} x={tick.x} y={layout.height - 8} class="axis-label" text-anchor="middle">
            {tick.date.slice(0, 7).replace('-', '.')}
          </text>
        ))}
        {layout.links.map((link) => {
          const midX = (link.from.x + link.to.x) / 2;
          const midY = (link.from.y + link.to.y) / 2;
          return (
            <g key={link.id} class="link">
              <line
                x1={link.from.x}
                y1={link.from.y}
                x2={link.to.x}
                y2={link.to.y}
                class="discrepancy-line"
              />
              <text
                x={midX}
                y={Math.max(plot.top - 6, midY - 8)}
                class="discrepancy-label"
                text-anchor="middle"
              >
                {linkWord}
              </text>
            </g>
          );
        })}
        {layout.points.map((p) => (
          <g key={p.id}>
            <KindMarker kind={p.kind} x={p.x} y={p.y} r={5} />
          </g>
        ))}
      </svg>
      <figcaption>
        <ul class="legend" aria-label={t('chartLegend')}>
          {kinds.map((k) => (
            <li key={k}>
              <KindIcon kind={k} />
              {t(KIND_KEYS[k])}
            </li>
          ))}
          {layout.links.length ? (
            <li>
              <svg
                class="kind-icon"
                width="18"
                height="12"
                viewBox="0 0 18 12"
                aria-hidden="true"
                focusable="false"
              >
                <line x1="1" y1="6" x2="17" y2="6" class="discrepancy-line" />
              </svg>
              {linkWord}
            </li>
          ) : null}
        </ul>
        <p class="chart-summary">{summary}</p>
        {layout.skipped ? <p class="muted">{t('metricSkipped', layout.skipped)}</p> : null}
      </figcaption>
    </figure>
  );
}
