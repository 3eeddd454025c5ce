import { useEffect, useState } from 'preact/hooks';
import type { FactFrameParams } from '../../lib/protocol/flag-frame-params';
import type { Responses } from '../../lib/protocol/messages';
import { send } from '../../lib/protocol/send';
import type { DraftField, DraftProblem, FactDraft } from '../../lib/shared/fact-draft';
import { formatQuantity } from '../../lib/shared/quantity/format-quantity';
import { ObservationKind } from '../../lib/shared/store-schema';
import { wordsBefore } from '../../lib/shared/subject-words';
import { FACT_WORDS } from './fact-words';
import { done } from './to-card';

type FormData = Responses['fact-form'];
const NEW = '__new__';

/** Today's date in Korea, YYYY-MM-DD. */
const kstDate = (iso: string | null) =>
  new Date(new Date(iso ?? Date.now()).getTime() + 9 * 3600_000).toISOString().slice(0, 10);

/** The form's starting values: everything the analysis read, so the defaults can simply be saved. */
function defaults(lang: 'ko' | 'en', data: FormData) {
  const { figure: f, page } = data;
  const linked = f.metric ? data.metrics.find((m) => m.id === f.metric) : undefined;
  const date = kstDate(page.article.publishedAt);
  // The claim frame's kind, except that only money is a budget; without a cue, a stated aim
  // ("…하겠다", 목표, 계획) is a target and anything else a count so far.
  const aim = /목표|계획|하겠|할 예정|키우|육성|만들/.test(f.sentence);
  const cue = f.frame?.kind;
  const kind: FactDraft['kind'] =
    cue && !(cue === 'budget' && f.unit !== 'KRW') ? cue : aim ? 'target' : 'actual';
  // A new metric is named from the words before the figure: the store's own words did not tie it.
  const subject = wordsBefore(f.sentence, f.sentenceOffset);
  return {
    metric: linked ? linked.id : NEW,
    newName: subject.join(' '),
    newTopic: linked?.topic ?? data.topics[0]?.id ?? '',
    // the nearest word only: a generic word before it (사업, 예산) would tie unrelated figures
    keywords: subject.slice(-1).join(', '),
    figure: f.text,
    value: String(f.value),
    kind,
    label: f.scope.label ?? (lang === 'ko' ? `${date} 보도 기준` : `as reported ${date}`),
    from: f.scope.from !== undefined ? String(f.scope.from) : '',
    until: f.scope.until !== undefined ? String(f.scope.until) : '',
    asOf: kind === 'actual' ? (f.scope.asOf ?? date) : '',
    quote: f.sentence,
    outlet: page.article.outlet ?? new URL(page.url).hostname,
    headline: page.article.title,
    publishedAt: page.article.publishedAt ?? new Date().toISOString(),
    note: '',
  };
}
type Fields = ReturnType<typeof defaults>;

const year = (s: string) => (s.trim() ? Number(s) : undefined);

/** Which occurrence of its text in its sentence the figure is. */
function occurrenceOf(f: FormData['figure']): number {
  const before = f.sentence.slice(0, f.sentenceOffset);
  let n = 1;
  for (let at = before.indexOf(f.text); at !== -1; at = before.indexOf(f.text, at + 1)) n++;
  return n;
}

/** The draft the background checks and saves. */
function toDraft(data: FormData, v: Fields) {
  const f = data.figure;
  return {
    metric:
      v.metric === NEW
        ? {
            name: v.newName,
            topic: v.newTopic,
            keywords: v.keywords
              .split(/[,，、]/)
              .map((k) => k.trim())
              .filter(Boolean),
          }
        : { id: v.metric },
    figure: v.figure,
    occurrence: v.figure === f.text && v.quote === f.sentence ? occurrenceOf(f) : 1,
    value: Number(v.value),
    unit: f.unit,
    qualifier: f.qualifier,
    kind: v.kind,
    scope: {
      label: v.label,
      ...(year(v.from) !== undefined ? { from: year(v.from) } : {}),
      ...(year(v.until) !== undefined ? { until: year(v.until) } : {}),
      ...(v.asOf ? { asOf: v.asOf } : {}),
    },
    quote: v.quote,
    source: { url: data.page.url, outlet: v.outlet, headline: v.headline, publishedAt: v.publishedAt },
    ...(v.note.trim() ? { note: v.note } : {}),
  };
}

/** The add-a-fact form: a figure of the page as one of the reader's sourced facts. */
export function FactForm({ params }: { params: FactFrameParams }) {
  const w = FACT_WORDS[params.lang];
  const [data, setData] = useState<FormData | null>(null);
  const [v, setV] = useState<Fields | null>(null);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void send({ type: 'fact-form', figure: params.figure }).then((reply) => {
      if (!reply.ok) return setError(reply.error);
      setData(reply.value);
      setV(defaults(params.lang, reply.value));
    });
  }, []);
  if (error && !v) return <p role="alert">{error}</p>;
  if (!data || !v) return <p>{w.loading}</p>;

  const set = (k: keyof Fields) => (e: Event) =>
    setV({ ...v, [k]: (e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value });
  const problemOf = (field: DraftField) => problems.filter((p) => p.field === field);
  const invalid = (field: DraftField) =>
    problemOf(field).length ? { 'aria-invalid': true as const, 'aria-describedby': `p-${field}` } : {};
  const Problem = ({ field }: { field: DraftField }) =>
    problemOf(field).length ? (
      <p id={`p-${field}`} class="problem">
        {problemOf(field)
          .map((p) => p.message)
          .join(' · ')}
      </p>
    ) : null;
  const lang = params.lang;
  const f = data.figure;
  const metrics = data.metrics.filter((m) => m.unit === f.unit || m.id === f.metric);
  const read = formatQuantity({ value: Number(v.value), unit: f.unit, qualifier: f.qualifier });

  const submit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(null);
    const reply = await send({ type: 'fact-add', draft: toDraft(data, v) });
    setSaving(false);
    if (!reply.ok) return setError(`${w.failed}: ${reply.error}`);
    if (reply.value.saved) return done('saved');
    setProblems(reply.value.problems);
  };

  return (
    <form onSubmit={submit} lang={lang} class="fact-form" aria-label={w.title}>
      <h1>{w.title}</h1>
      <label>
        {w.metric}
        <select value={v.metric} onChange={set('metric')} {...invalid('metric')}>
          {metrics.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name[lang]}
            </option>
          ))}
          <option value={NEW}>{w.newMetric}</option>
        </select>
      </label>
      {v.metric === NEW ? (
        <fieldset>
          <legend>{w.newMetric}</legend>
          <label>
            {w.newName}
            <input value={v.newName} onInput={set('newName')} required maxLength={120} />
          </label>
          <label>
            {w.topic}
            <select value={v.newTopic} onChange={set('newTopic')}>
              {data.topics.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name[lang]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {w.keywords}
            <input value={v.keywords} onInput={set('keywords')} required />
          </label>
        </fieldset>
      ) : null}
      <Problem field="metric" />
      <div class="row">
        <label>
          {w.figure}
          <input value={v.figure} onInput={set('figure')} required maxLength={100} {...invalid('figure')} />
        </label>
        <label>
          {w.value}
          <input
            type="number"
            step="any"
            value={v.value}
            onInput={set('value')}
            required
            {...invalid('value')}
          />
        </label>
      </div>
      <p class="muted">
        {w.read}: {read}
      </p>
      <Problem field="figure" />
      <Problem field="value" />
      <Problem field="unit" />
      <label>
        {w.kind}
        <select value={v.kind} onChange={set('kind')}>
          {ObservationKind.options.map((k) => (
            <option key={k} value={k}>
              {w.kinds[k]}
            </option>
          ))}
        </select>
      </label>
      <fieldset {...invalid('scope')}>
        <legend>{w.scope}</legend>
        <label>
          {w.scopeLabel}
          <input value={v.label} onInput={set('label')} required maxLength={100} />
        </label>
        <div class="row">
          <label>
            {w.from}
            <input type="number" min={1990} max={2100} value={v.from} onInput={set('from')} />
          </label>
          <label>
            {w.until}
            <input type="number" min={1990} max={2100} value={v.until} onInput={set('until')} />
          </label>
          <label>
            {w.asOf}
            <input type="date" value={v.asOf} onInput={set('asOf')} />
          </label>
        </div>
      </fieldset>
      <Problem field="scope" />
      <label>
        {w.quote}
        <textarea value={v.quote} onInput={set('quote')} rows={3} required {...invalid('quote')} />
      </label>
      <Problem field="quote" />
      <fieldset {...invalid('source')}>
        <legend>{w.source}</legend>
        <p class="muted source-url">{data.page.url}</p>
        <label>
          {w.outlet}
          <input value={v.outlet} onInput={set('outlet')} required maxLength={200} />
        </label>
        <label>
          {w.headline}
          <input value={v.headline} onInput={set('headline')} required maxLength={500} />
        </label>
        <label>
          {w.publishedAt}
          <input value={v.publishedAt} onInput={set('publishedAt')} required />
        </label>
      </fieldset>
      <Problem field="source" />
      <label>
        {w.note}
        <textarea value={v.note} onInput={set('note')} rows={2} maxLength={500} />
      </label>
      <div class="actions">
        <button type="submit" disabled={saving}>
          {w.save}
        </button>
        <button type="button" onClick={() => done('cancelled')}>
          {w.cancel}
        </button>
      </div>
      {error ? <p role="alert">{error}</p> : null}
      {problems.length ? (
        <p role="alert" class="problem">
          {w.notSaved}
        </p>
      ) : null}
    </form>
  );
}
