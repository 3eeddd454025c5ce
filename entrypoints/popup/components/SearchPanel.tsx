import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../../../lib/search/search-hit';
import { useI18n } from '../i18n';
import { type Answer, send } from '../messaging';
import { FailureNotice, Notice } from './Notice';
import { SearchResultItem } from './SearchResultItem';

/** The search box and its latest answer; kept by App so it survives a visit to a metric page. */
export interface SearchState {
  query: string;
  /** the query `answer` is for */
  answered: string;
  answer: Answer<SearchHit[]> | null;
}

export interface SearchPanelProps {
  state: SearchState;
  onState: (update: (s: SearchState) => SearchState) => void;
  onOpenMetric: (metricId: string, hitId: string) => void;
  /** focus the search box when the panel appears (not when returning focus to a result) */
  focusInput?: boolean;
}

const DEBOUNCE_MS = 80;
const LIMIT = 50;

/** 검색: results update while typing (debounced), Korean, English and 초성. */
export function SearchPanel({ state, onState, onOpenMetric, focusInput = true }: SearchPanelProps) {
  const { t } = useI18n();
  const [retry, setRetry] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // the popup opens to type into: focus the box once, when the panel appears
  useEffect(() => {
    if (focusInput) input.current?.focus();
  }, []);
  const { query } = state;

  useEffect(() => {
    const q = query.trim() ? query.slice(0, 200) : '';
    if (!q) {
      onState((s) => ({ ...s, answered: s.query, answer: null }));
      return;
    }
    if (state.answered === query && state.answer?.ok) return;
    let live = true;
    const timer = setTimeout(async () => {
      const answer = await send({ type: 'search', query: q, limit: LIMIT });
      if (live) onState((s) => (s.query === query ? { ...s, answered: query, answer } : s));
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, retry]);

  const pending = query.trim() !== '' && state.answered !== query;
  const answer = state.answer;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      const first = list.current?.querySelector<HTMLElement>('button, a[href]');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  };

  return (
    <div class="search">
      <input
        type="search"
        // biome-ignore lint/a11y/noRedundantRoles: explicit for tests and older screen readers that map type=search to a plain textbox
        role="searchbox"
        class="search-input"
        aria-label={t('searchLabel')}
        aria-describedby="search-hint"
        placeholder={t('searchPlaceholder')}
        value={query}
        ref={input}
        autoComplete="off"
        spellcheck={false}
        onInput={(e) => {
          const value = (e.currentTarget as HTMLInputElement).value;
          onState((s) => ({ ...s, query: value }));
        }}
        onKeyDown={onKeyDown}
      />
      <p id="search-hint" class="hint">
        {t('searchHint')} <span class="kbd-hint">{t('searchKeyboardHint')}</span>
      </p>
      <div class="live" aria-live="polite" aria-atomic="true">
        {pending ? (
          <p class="muted">{t('searchSearching')}</p>
        ) : answer?.ok ? (
          answer.value.length ? (
            <p class="muted">{t('searchCount', answer.value.length)}</p>
          ) : (
            <Notice>{t('searchNone', query.trim())}</Notice>
          )
        ) : null}
      </div>
      {!pending && answer && !answer.ok ? (
        <FailureNotice failure={answer} onRetry={() => setRetry((n) => n + 1)} />
      ) : null}
      {answer?.ok && answer.value.length ? (
        <ul class="hits" ref={list}>
          {answer.value.map((hit) => (
            <SearchResultItem key={`${hit.kind}:${hit.id}`} hit={hit} onOpenMetric={onOpenMetric} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
