import { useEffect, useRef, useState } from 'preact/hooks';
import type { ObservationKind } from '../../../lib/shared/store-schema';
import type { MyFact, PackSummary } from '../../../lib/store/pack-library';
import { downloadJson, safeHref } from '../download';
import { useI18n } from '../i18n';
import { type Answer, type Failure, send } from '../messaging';
import { KIND_KEYS } from './KindBadge';
import { FailureNotice, Notice } from './Notice';

const MAX_FILE_MB = 5;
const KINDS = Object.keys(KIND_KEYS) as ObservationKind[];

type Message =
  | { tone: 'success' | 'info'; text: string }
  | { tone: 'failure'; failure: Failure }
  | { tone: 'error'; lead: string; error: string };

/** Whether a fact contains every word of `query` (figure, metric, quote, outlet, headline, note). */
function matches(f: MyFact, query: string): boolean {
  const hay = [
    f.observation.figure,
    f.metricName.ko,
    f.metricName.en,
    f.observation.quote,
    f.observation.scope.label,
    f.outlet,
    f.headline,
    f.observation.note ?? '',
  ]
    .join('\n')
    .toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

/** One fact, with its edit form when open. */
function FactItem(props: {
  fact: MyFact;
  busy: boolean;
  onSaved(text: string): void;
  onFailure(m: Message): void;
  onDelete(): void;
}) {
  const { t, lang, date } = useI18n();
  const o = props.fact.observation;
  const [editing, setEditing] = useState(false);
  const [v, setV] = useState({
    figure: o.figure,
    value: String(o.value),
    kind: o.kind,
    scope: o.scope.label,
    note: o.note ?? '',
  });
  const [problem, setProblem] = useState<string | null>(null);
  const label = `${o.figure} · ${props.fact.metricName[lang]}`;
  const href = safeHref(props.fact.url);
  const set = (k: keyof typeof v) => (e: Event) => setV({ ...v, [k]: (e.target as HTMLInputElement).value });
  const save = async (e: Event) => {
    e.preventDefault();
    const reply = await send({
      type: 'fact-edit',
      id: o.id,
      edit: { figure: v.figure, value: Number(v.value), kind: v.kind, scopeLabel: v.scope, note: v.note },
    });
    if (!reply.ok) return props.onFailure({ tone: 'failure', failure: reply });
    if (!reply.value.saved) return setProblem(reply.value.problems.map((p) => p.message).join(' · '));
    setProblem(null);
    setEditing(false);
    props.onSaved(t('factUpdated'));
  };
  return (
    <li class="fact" data-fact-id={o.id}>
      <div class="fact-title">
        <strong>{o.figure}</strong> · {props.fact.metricName[lang]}
      </div>
      <div class="muted">
        {t(KIND_KEYS[o.kind])} · {o.scope.label}
      </div>
      <blockquote>{o.quote}</blockquote>
      <div class="muted">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {props.fact.outlet} · {props.fact.headline}
          </a>
        ) : (
          `${props.fact.outlet} · ${props.fact.headline}`
        )}{' '}
        · {date(props.fact.publishedAt)}
      </div>
      {o.note ? <p class="fact-note">{o.note}</p> : null}
      {editing ? (
        <form class="fact-edit" onSubmit={save} aria-label={t('factEditLabel', label)}>
          <label>
            {t('factFigure')}
            <input value={v.figure} onInput={set('figure')} required maxLength={100} />
          </label>
          <label>
            {t('factValue')}
            <input type="number" step="any" value={v.value} onInput={set('value')} required />
          </label>
          <label>
            {t('factKind')}
            <select value={v.kind} onChange={set('kind')}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(KIND_KEYS[k])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('factScope')}
            <input value={v.scope} onInput={set('scope')} required maxLength={100} />
          </label>
          <label>
            {t('factNote')}
            <input value={v.note} onInput={set('note')} maxLength={500} />
          </label>
          {problem ? (
            <p role="alert" class="error-text">
              {problem}
            </p>
          ) : null}
          <div class="toolbar">
            <button type="submit" disabled={props.busy}>
              {t('factSave')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('factCancel')}
            </button>
          </div>
        </form>
      ) : (
        <div class="flag-foot">
          <button type="button" aria-label={t('factEditLabel', label)} onClick={() => setEditing(true)}>
            {t('factEdit')}
          </button>
          <button
            type="button"
            class="danger"
            disabled={props.busy}
            aria-label={t('factDeleteLabel', label)}
            onClick={props.onDelete}
          >
            {t('factDelete')}
          </button>
        </div>
      )}
    </li>
  );
}

/** 내 자료: the reader's facts (search, edit, delete), export and import of packs, installed packs. */
export function MyFactsPanel({ fileName = 'gwangju-ai-context-facts.json' }: { fileName?: string }) {
  const { t, date } = useI18n();
  const [facts, setFacts] = useState<Answer<MyFact[]> | null>(null);
  const [packs, setPacks] = useState<Answer<PackSummary[]> | null>(null);
  const [query, setQuery] = useState('');
  const [name, setName] = useState('');
  const [author, setAuthor] = useState('');
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const [reload, setReload] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void send({ type: 'my-facts' }).then((a) => live && setFacts(a));
    void send({ type: 'packs' }).then((a) => {
      if (!live) return;
      setPacks(a);
      const own = a.ok ? a.value.find((p) => p.own) : undefined;
      if (own && !name) setName(own.name);
      if (own?.author && !author) setAuthor(own.author);
    });
    return () => {
      live = false;
    };
  }, [reload]);

  const after = (text: string) => {
    setMessage({ tone: 'success', text });
    setReload((n) => n + 1);
  };
  const run = async <T,>(work: () => Promise<Answer<T>>, ok: (value: T) => void) => {
    setBusy(true);
    const answer = await work();
    setBusy(false);
    if (!answer.ok) setMessage({ tone: 'failure', failure: answer });
    else ok(answer.value);
  };

  const list = facts?.ok ? facts.value : [];
  const shown = query.trim() ? list.filter((f) => matches(f, query)) : list;
  const installed = packs?.ok ? packs.value.filter((p) => !p.own) : [];

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_MB * 1024 * 1024) {
      setMessage({ tone: 'error', lead: t('packImportFailed'), error: t('flagsImportTooBig', MAX_FILE_MB) });
      return;
    }
    setBusy(true);
    try {
      const answer = await send({ type: 'pack-import', data: await file.text() });
      if (answer.ok) {
        const { action, pack } = answer.value;
        after(
          action === 'same'
            ? t('packSame', pack.name)
            : action === 'replace'
              ? t('packReplaced', pack.name, pack.version)
              : t('packImported', pack.name, pack.count),
        );
      } else if (answer.reason === 'failed')
        setMessage({ tone: 'error', lead: t('packImportFailed'), error: answer.error });
      else setMessage({ tone: 'failure', failure: answer });
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <div class="facts-panel">
      <h2 id="facts-heading" tabIndex={-1} ref={heading}>
        {t('factsHeading')}
        {facts?.ok ? <span class="muted count"> · {t('factsCount', list.length)}</span> : null}
      </h2>
      <label class="author">
        {t('factsSearch')}
        <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      </label>

      {message?.tone === 'success' || message?.tone === 'info' ? (
        <Notice tone={message.tone}>{message.text}</Notice>
      ) : null}
      {message?.tone === 'failure' ? <FailureNotice failure={message.failure} /> : null}
      {message?.tone === 'error' ? (
        <Notice tone="error">
          {message.lead}
          <code class="error-text">{message.error}</code>
        </Notice>
      ) : null}

      {!facts ? (
        <p class="muted">{t('loading')}</p>
      ) : !facts.ok ? (
        <FailureNotice failure={facts} onRetry={() => setReload((n) => n + 1)} />
      ) : list.length === 0 ? (
        <p class="muted">{t('factsEmpty')}</p>
      ) : shown.length === 0 ? (
        <p class="muted">{t('factsNoMatch')}</p>
      ) : (
        <ul class="flags facts">
          {shown.map((f) => (
            <FactItem
              key={f.observation.id}
              fact={f}
              busy={busy}
              onSaved={after}
              onFailure={setMessage}
              onDelete={() =>
                void run(
                  () => send({ type: 'fact-delete', id: f.observation.id }),
                  () => {
                    after(t('factDeleted'));
                    heading.current?.focus();
                  },
                )
              }
            />
          ))}
        </ul>
      )}

      <div class="toolbar">
        {confirmClear ? (
          <>
            <button
              type="button"
              class="danger"
              onClick={() =>
                void run(
                  () => send({ type: 'facts-clear' }),
                  (v) => {
                    setConfirmClear(false);
                    after(t('factsCleared', v.deleted));
                    heading.current?.focus();
                  },
                )
              }
            >
              {t('factsClearConfirm', list.length)}
            </button>
            <button type="button" onClick={() => setConfirmClear(false)}>
              {t('factCancel')}
            </button>
          </>
        ) : (
          <button
            type="button"
            class="danger"
            disabled={busy || list.length === 0}
            onClick={() => setConfirmClear(true)}
          >
            {t('factsClear')}
          </button>
        )}
      </div>

      <h3>{t('packExport')}</h3>
      <label class="author">
        {t('packName')}
        <input
          type="text"
          value={name}
          maxLength={200}
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
        />
      </label>
      <label class="author">
        {t('packAuthor')}
        <input
          type="text"
          value={author}
          maxLength={200}
          onInput={(e) => setAuthor((e.target as HTMLInputElement).value)}
        />
      </label>
      <div class="toolbar">
        <button
          type="button"
          disabled={busy || list.length === 0}
          onClick={() =>
            void run(
              () =>
                send({
                  type: 'pack-export',
                  name: name.trim() || t('packOwn'),
                  author: author.trim() || null,
                }),
              (pack) => {
                downloadJson(pack, fileName);
                setMessage({ tone: 'success', text: t('packExported', pack.observations.length) });
              },
            )
          }
        >
          <span aria-hidden="true">⤓ </span>
          {t('packExport')}
        </button>
        <label class="file-button">
          <span aria-hidden="true">⤒ </span>
          {t('packImport')}
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            aria-label={t('packImportLabel')}
            disabled={busy}
            onChange={(e) => void importFile((e.currentTarget as HTMLInputElement).files?.[0])}
          />
        </label>
      </div>
      <p class="hint">{t('packExportHint')}</p>

      <h3>{t('packsHeading')}</h3>
      {installed.length === 0 ? (
        <p class="muted">{t('packsEmpty')}</p>
      ) : (
        <ul class="packs">
          {installed.map((p) => (
            <li key={p.id} class="pack" data-pack-id={p.id}>
              <div class="fact-title">
                <strong>{p.name}</strong>
              </div>
              <div class="muted">{t('packMeta', p.author ?? '—', p.version, p.count, date(p.createdAt))}</div>
              {p.problem ? (
                <p class="error-text">
                  {t('packProblem')} {p.problem}
                </p>
              ) : null}
              <div class="flag-foot">
                <label>
                  <input
                    type="checkbox"
                    checked={p.enabled}
                    disabled={busy}
                    aria-label={t('packUseLabel', p.name)}
                    onChange={(e) =>
                      void run(
                        () =>
                          send({
                            type: 'pack-set',
                            id: p.id,
                            action: (e.target as HTMLInputElement).checked ? 'enable' : 'disable',
                          }),
                        () => setReload((n) => n + 1),
                      )
                    }
                  />{' '}
                  {t('packUse')}
                </label>
                <button
                  type="button"
                  class="danger"
                  disabled={busy}
                  aria-label={t('packRemoveLabel', p.name)}
                  onClick={() =>
                    void run(
                      () => send({ type: 'pack-set', id: p.id, action: 'remove' }),
                      () => after(t('packRemoved')),
                    )
                  }
                >
                  {t('packRemove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
