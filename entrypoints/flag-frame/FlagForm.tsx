import { useState } from 'preact/hooks';
import type { FlagFrameParams } from '../../lib/protocol/flag-frame-params';
import { send } from '../../lib/protocol/send';
import { FlagReason } from '../../lib/store/fact-db';
import { done } from './to-card';

const WORDS = {
  ko: {
    note: '무엇이 맞지 않나요? (선택)',
    reason: '이유',
    reasons: { value: '값이 다름', period: '기간·범위 혼동', source: '출처 불명', other: '기타' },
    save: '저장',
    cancel: '취소',
    failed: '저장하지 못했습니다',
  },
  en: {
    note: 'What does not add up? (optional)',
    reason: 'Reason',
    reasons: {
      value: 'Different value',
      period: 'Period or scope mixed up',
      source: 'Unclear source',
      other: 'Other',
    },
    save: 'Save',
    cancel: 'Cancel',
    failed: 'Not saved',
  },
} as const;

function uuid(): string {
  return crypto.randomUUID();
}

/** The flag form: reason and note, written only by this extension page. */
export function FlagForm({ params }: { params: FlagFrameParams }) {
  const w = WORDS[params.lang];
  const [note, setNote] = useState('');
  const [reason, setReason] = useState<FlagReason>('value');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    const reply = await send({
      type: 'flag-add',
      flag: {
        id: uuid(),
        url: params.url,
        pageTitle: params.pageTitle,
        figure: params.figure,
        quote: params.quote,
        note: note.trim(),
        reason,
        ...(params.lang === 'en' ? { noteLanguage: 'en' } : {}),
        createdAt: new Date().toISOString(),
      },
    });
    if (reply.ok) done('saved');
    else setError(`${w.failed}: ${reply.error}`);
  };
  return (
    <form onSubmit={submit} lang={params.lang}>
      <label>
        {w.reason}
        <select
          value={reason}
          onChange={(e) => setReason((e.target as HTMLSelectElement).value as FlagReason)}
        >
          {FlagReason.options.map((r) => (
            <option key={r} value={r}>
              {w.reasons[r]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {w.note}
        <textarea
          value={note}
          maxLength={2000}
          rows={3}
          onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      <div class="actions">
        <button type="submit">{w.save}</button>
        <button type="button" onClick={() => done('cancelled')}>
          {w.cancel}
        </button>
      </div>
      {error ? <p role="alert">{error}</p> : null}
    </form>
  );
}
