import { useEffect, useState } from 'preact/hooks';
import type { SiteAccess } from '../../../lib/protocol/messages';
import type { AnalysisReport, FigureStatus } from '../../../lib/shared/report';
import { STATUS_SIGN } from '../../../lib/shared/status-sign';
import { type MessageKey, useI18n } from '../i18n';
import { type Answer, send } from '../messaging';
import { FailureNotice, Notice } from './Notice';
import { SiteAccessBox } from './SiteAccessBox';

/** The tab the popup was opened over; `url` is null when the browser does not tell it. */
export interface ActiveTab {
  id: number | null;
  url: string | null;
}

export interface PagePanelProps {
  /** undefined while still looking, null when there is no tab */
  tab: ActiveTab | null | undefined;
  onOpenMetric: (metricId: string, from: string) => void;
}

const STATUS: ReadonlyArray<{ status: FigureStatus; key: MessageKey }> = [
  { status: 'consistent', key: 'statusConsistent' },
  { status: 'discrepancy', key: 'statusDiscrepancy' },
  { status: 'related', key: 'statusRelated' },
  { status: 'unknown', key: 'statusUnknown' },
];

/** 이 페이지: the current tab's analysis (counts by status, discrepancies, statements) and site access. */
export function PagePanel({ tab, onOpenMetric }: PagePanelProps) {
  const { t, lang, date } = useI18n();
  const [report, setReport] = useState<Answer<AnalysisReport | null> | null>(null);
  const [access, setAccess] = useState<Answer<SiteAccess> | null>(null);
  const [retry, setRetry] = useState(0);

  useEffect(() => {
    if (!tab) return;
    let live = true;
    setReport(null);
    setAccess(null);
    if (tab.id !== null) {
      void send({ type: 'page-report', tabId: tab.id }).then((a) => live && setReport(a));
    }
    if (tab.url) {
      void send({ type: 'site-access', url: tab.url.slice(0, 4000) }).then((a) => live && setAccess(a));
    }
    return () => {
      live = false;
    };
  }, [tab, retry]);

  if (tab === undefined) return <p class="muted">{t('loading')}</p>;
  if (tab === null || tab.id === null) return <Notice tone="error">{t('pageNoTab')}</Notice>;

  const siteBox = !tab.url ? (
    <section class="site-access" aria-labelledby="site-heading">
      <h3 id="site-heading">{t('siteHeading')}</h3>
      <p class="muted">{t('siteUnknownUrl')}</p>
    </section>
  ) : !access ? null : access.ok ? (
    <SiteAccessBox access={access.value} />
  ) : (
    <section class="site-access" aria-labelledby="site-heading">
      <h3 id="site-heading">{t('siteHeading')}</h3>
      <FailureNotice failure={access} onRetry={() => setRetry((n) => n + 1)} />
    </section>
  );

  let body = null;
  if (!report) body = <p class="muted">{t('loading')}</p>;
  else if (!report.ok) body = <FailureNotice failure={report} onRetry={() => setRetry((n) => n + 1)} />;
  else if (!report.value?.detected) body = <Notice>{t('pageNotDetected')}</Notice>;
  else {
    const r = report.value;
    const counts = new Map<FigureStatus, number>();
    for (const f of r.figures) counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
    const articleBits = [
      r.article.title,
      r.article.outlet,
      r.article.publishedAt ? date(r.article.publishedAt) : null,
    ]
      .filter(Boolean)
      .join(' · ');
    body = (
      <>
        <section aria-labelledby="page-heading">
          <h2 id="page-heading">{t('pageHeading')}</h2>
          {articleBits ? <p class="meta">{articleBits}</p> : null}
          <p>{t('pageFigureCount', r.figures.length)}</p>
          {r.figures.some((f) => f.origin === 'user') ? (
            <p>
              <span class="badge badge-mine">{t('packOwn')}</span>{' '}
              {t('pageUserFacts', r.figures.filter((f) => f.origin === 'user').length)}
            </p>
          ) : null}
          <ul class="status-counts">
            {STATUS.map((s) => (
              <li key={s.status} class={`status status-${s.status}`}>
                <span aria-hidden="true" class="sign">
                  {STATUS_SIGN[s.status]}
                </span>
                {t(s.key)} <strong>{counts.get(s.status) ?? 0}</strong>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="page-disc-heading">
          <h3 id="page-disc-heading">{t('pageDiscrepancies')}</h3>
          {r.discrepancies.length === 0 ? (
            <p class="muted">{t('discrepanciesNone')}</p>
          ) : (
            <ul class="discrepancies">
              {r.discrepancies.map((d) => (
                <li key={d.id} class="discrepancy">
                  <span class="badge badge-bad">
                    <span aria-hidden="true">≠ </span>
                    {t(d.kind === 'period' ? 'discrepancyPeriod' : 'discrepancyValue')}
                  </span>{' '}
                  <span class="muted">
                    {d.origin === 'page'
                      ? t('pageDiscrepancyPage', d.figure ?? '')
                      : t('pageDiscrepancyStore')}
                  </span>
                  <p>{d.summary[lang]}</p>
                  {d.note ? <p class="note">{d.note}</p> : null}
                  <button
                    type="button"
                    class="link-button"
                    data-hit-id={`page:${d.id}`}
                    onClick={() => onOpenMetric(d.metric, `page:${d.id}`)}
                  >
                    {t('pageOpenMetric')} ›
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="page-stmt-heading">
          <h3 id="page-stmt-heading">{t('pageStatements')}</h3>
          {r.statements.length === 0 ? (
            <p class="muted">{t('statementsNone')}</p>
          ) : (
            <ul class="statements">
              {r.statements.map((s) => (
                <li key={s.id} class="statement">
                  <div class="hit-head">
                    <strong>{s.speaker}</strong>
                    {s.role ? <span class="muted">{s.role}</span> : null}
                  </div>
                  <blockquote class="quote">“{s.quote}”</blockquote>
                  <div class="meta">
                    <time dateTime={s.date}>{date(s.date)}</time> · {s.outlet}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </>
    );
  }

  // when this page is not an article we know, enabling the site is the thing to offer first
  const detected = report?.ok && report.value?.detected;
  return (
    <div class="page-panel">
      {detected ? null : siteBox}
      {body}
      {detected ? siteBox : null}
    </div>
  );
}
