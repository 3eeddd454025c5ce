import { useState } from 'preact/hooks';
import type { FlagAnchor } from '../../shared/flag-anchor';
import type { FigureStatus, PageReport } from '../../shared/report';
import { STATUS_SIGN } from '../../shared/status-sign';
import { StatementList } from './StatementList';
import type { Strings } from './strings';

export interface SummaryPanelProps {
  report: PageReport;
  /** figures shown on the page (unknown ones may be hidden by the reader's setting) */
  shown: ReadonlySet<number>;
  lang: 'ko' | 'en';
  t: Strings;
  /** scrolls to the figure with this index and focuses it */
  onShowFigure(index: number): void;
  /** the reader's flags on this page whose sentence is no longer there */
  lostFlags: readonly FlagAnchor[];
}

const ORDER: FigureStatus[] = ['discrepancy', 'related', 'consistent', 'unknown'];

/** The page summary: collapsed to one line by default; counts, discrepancies and statements. */
export function SummaryPanel({ report, shown, lang, t, onShowFigure, lostFlags }: SummaryPanelProps) {
  const [open, setOpen] = useState(false);
  const figures = report.figures.map((f, i) => ({ f, i })).filter(({ i }) => shown.has(i));
  const count = (s: FigureStatus) => figures.filter(({ f }) => f.status === s).length;
  const figureOf = (metric: string, text: string | null) =>
    figures.find(
      ({ f }) => f.metric === metric && (text === null || f.text === text) && f.status === 'discrepancy',
    ) ?? figures.find(({ f }) => f.metric === metric);

  return (
    <section class={`panel${open ? ' open' : ''}`} aria-label={t.panelTitle}>
      <button type="button" class="panel-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span class="panel-title">{t.panelTitle}</span>
        <span class="panel-counts">
          {t.figures} {figures.length} · {STATUS_SIGN.discrepancy} {t.discrepancies}{' '}
          {report.discrepancies.length}
        </span>
      </button>
      {open ? (
        <div class="panel-body">
          <ul class="counts">
            {ORDER.map((s) => (
              <li key={s} class={`status-${s}`}>
                <span aria-hidden="true">{STATUS_SIGN[s]}</span> {t[s]} <strong>{count(s)}</strong>
              </li>
            ))}
          </ul>
          <h3>{t.discrepancies}</h3>
          {report.discrepancies.length === 0 ? <p class="muted">{t.none}</p> : null}
          <ul class="discrepancies">
            {report.discrepancies.map((d) => {
              const target = figureOf(d.metric, d.figure);
              return (
                <li key={d.id}>
                  <p>{d.summary[lang]}</p>
                  {target ? (
                    <button type="button" class="link" onClick={() => onShowFigure(target.i)}>
                      {t.showFigure}: {target.f.text}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <h3>{t.statements}</h3>
          {report.statements.length === 0 ? <p class="muted">{t.none}</p> : null}
          <StatementList statements={report.statements} lang={lang} />
          {lostFlags.length > 0 ? (
            <>
              <h3>{t.lostFlags}</h3>
              <ul class="lost-flags">
                {lostFlags.map((f) => (
                  <li key={f.id}>
                    “{f.quote.prefix}
                    <strong>{f.quote.exact}</strong>
                    {f.quote.suffix}” — {t.notFound} ({f.createdAt.slice(0, 10)})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
