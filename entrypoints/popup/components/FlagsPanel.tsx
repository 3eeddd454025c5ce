import { useEffect, useRef, useState } from 'preact/hooks';
import { flagsToClaimReviews } from '../../../lib/flags/claim-review';
import type { Flag } from '../../../lib/store/fact-db';
import { downloadJson, safeHref } from '../download';
import { useI18n } from '../i18n';
import { type Answer, type Failure, send } from '../messaging';
import { FailureNotice, Notice } from './Notice';

export interface FlagsPanelProps {
  /** the file name an export is saved as */
  fileName?: string;
}

const MAX_FILE_MB = 5;

type Message =
  | { tone: 'success' | 'info'; text: string }
  | { tone: 'failure'; failure: Failure }
  /** an import the background refused: its reason verbatim, and that nothing was imported */
  | { tone: 'import-error'; error: string };

/** 내 신고: the reader's flags, newest first; delete, export and import as W3C Web Annotations. */
export function FlagsPanel({ fileName = 'gwangju-ai-context-flags.json' }: FlagsPanelProps) {
  const { t, date } = useI18n();
  const [author, setAuthor] = useState('');
  const [flags, setFlags] = useState<Answer<Flag[]> | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const [reload, setReload] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void send({ type: 'flag-list' }).then((a) => live && setFlags(a));
    return () => {
      live = false;
    };
  }, [reload]);

  const remove = async (flag: Flag) => {
    setBusy(true);
    const answer = await send({ type: 'flag-delete', id: flag.id });
    setBusy(false);
    if (!answer.ok) {
      setMessage({ tone: 'failure', failure: answer });
      return;
    }
    setMessage({ tone: 'success', text: t('flagDeleted') });
    setReload((n) => n + 1);
    heading.current?.focus(); // the deleted row's button is gone; keep focus in the panel
  };

  const exportFlags = async () => {
    setBusy(true);
    const answer = await send({ type: 'flags-export' });
    setBusy(false);
    if (!answer.ok) {
      setMessage({ tone: 'failure', failure: answer });
      return;
    }
    downloadJson(answer.value, fileName, 'application/ld+json');
    const total = typeof answer.value.total === 'number' ? answer.value.total : 0;
    setMessage({ tone: 'success', text: t('flagsExported', total) });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_MB * 1024 * 1024) {
      setMessage({ tone: 'import-error', error: t('flagsImportTooBig', MAX_FILE_MB) });
      return;
    }
    setBusy(true);
    try {
      const text = await file.text();
      const answer = await send({ type: 'flags-import', data: text });
      if (answer.ok) {
        setMessage({ tone: 'success', text: t('flagsImported', answer.value.imported) });
        setReload((n) => n + 1);
      } else if (answer.reason === 'failed') setMessage({ tone: 'import-error', error: answer.error });
      else setMessage({ tone: 'failure', failure: answer });
    } catch (e) {
      setMessage({ tone: 'import-error', error: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const list = flags?.ok ? flags.value : [];
  return (
    <div class="flags-panel">
      <h2 id="flags-heading" tabIndex={-1} ref={heading}>
        {t('flagsHeading')}
        {flags?.ok ? <span class="muted count"> · {t('flagsCount', list.length)}</span> : null}
      </h2>

      <div class="toolbar">
        <button type="button" onClick={exportFlags} disabled={busy || !flags?.ok || list.length === 0}>
          <span aria-hidden="true">⤓ </span>
          {t('flagsExport')}
        </button>
        <button
          type="button"
          onClick={() => {
            downloadJson(
              flagsToClaimReviews(list, author),
              fileName.replace(/\.json$/, '.claimreview.jsonld'),
              'application/ld+json',
            );
            setMessage({ tone: 'success', text: t('flagsExported', list.length) });
          }}
          disabled={busy || !flags?.ok || list.length === 0}
        >
          {t('flagsExportClaimReview')}
        </button>
        <label class="file-button">
          <span aria-hidden="true">⤒ </span>
          {t('flagsImport')}
          <input
            ref={fileInput}
            type="file"
            accept="application/json,application/ld+json,.json,.jsonld"
            aria-label={t('flagsImportLabel')}
            disabled={busy}
            onChange={(e) => void importFile((e.currentTarget as HTMLInputElement).files?.[0])}
          />
        </label>
      </div>
      <label class="author">
        {t('flagsAuthor')}
        <input
          type="text"
          value={author}
          maxLength={100}
          onInput={(e) => setAuthor((e.target as HTMLInputElement).value)}
        />
      </label>
      <p class="hint">{t('flagsExportHint')}</p>

      {message?.tone === 'success' || message?.tone === 'info' ? (
        <Notice tone={message.tone}>{message.text}</Notice>
      ) : null}
      {message?.tone === 'failure' ? <FailureNotice failure={message.failure} /> : null}
      {message?.tone === 'import-error' ? (
        <Notice tone="error">
          {t('flagsImportFailed')}
          <code class="error-text">{message.error}</code>
        </Notice>
      ) : null}

      {!flags ? (
        <p class="muted">{t('loading')}</p>
      ) : !flags.ok ? (
        <FailureNotice failure={flags} onRetry={() => setReload((n) => n + 1)} />
      ) : list.length === 0 ? (
        <p class="muted">{t('flagsEmpty')}</p>
      ) : (
        <ul class="flags">
          {list.map((flag) => {
            const title = flag.pageTitle || flag.url;
            const href = safeHref(flag.url);
            return (
              <li key={flag.id} class="flag">
                <div class="flag-title">
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {title}
                    </a>
                  ) : (
                    <span>{title}</span>
                  )}
                </div>
                <dl class="flag-fields">
                  <dt>{t('flagFigure')}</dt>
                  <dd>
                    <strong>{flag.figure.text}</strong>
                    {flag.quote.exact && flag.quote.exact !== flag.figure.text ? (
                      <span class="muted"> — “{flag.quote.exact}”</span>
                    ) : null}
                  </dd>
                  <dt>{t('flagNote')}</dt>
                  <dd>{flag.note || <span class="muted">{t('flagNoNote')}</span>}</dd>
                </dl>
                <div class="flag-foot">
                  <time dateTime={flag.createdAt}>{date(flag.createdAt, true)}</time>
                  <button
                    type="button"
                    class="danger"
                    disabled={busy}
                    aria-label={t('flagDeleteLabel', `${flag.figure.text} · ${title}`)}
                    onClick={() => void remove(flag)}
                  >
                    {t('flagDelete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
