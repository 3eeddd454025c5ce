import { useEffect, useRef, useState } from 'preact/hooks';
import type { MetricDetail } from '../../../lib/search/metric-detail';
import { formatQuantity, formatQuantityEnglish } from '../../../lib/shared/quantity/format-quantity';
import { useI18n } from '../i18n';
import { type Answer, send } from '../messaging';
import { unitName } from '../units';
import { KindBadge } from './KindBadge';
import { MetricChart } from './MetricChart';
import { FailureNotice, Notice } from './Notice';

export interface MetricPageProps {
  metricId: string;
  onBack: () => void;
}

/** One metric: name, unit, chart, every reported value, discrepancies in words, statements. */
export function MetricPage({ metricId, onBack }: MetricPageProps) {
  const { t, lang, date } = useI18n();
  const [answer, setAnswer] = useState<Answer<MetricDetail | null> | null>(null);
  const [retry, setRetry] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    setAnswer(null);
    void send({ type: 'metric', id: metricId }).then((a) => {
      if (live) setAnswer(a);
    });
    return () => {
      live = false;
    };
  }, [metricId, retry]);

  useEffect(() => {
    if (answer?.ok && answer.value) heading.current?.focus();
  }, [answer]);

  const back = (
    <button type="button" class="back" onClick={onBack}>
      <span aria-hidden="true">← </span>
      {t('back')}
    </button>
  );
  if (!answer)
    return (
      <div class="metric-page">
        {back}
        <p class="muted">{t('loading')}</p>
      </div>
    );
  if (!answer.ok)
    return (
      <div class="metric-page">
        {back}
        <FailureNotice failure={answer} onRetry={() => setRetry((n) => n + 1)} />
      </div>
    );
  const detail = answer.value;
  if (!detail)
    return (
      <div class="metric-page">
        {back}
        <Notice tone="error">{t('metricNotFound')}</Notice>
      </div>
    );

  const { metric } = detail;
  const inPair = new Set(detail.discrepancies.flatMap((d) => d.observations));
  const figure = (o: MetricDetail['history'][number]['observation']) =>
    lang === 'en' ? formatQuantityEnglish(o) : formatQuantity(o);
  const pick = (b: { ko: string; en: string }) => b[lang] || b.ko;

  return (
    <article class="metric-page" aria-labelledby="metric-heading">
      {back}
      <h2 id="metric-heading" tabIndex={-1} ref={heading}>
        {pick(metric.name)}
      </h2>
      <p class="meta">
        {t('metricUnit', unitName(metric.unit, lang))} · {t('metricTopic', pick(detail.topic))}
      </p>
      {metric.description ? <p>{metric.description}</p> : null}

      <MetricChart detail={detail} />

      <section aria-labelledby="history-heading">
        <h3 id="history-heading">{t('historyHeading')}</h3>
        {detail.history.length === 0 ? (
          <p class="muted">{t('historyEmpty')}</p>
        ) : (
          <ol class="history">
            {detail.history.map((h) => (
              <li key={h.observation.id} class="history-item">
                <div class="hit-head">
                  <strong class="hit-value">{figure(h.observation)}</strong>
                  <KindBadge kind={h.observation.kind} />
                  {h.origin === 'user' ? <span class="badge badge-mine">{t('packOwn')}</span> : null}
                  {inPair.has(h.observation.id) ? (
                    <span class="badge badge-bad">
                      <span aria-hidden="true">≠ </span>
                      {t('inDiscrepancy')}
                    </span>
                  ) : null}
                </div>
                <div class="meta">
                  {h.observation.scope.label} · {pick(h.outlet)} ·{' '}
                  <time dateTime={h.date}>{date(h.date)}</time>
                  {h.url ? (
                    <>
                      {' · '}
                      <a href={h.url} target="_blank" rel="noopener noreferrer">
                        {t('openArticle')}
                      </a>
                    </>
                  ) : null}
                </div>
                <blockquote class="quote">“{h.observation.quote}”</blockquote>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="disc-heading">
        <h3 id="disc-heading">{t('discrepanciesHeading')}</h3>
        {detail.discrepancies.length === 0 ? (
          <p class="muted">{t('discrepanciesNone')}</p>
        ) : (
          <ul class="discrepancies">
            {detail.discrepancies.map((d) => (
              <li key={d.id} class="discrepancy">
                <span class="badge badge-bad">
                  <span aria-hidden="true">≠ </span>
                  {t(d.kind === 'period' ? 'discrepancyPeriod' : 'discrepancyValue')}
                </span>
                <p>{pick(d.summary)}</p>
                {d.note ? <p class="note">{pick(d.note)}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="stmt-heading">
        <h3 id="stmt-heading">{t('statementsHeading')}</h3>
        {detail.statements.length === 0 ? (
          <p class="muted">{t('statementsNone')}</p>
        ) : (
          <ul class="statements">
            {detail.statements.map((s) => (
              <li key={s.id} class="statement">
                <div class="hit-head">
                  <strong>{pick(s.speaker.name)}</strong>
                  {s.speaker.role ? <span class="muted">{s.speaker.role}</span> : null}
                </div>
                <blockquote class="quote">“{s.quote}”</blockquote>
                <div class="meta">
                  <time dateTime={s.date}>{date(s.date)}</time> · {pick(s.outlet)}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
