import type { SearchHit } from '../../../lib/search/search-hit';
import { useI18n } from '../i18n';
import { KindBadge } from './KindBadge';

export interface SearchResultItemProps {
  hit: SearchHit;
  onOpenMetric: (metricId: string, hitId: string) => void;
}

/** One search result: metrics and observations open their metric page; statements are read in place. */
export function SearchResultItem({ hit, onOpenMetric }: SearchResultItemProps) {
  const { t, lang, date } = useI18n();
  const title = hit.title[lang] || hit.title.ko;
  const outlet = hit.outlet ? hit.outlet[lang] || hit.outlet.ko : null;
  const when = hit.date ? date(hit.date) : null;

  if (hit.kind === 'statement') {
    return (
      <li class="hit hit-statement">
        <div class="hit-head">
          <span class="badge badge-statement">{t('hitStatement')}</span>
          <strong>{lang === 'en' ? title : (hit.speaker ?? title)}</strong>
          {when ? <time dateTime={hit.date ?? undefined}>{when}</time> : null}
        </div>
        {hit.quote ? <blockquote class="quote">“{hit.quote}”</blockquote> : null}
        {outlet ? <div class="meta">{outlet}</div> : null}
      </li>
    );
  }

  const metric = hit.metric ?? hit.id;
  return (
    <li class={`hit hit-${hit.kind}`}>
      <button
        type="button"
        class="hit-button"
        data-hit-id={hit.id}
        onClick={() => onOpenMetric(metric, hit.id)}
      >
        {hit.kind === 'metric' ? (
          <span class="hit-head">
            <span class="badge badge-metric">{t('hitMetric')}</span>
            <strong class="hit-title">{title}</strong>
            <span class="chevron" aria-hidden="true">
              ›
            </span>
          </span>
        ) : (
          <>
            <span class="hit-head">
              <strong class="hit-value">{hit.value ? hit.value[lang] || hit.value.ko : ''}</strong>
              {hit.obsKind ? <KindBadge kind={hit.obsKind} /> : null}
              {hit.origin === 'user' ? <span class="badge badge-mine">{t('packOwn')}</span> : null}
              <span class="chevron" aria-hidden="true">
                ›
              </span>
            </span>
            <span class="hit-title">{title}</span>
            <span class="meta">{[hit.scope, outlet, when].filter(Boolean).join(' · ')}</span>
          </>
        )}
      </button>
    </li>
  );
}
