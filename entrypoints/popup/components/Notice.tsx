import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n';
import type { Failure } from '../messaging';

export interface NoticeProps {
  tone?: 'info' | 'error' | 'success';
  children: ComponentChildren;
}

/** A message in words (never only a colour): errors are announced at once, the rest politely. */
export function Notice({ tone = 'info', children }: NoticeProps) {
  return (
    <div class={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {tone === 'error' ? (
        <span aria-hidden="true">⚠ </span>
      ) : tone === 'success' ? (
        <span aria-hidden="true">✓ </span>
      ) : null}
      {children}
    </div>
  );
}

export interface FailureNoticeProps {
  failure: Failure;
  onRetry?: () => void;
}

/** What went wrong talking to the background, in the reader's language, with a retry button. */
export function FailureNotice({ failure, onRetry }: FailureNoticeProps) {
  const { t } = useI18n();
  const text = failure.reason === 'no-answer' ? t('errNoAnswer') : t('errFailed', failure.error);
  return (
    <Notice tone="error">
      {text}
      {failure.reason === 'no-answer' && failure.error ? (
        <span class="detail"> ({failure.error})</span>
      ) : null}
      {onRetry ? (
        <>
          {' '}
          <button type="button" class="link-button" onClick={onRetry}>
            {t('retry')}
          </button>
        </>
      ) : null}
    </Notice>
  );
}
